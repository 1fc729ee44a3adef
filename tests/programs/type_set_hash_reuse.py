# Sets and dict.fromkeys reuse the hashes a set or dict operand already holds (each key is
# hashed once, when it first goes in), and frozenset subclasses refuse keywords unless they
# define __init__.


class Counting:
    calls = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        Counting.calls += 1
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Counting) and self.n == other.n

    def __repr__(self):
        return 'C%d' % self.n


def hashes(label, f):
    before = Counting.calls
    result = f()
    if isinstance(result, (set, frozenset)):
        result = sorted(result, key=lambda c: c.n)
    elif isinstance(result, dict):
        result = sorted(result.items(), key=lambda kv: kv[0].n)
    print(label, Counting.calls - before, result)


d = dict.fromkeys(map(Counting, range(5)))
print('made', Counting.calls)
s = set(d)
hashes('set(dict)', lambda: set(d))
hashes('frozenset(dict)', lambda: frozenset(d))
hashes('set(set)', lambda: set(s))
hashes('difference', lambda: s.difference(d))
hashes('intersection', lambda: s.intersection(frozenset(d), s))
hashes('union', lambda: s.union(d))
hashes('symmetric_difference', lambda: s.symmetric_difference(set(d)))
hashes('update', lambda: set().update(d))
hashes('symmetric_difference_update', lambda: s.copy().symmetric_difference_update(d))
hashes('operators', lambda: (s | s) & s ^ frozenset(s) - s)
hashes('fromkeys(set)', lambda: dict.fromkeys(s, 1))
hashes('fromkeys(frozenset)', lambda: dict.fromkeys(frozenset(d)))
hashes('fromkeys(dict)', lambda: dict.fromkeys(d, 2))
hashes('set(list)', lambda: set(list(d)))
hashes('fromkeys(list)', lambda: dict.fromkeys(list(d)))


class F(frozenset):
    pass


class G(frozenset):
    def __init__(self, arg, extra=None):
        self.extra = extra


for cls, kwargs in [(F, {'sequence': ()}), (frozenset, {'iterable': ()}), (G, {'extra': 3})]:
    try:
        made = cls([1, 2], **kwargs)
        print(type(made).__name__, sorted(made), getattr(made, 'extra', None))
    except TypeError as e:
        print('TypeError', e)
hashes('copy', lambda: s.copy())
hashes('issubset', lambda: s.issubset(frozenset(d)))
hashes('issuperset', lambda: s.issuperset(frozenset(d)))
hashes('compare', lambda: (s == frozenset(d), s <= set(d), s > s))
hashes('set in set', lambda: frozenset(s) in {frozenset(s)})
