# A key whose __eq__ (or __hash__) changes the very dict or set being searched: every
# operation must finish (no lock is held while Python code runs) with CPython's result.

class K:
    """Hashes to 1; __eq__ stores into `target` and compares the values."""
    target = None

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        t = K.target
        if isinstance(t, dict):
            t[5] = 5
        elif isinstance(t, set):
            t.add(5)
        return isinstance(other, K) and other.v == self.v

    def __repr__(self):
        return f"K({self.v})"


d = {}
K.target = d
d[K(1)] = 1
print("pop", d.pop(K(1)), sorted(d.items(), key=repr))

d.clear()
d[K(1)] = 1
del d[K(1)]
print("del", d)

d.clear()
d[K(1)] = 1
d[K(1)] = 2
print("replace", d)

d.clear()
d[K(1)] = 1
print("setdefault", d.setdefault(K(1), 9), d.setdefault(K(2), 7), d)

d.clear()
d[K(1)] = 1
print("get", d.get(K(1)), d.get(K(3)), K(1) in d, K(3) in d)
print("getitem", d[K(1)])
try:
    d[K(4)]
except KeyError as e:
    print("KeyError", e)

# The key compared leaves the dict during its own __eq__: the search starts over.
class Leaving:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 2

    def __eq__(self, other):
        print("  eq", self.v, other.v)
        if self is old and e:
            e.clear()
            e[Leaving("new")] = "fresh"
        return self.v == other.v


old = Leaving("old")
e = {old: 1}
print("leaving", e.get(Leaving("new")), len(e))

# Sets.
s = set()
K.target = s
s.add(K(1))
s.add(K(1))
print("set add", sorted(s, key=repr))
s.discard(K(1))
print("set discard", s)
s.add(K(1))
s.remove(K(1))
print("set remove", s)
s.add(K(1))
print("set in", K(1) in s, K(2) in s)
try:
    s.remove(K(2))
except KeyError as exc:
    print("KeyError", exc)

# A __hash__ that changes the dict.
class H:
    def __hash__(self):
        f["h"] = len(f)
        return 3

    def __eq__(self, other):
        return other is self


f = {}
h = H()
f[h] = 1
f[h] = 2
print("hash", len(f), f[h], f.pop(h), sorted(f))
print("done")
