# An error raised in __exit__ while another exception is propagating.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Transaction:
    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback after", exc_type.__name__)
        raise RuntimeError("rollback failed")


try:
    with Transaction():
        raise IndexError("probe")
except RuntimeError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  context:", repr(e.__context__), frames(e.__context__))
with Transaction():
    raise KeyError("row")
