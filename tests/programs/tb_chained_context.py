# Implicit chaining: an exception raised while handling another one.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def load(data, key):
    try:
        return data[key]
    except KeyError:
        raise RuntimeError(f"cannot load {key!r}")


print(load({"a": 1}, "a"))
try:
    load({}, "x")
except RuntimeError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  context:", repr(e.__context__), frames(e.__context__))
load({"a": 1}, "b")
