# Uncaught error inside a list comprehension: inlined in 3.12, so no extra frame.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inverses(values):
    return [1 / v for v in values]


print(inverses([1, 2, 4]))
try:
    inverses([4, 0])
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    {v: 1 / v for v in (2, 0)}
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(inverses([1, 0]))
