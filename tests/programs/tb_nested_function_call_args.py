# An error while evaluating an argument of a nested call; carets point at the inner call.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def fmt(value, width):
    return str(value).rjust(width)


def width_of(spec):
    return spec["width"]


try:
    fmt(1, width_of({}))
except KeyError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    fmt(1, "wide")
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
specs = [{"width": 4}, {"w": 5}]
for spec in specs:
    print(fmt(42, width_of(spec)))
