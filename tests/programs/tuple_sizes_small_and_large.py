# Tuples of every size from 0 to 6 (the small ones are stored in the object itself): built by
# BUILD_TUPLE, tuple(), slicing, concatenation, repetition, zip/enumerate/items, unpacking;
# compared, hashed, indexed, iterated, and collected in cycles.
import gc

for n in range(7):
    t = tuple(range(n))
    lit = eval("(" + "".join(f"{i}," for i in range(n)) + ")") if n else ()
    print(n, t, t == lit, hash(t) == hash(lit), len(t), t[-1:] if n else t[:])
    print("  ", t + t, t * 2, t[::2], t[1:4], list(reversed(t)), sum(t))
    if n:
        print("  ", t[0], t[n - 1], t.index(n - 1), t.count(0), (n - 1) in t)

a, b, c = (1, [2], "three")
print(a, b, c)
x, *rest = (1, 2, 3, 4, 5)
print(x, rest)
print(list(zip("ab", "cd", "ef")), list(enumerate("xyz")), sorted({"k": 1, "j": 2}.items()))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "y", 0)]))
print((1, 2) < (1, 2, 0), (1, 2, 3) > (1, 2), (3,) == (3.0,))
print({(1, 2): "p", (1, 2, 3, 4): "q"}[(1, 2)], {(1, 2, 3, 4)} == {tuple([1, 2, 3, 4])})


class Holder:
    def __init__(self):
        self.pair = (self, [self])
        self.long = (self, self, self, self, self)


collected = []
for _ in range(3):
    Holder()
collected.append(gc.collect() > 0)
print("cycles through tuples collected:", collected)

nested = ()
for i in range(10000):
    nested = (nested, i)
print(nested[1], nested[0][1])
del nested
print((1, 2, 3).__sizeof__() > 0, type((1,)).__name__, repr((1,)), repr(()))
