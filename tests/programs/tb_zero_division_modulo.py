# Carets for % and // operators inside an f-string expression.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def stats(total, count):
    return f"average {total // count}, remainder {total % count}"


print(stats(10, 3))
for total, count in ((7, 2), (-7, 2), (7, 0.0)):
    try:
        print(stats(total, count))
    except ZeroDivisionError as e:
        print("caught:", type(e).__name__, e, frames(e))
print(stats(10, 0))
