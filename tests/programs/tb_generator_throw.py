# An exception thrown into a generator and not handled there.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def worker():
    total = 0
    while True:
        value = yield total
        total += value


probe = worker()
next(probe)
try:
    probe.throw(KeyError("probe"))
except KeyError as e:
    print("caught:", type(e).__name__, e, frames(e))
print("probe finished:", probe.gi_frame is None, next(probe, "exhausted"))
g = worker()
next(g)
print(g.send(5))
g.throw(ValueError("stop working"))
