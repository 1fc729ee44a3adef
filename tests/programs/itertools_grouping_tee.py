# itertools.groupby (groups that share the parent's iterator) and tee (iterators sharing a
# buffer; copies; re-entrance).
import itertools
from itertools import groupby, tee


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, list(r) if hasattr(r, "__next__") else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [(k, len(list(g))) for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([(k, list(g)) for k, g in groupby(["ab", "cd", "e", "fgh", "ij"], len)])
g = groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), type(g1).__name__)
g = groupby("aabbbc")
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), next(g2), list(g2), [(k, list(v)) for k, v in g])
groups = list(groupby("xxyz"))
print([(k, list(v)) for k, v in groups])
g = groupby([1, 1, 2])
_, grp = next(g)
print(list(grp), list(grp), [(k, list(v)) for k, v in g])


class Key:
    """Keys equal by value, counting their comparisons."""

    compares = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Key.compares += 1
        return self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


print([(k, list(v)) for k, v in groupby([1, 1, 2, 2, 2, 3], key=Key)], Key.compares > 0)
show("groupby(5)", groupby, 5)
show("groupby([1], 5)", groupby, [1], 5)
show("groupby()", groupby)
show("groupby([1], key=None, x=1)", groupby, [1], key=None, x=1)
print(list(groupby(iterable=[1, 1], key=None))[0][0])
show("_grouper(5, 1)", itertools._grouper, 5, 1)
show("_grouper()", itertools._grouper)
show("_grouper(groupby('a'), 'a')", itertools._grouper, groupby("a"), "a")


class MyGroupBy(groupby):
    pass


print([(k, list(v)) for k, v in MyGroupBy("aab")])

a, b = tee([1, 2, 3])
print(type(a).__name__, list(a), list(b))
a, b, c = tee(iter(range(4)), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee("ab", 1)), [list(t) for t in tee("xyz", 4)])
a, b = tee(range(200))
print(sum(a), next(b), sum(b))
a, b = tee(iter([1, 2, 3]))
c, d = tee(a)
print(c is a, type(d).__name__, list(b), list(c), list(d))
a, b = tee("abc")
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
t = itertools._tee("hello")
print(type(t).__name__, next(t), list(itertools._tee(t)), list(t))


class CopyMe:
    """An iterator with its own __copy__: tee copies it instead of buffering."""

    def __init__(self, n=0):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n

    def __copy__(self):
        return CopyMe(self.n)


x, y = tee(CopyMe())
print(type(x).__name__, type(y).__name__, list(x), list(y))


def reenter():
    yield next(tees[0])


tees = tee(reenter(), 2)
show("next(tees[0])", next, tees[0])
show("tee([1], -1)", tee, [1], -1)
show("tee(5)", tee, 5)
show("tee(5, 0)", tee, 5, 0)
show("tee([1], 'a')", tee, [1], "a")
show("tee([1], n=2)", tee, [1], n=2)
show("tee()", tee)
show("tee(1, 2, 3)", tee, 1, 2, 3)
show("_tee()", itertools._tee)
show("_tee(5)", itertools._tee, 5)
show("_tee([1], x=1)", itertools._tee, [1], x=1)
for base in (itertools._tee, itertools._grouper):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError", e)
