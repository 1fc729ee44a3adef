# itertools.count, cycle and repeat: values, reprs, int/float/big/custom steps, subclasses,
# length hints and the argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


def first(it, n=5):
    return list(islice(it, n))


print(first(count()), first(count(10)), first(count(3, 2)), first(count(-1, -3)))
print(first(count(1.5, 0.25)), first(count(0, 0.1), 4), first(count(2**64, 2**63), 3))
print(first(count(True)), [type(x).__name__ for x in first(count(True), 2)])
print(first(count(True, 2)), first(count(1j, 1j), 3), first(count(start=5, step=-1), 3))
print(first(count(9223372036854775806), 3))
for c in [count(), count(5), count(-2, 1), count(2, 3), count(1.5), count(0, 1.0), count(step=-1),
          count(True, True), count(1, True), count(2**70), count(2**70, 2**70), count(1j), count(0, 0)]:
    print(repr(c), end=" | ")
print()
c = count(7, 2)
next(c); next(c)
print(repr(c), next(c), repr(c))
c = count(1.5, 0.25)
next(c)
print(repr(c))


class Half:
    """A number-like object: count adds the step to it."""

    def __init__(self, v):
        self.v = v

    def __index__(self):
        return int(self.v)

    def __add__(self, other):
        return Half(self.v + (other.v if isinstance(other, Half) else other))

    def __repr__(self):
        return f"Half({self.v})"


print(first(count(Half(1), Half(0.5)), 4), repr(count(Half(2), Half(1))))


class MyCount(count):
    pass


mc = MyCount(3, 2)
print(repr(mc), first(mc, 3), repr(mc), isinstance(mc, count), type(mc).__name__)
mc.note = "attribute on a subclass instance"
print(mc.note)
for args in [("a",), (1, "b"), (None,), ([1],)]:
    show(f"count{args}", count, *args)
show("count(1, 2, 3)", count, 1, 2, 3)
show("count(stepp=2)", count, stepp=2)
show("count(1, start=2)", count, 1, start=2)
print(type(count()).__name__, count.__module__, iter(c) is c)

print(first(cycle("abc"), 8), first(cycle([]), 3), first(cycle(range(2)), 5))
it = iter([1, 2, 3])
cy = cycle(it)
print(next(cy), list(it), first(cy, 4))


def gen():
    yield "x"
    yield "y"
    print("(generator done)")


print(first(cycle(gen()), 6))
show("cycle(5)", cycle, 5)
show("cycle()", cycle)
show("cycle([1], [2])", cycle, [1], [2])
show("cycle([1], x=1)", cycle, [1], x=1)

print(list(repeat(7, 3)), list(repeat("a", 0)), list(repeat("a", -5)), first(repeat(None), 3))
print(list(repeat(object=1, times=2)), list(repeat([1], times=2)))
r = repeat("x", 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__())
print(list(r), repr(r), r.__length_hint__(), repr(repeat(1.5)), repr(repeat("q", -3)))
show("repeat(1).__length_hint__()", repeat(1).__length_hint__)
show("repeat()", repeat)
show("repeat(1, None)", repeat, 1, None)
show("repeat(1, 2.0)", repeat, 1, 2.0)
show("repeat(1, 10**30)", repeat, 1, 10**30)
show("repeat(1, 2, 3)", repeat, 1, 2, 3)
show("repeat(1, timez=2)", repeat, 1, timez=2)
import operator
print(operator.length_hint(repeat(0, 4)), list(map(pow, range(5), repeat(2))))


class MyRepeat(repeat):
    def __repr__(self):
        return "MyRepeat!" + super().__repr__()


print(repr(MyRepeat(1, 2)), list(MyRepeat(1, 2)))
