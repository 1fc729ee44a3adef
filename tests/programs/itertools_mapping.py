# itertools.accumulate, batched, chain (and chain.from_iterable), pairwise, starmap and
# zip_longest: values, laziness, subclasses and the argument errors.
import itertools
import operator
from itertools import accumulate, batched, chain, pairwise, starmap, zip_longest


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, list(r) if hasattr(r, "__next__") else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([1, 2], operator.sub, initial=10)))
print(list(accumulate(iterable=[1, 2], func=None, initial=None)), list(accumulate([[1], [2]])))
print(list(accumulate([1.5, 2, 3j])))
show("accumulate([1, 'a'])", accumulate, [1, "a"])
show("accumulate(5)", accumulate, 5)
show("accumulate([1], 1, 2, 3)", accumulate, [1], 1, 2, 3)
show("accumulate([1, 2], 5)", accumulate, [1, 2], 5)
show("accumulate(iterable=[1], funk=2)", accumulate, iterable=[1], funk=2)

print(list(batched("ABCDEFG", 3)), list(batched(range(4), 2)), list(batched([], 5)), list(batched("ab", 10)))
print(list(batched(iterable=range(3), n=1)), type(next(batched("ab", 1))).__name__)
for args in [("ab", 0), ("ab", -1), ("ab", 1.5), ("ab", "2"), (5, 2), ("ab", 10**30)]:
    show(f"batched{args}", batched, *args)
show("batched('ab')", batched, "ab")

print(list(chain()), list(chain("ab", [1, 2], (), range(2))), list(chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable(iter([[1], [], [2, 3]]))), list(chain([[1]])))


def gens():
    for n in range(3):
        print("(making", n, ")")
        yield range(n)


c = chain.from_iterable(gens())
print(next(c))
print(list(c))
c = chain([1], 5, [2])
print(next(c))
show("next(c)", next, c)
print(list(c))
show("chain([1], x=2)", chain, [1], x=2)
show("chain.from_iterable(5)", chain.from_iterable, 5)
show("chain.from_iterable()", chain.from_iterable)
print(chain[int], type(chain[int]).__name__)


class MyChain(chain):
    def __init__(self, *iterables, label="?"):
        self.label = label


mc = MyChain("ab", "c", label="mine")
print(mc.label, list(mc), type(MyChain.from_iterable(["xy"])).__name__, list(MyChain.from_iterable(["xy"])))


class PlainChain(chain):
    pass


show("PlainChain([1], x=1)", PlainChain, [1], x=1)

print(list(pairwise("ABCD")), list(pairwise("A")), list(pairwise([])), list(pairwise(range(3))))
it = iter(range(5))
pw = pairwise(it)
print(next(pw), list(it), list(pw))
show("pairwise(5)", pairwise, 5)
show("pairwise()", pairwise)
show("pairwise([1], [2])", pairwise, [1], [2])

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ["ab", [1, 2]])))
print(list(starmap(lambda *a: a, [(), [1], iter([2, 3])])))
show("starmap(pow, [1])", starmap, pow, [1])
show("starmap(5, [(1,)])", starmap, 5, [(1,)])
show("starmap(pow, 5)", starmap, pow, 5)
show("starmap(pow, [(1, 2, 3, 4)])", starmap, pow, [(1, 2, 3, 4)])

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest("ab")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest([], [], fillvalue=0)))
print(list(zip_longest(range(2), itertools.repeat("r", 3))))
show("zip_longest([1], fillvalue=1, x=2)", zip_longest, [1], fillvalue=1, x=2)
show("zip_longest([1], x=2)", zip_longest, [1], x=2)
show("zip_longest([1], 5)", zip_longest, [1], 5)
z = zip_longest([1, 2], [3])
print(next(z), next(z))
show("next(z)", next, z, "end")


class Stop:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        raise StopIteration


s = Stop()
z = zip_longest(s, [1, 2])
print(list(z), s.calls)
