# An uncaught UnboundLocalError.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


count = 0


def increment():
    count += 1
    return count


try:
    increment()
except UnboundLocalError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  is a NameError:", isinstance(e, NameError), "name:", e.name)
print("calling")
increment()
