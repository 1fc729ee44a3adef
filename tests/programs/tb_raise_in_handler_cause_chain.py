# An explicit cause wins over the implicit context: the KeyError being handled is not shown.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def read(path):
    raise FileNotFoundError("no file " + path)


def load(path):
    try:
        return read(path)
    except OSError as e:
        try:
            return {}["defaults"]
        except KeyError:
            raise RuntimeError("no config available") from e


try:
    load("probe.ini")
except RuntimeError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  cause:", repr(e.__cause__), "context:", repr(e.__context__))
print("loading")
load("settings.ini")
