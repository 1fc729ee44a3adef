# Container dunders: __getitem__, __setitem__, __delitem__, __len__, __missing__, __reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self[key]  # bounds check
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def rows(self):
        return ["".join(self[x, y] for x in range(self.w)) for y in range(self.h)]


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g.rows(), len(g))
del g[0, 0]
print(g.rows())
try:
    g[5, 5] = "x"
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)


class DefaultDict(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        self[key] = value = len(key)
        return value


d = DefaultDict()
print(d["abc"], d["abc"], d.get("zz"), "zz" in d, d)


class Slicer:
    def __getitem__(self, item):
        return type(item).__name__, item

    def __setitem__(self, item, value):
        print("  set", item, value)

    def __delitem__(self, item):
        print("  del", item)


s = Slicer()
print(s[1], s[1:2], s[::2], s["k"], s[1, 2:3])
s[1:3] = "v"
del s[::-1]


class ReadOnly:
    def __getitem__(self, i):
        return i


for stmt in ("obj[0] = 1", "del obj[0]"):
    try:
        exec(stmt, {"obj": ReadOnly()})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(ReadOnly())
except TypeError as e:
    print(type(e).__name__, e)
