# itertools.compress, dropwhile, takewhile, filterfalse and islice: what they yield, how far
# they read their input, and the argument errors (islice's ValueErrors in particular).
import itertools
from itertools import compress, dropwhile, takewhile, filterfalse, islice


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, list(r) if hasattr(r, "__next__") else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


class Tracked:
    """An iterator that says which items were taken from it."""

    def __init__(self, items):
        self.items = list(items)
        self.taken = []

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        self.taken.append(self.items.pop(0))
        return self.taken[-1]


print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [0, 1])), list(compress("A", [1, 1, 1])))
print(list(compress(range(10), itertools.cycle([True, False]))), list(compress(data=[1, 2], selectors=[0, 1])))
t = Tracked(range(5))
print(list(compress(t, [1, 1])), t.taken)
show("compress(1, [1])", compress, 1, [1])
show("compress([1], 1)", compress, [1], 1)
show("compress([1])", compress, [1])

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: True, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: False, [1, 2])))
t = Tracked(range(10))
tw = takewhile(lambda x: x < 3, t)
print(list(tw), t.taken, list(tw), t.taken)
t = Tracked(range(6))
dw = dropwhile(lambda x: x < 3, t)
print(next(dw), t.taken, list(dw))
print(list(dropwhile(bool, [1, 0, 2, 0])), list(takewhile(str.isdigit, "123ab45")))
show("dropwhile(None, [1])", dropwhile, None, [1])
show("takewhile(len, [1])", takewhile, len, [1])
show("takewhile(len)", takewhile, len)
show("takewhile(len, [1], x=2)", takewhile, len, [1], x=2)
show("dropwhile(len, 3)", dropwhile, len, 3)

print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])), list(filterfalse(lambda x: x % 3, range(10))))
print(list(filterfalse(str.isupper, "aBcDe")))
show("filterfalse(None, 5)", filterfalse, None, 5)
show("filterfalse(5, [1])", filterfalse, 5, [1])

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice(range(10), 5, 2)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)), list(islice([], 3)))
print(list(islice(itertools.count(), 3, 20, 5)), list(islice(range(3), 10**9)))
t = Tracked(range(10))
print(list(islice(t, 2, 6, 3)), t.taken)
t = Tracked(range(10))
it = islice(t, 4)
print(list(it), t.taken, list(it), t.taken)
t = Tracked(range(10))
it = islice(t, 1, 3)
print(next(it), next(it), t.taken)
show("next after end", next, it, "done")
print(t.taken)
t = Tracked(range(3))
it = islice(t, 5, 8)
print(list(it), t.taken)


class Idx:
    def __index__(self):
        return 2


print(list(islice("abcdef", Idx())), list(islice("abcdef", Idx(), None, Idx())))
for args in [(-1,), (-2,), ("a",), (1.0,), (1, -1), (-1, 3), ("a", 3), (1, -5), (0, None, 0), (0, None, -1),
             (0, None, "x"), (0, -1, 1), (1, 2, 3, 4), (2.5, 3)]:
    show(f"islice(range(5), *{args})", islice, range(5), *args)
show("islice(5, 2)", islice, 5, 2)
show("islice([1])", islice, [1])
show("islice([1], 1, stop=2)", islice, [1], 1, stop=2)
show("islice(5, -1)", islice, 5, -1)


class MyIslice(islice):
    pass


m = MyIslice("abcdef", 1, None, 2)
print(type(m).__name__, list(m))
