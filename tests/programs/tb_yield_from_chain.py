# A traceback through a chain of generators delegating with yield from.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def leaf():
    yield 1
    yield int("leaf failure")


def middle():
    yield from leaf()


def top():
    yield from middle()


probe = top()
print("probe", next(probe))
try:
    next(probe)
except ValueError as e:
    print("caught:", type(e).__name__, e, frames(e))
for value in top():
    print("value", value)
