# An error raised in __init__ while constructing an object inside a list comprehension.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Point:
    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)


rows = [("1", "2"), ("3", "4"), ("5", "six")]
points = [Point(x, y) for x, y in rows[:2]]
print(len(points))
try:
    Point("1", None)
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
points = [Point(x, y) for x, y in rows]
