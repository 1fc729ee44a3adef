# An exception in a finally block replaces the one in flight; both are shown.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def close(resource):
    raise OSError("close failed for " + resource)


def use(resource):
    try:
        print("using", resource)
        raise ValueError("work failed")
    finally:
        close(resource)


try:
    use("probe.txt")
except OSError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  context:", repr(e.__context__))
use("file.txt")
