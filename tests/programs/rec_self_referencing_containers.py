# Self-referencing containers print with ... and compare without recursing forever.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t)
nested = {"list": [d]}
print(nested)
print(a == a, d == d)
x = []
y = [x]
x.append(y)
print(x, y)


class Holder:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return "Holder(%r)" % (self.items,)


h = Holder()
h.items.append([1])
print(h)
s = set()
fs = frozenset([1, 3, 2])
s.add(fs)
print(s)
