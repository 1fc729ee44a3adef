# Carets for a failing binary operation inside a larger expression.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def compute(a, b, c):
    return a * 2 + (b - c) * 3


print(compute(1, 5, 2))
x = {"k": "text"}
for args in ((1, 2, "3"), (None, 1, 1), ([1], 1, 1)):
    try:
        print(compute(*args))
    except TypeError as e:
        print("caught:", type(e).__name__, e, frames(e))
print(compute(1, x["k"], 4))
