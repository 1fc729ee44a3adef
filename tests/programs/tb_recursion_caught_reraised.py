# A RecursionError caught at the top and replaced, so the report stays short.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def nest(depth):
    return nest(depth + 1)


def depth_of(e):
    return len(frames(e))


try:
    nest(0)
except RecursionError as e:
    print("frames recorded > 100:", depth_of(e) > 100, frames(e)[:2])
try:
    nest(0)
except RecursionError as e:
    print(type(e).__name__, e)
    message = str(e)

raise RuntimeError("recursion gave: " + message) from None
