# An error raised from __setitem__ through an augmented assignment on a subscript.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Limited(dict):
    def __setitem__(self, key, value):
        if value > 10:
            raise OverflowError(f"{key!r} would become {value}")
        super().__setitem__(key, value)


probe = Limited()
try:
    probe["x"] = 11
except OverflowError as e:
    print("caught:", type(e).__name__, e, frames(e))
probe.update(big=100)
print("update bypasses __setitem__:", probe)
counts = Limited(a=8)
counts["a"] += 2
print(counts)
counts["a"] += 5
