# A traceback through 25 recursive calls: identical frames are collapsed after three.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def countdown(n):
    if n == 0:
        raise RuntimeError("reached zero")
    return countdown(n - 1)


def start():
    return countdown(25)


try:
    countdown(5)
except RuntimeError as e:
    print("caught:", type(e).__name__, e, frames(e))
print("counting down")
start()
