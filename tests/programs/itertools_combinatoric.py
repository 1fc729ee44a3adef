# itertools.product, permutations, combinations and combinations_with_replacement: orders,
# counts against the formulas, empty and edge cases, and the argument errors.
import itertools
import math
from itertools import product, permutations, combinations, combinations_with_replacement as cwr


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, list(r) if hasattr(r, "__next__") else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(product("ab", range(2))), list(product(range(2), repeat=3)), list(product()))
print(list(product([], [1])), list(product([1, 2], repeat=0)), list(product(repeat=2)))
print(list(product("ab", "c", "de")), list(product(iterable=[1])) if False else len(list(product("abc", repeat=4))))
print(list(permutations("ABC")), list(permutations(range(3), 2)), list(permutations([])), list(permutations("ab", 0)))
print(list(permutations("abc", 4)), list(permutations("ab", r=None)), len(list(permutations(range(6), 4))))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations("ab", 3)), list(combinations([], 0)), list(combinations([], 1)))
print(list(cwr("ABC", 2)), list(cwr([], 0)), list(cwr([], 2)), list(cwr("a", 3)), list(cwr("ab", 0)))
for n in range(6):
    for r in range(7):
        assert len(list(permutations(range(n), r))) == math.perm(n, r)
        assert len(list(combinations(range(n), r))) == math.comb(n, r)
        assert len(list(cwr(range(n), r))) == (math.comb(n + r - 1, r) if n else int(r == 0))
        assert list(permutations(range(n), r)) == sorted(permutations(range(n), r))
        assert list(combinations(range(n), r)) == [p for p in permutations(range(n), r) if list(p) == sorted(p)]
        assert len(list(product(range(n), repeat=r))) == n**r
print("counts and orders agree")
print(list(permutations([3, 1, 2])), list(combinations([3, 1, 2], 2)), list(cwr("ba", 2)))
print(list(permutations([1, 1, 2], 2)), list(combinations([1, 1, 2], 2)))


def gen():
    print("(gen read)")
    yield from "xy"


p = product(gen(), [1])
print("made")
print(next(p), list(p))
p = permutations(gen())
print(list(p))
for f in (combinations, cwr):
    for args in [([1, 2], -1), ([1, 2], 1.5), ([1, 2], "2"), (5, 2), ([1, 2], 10**30)]:
        show(f"{f.__name__}{args}", f, *args)
    show(f"{f.__name__}([1])", f, [1])
    show(f"{f.__name__}(r=1)", f, r=1)
for args, kw in [(([1], -1), {}), (([1], 1.0), {}), (([1], "a"), {}), ((5,), {}), ((), {}), (([1], 1, 2), {}),
                 (([1],), {"x": 1}), (([1],), {"r": True})]:
    show(f"permutations{args} {kw}", permutations, *args, **kw)
for args, kw in [(([1],), {"repeat": -1}), (([1],), {"repeat": None}), (([1],), {"repeat": 1.5}), (([1],), {"x": 1}),
                 ((5,), {}), (([1],), {"repeat": 2, "x": 1})]:
    show(f"product{args} {kw}", product, *args, **kw)
p = product("ab", repeat=2)
print(next(p), next(p), list(p), list(p))


class MyProduct(product):
    pass


print(type(MyProduct("a")).__name__, list(MyProduct("ab", "c")))
