# Sorting with keys that compare without Python code (ints, floats, strs, tuples of them) goes
# through a native stable sort; the result must be CPython's: stable, reverse=True keeping equal
# items in their order, and the general path (with its errors) for anything else.
import random

rng = random.Random(7)
records = [(i, rng.randrange(10), rng.choice("abc"), rng.random()) for i in range(300)]

by_int = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_int][:20])
print(by_int == sorted(records, key=lambda r: (r[1],)))
by_int_rev = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_int_rev][:20])
by_str = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_str][:20])
by_tuple = sorted(records, key=lambda r: (r[2], r[1]), reverse=True)
print([r[0] for r in by_tuple][:20])
by_float = sorted(records, key=lambda r: r[3])
print([r[0] for r in by_float][:10])
nested = sorted(records, key=lambda r: ((r[1] % 3, r[2]), -r[0]))
print([r[0] for r in nested][:20])

# Equal keys keep their order, forwards and reversed.
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime", "banana"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = list(words)
lst.sort(key=lambda w: w[-1])
print(lst)

# Zeros of both signs compare equal; big ints, mixed ints and floats, NaN, and tuples of
# different lengths take the general path.
print(sorted([0.0, -0.0, 1.5, -0.0, 0.0], key=lambda x: x))
print(sorted([3, 2**70, 1, -2**65], key=lambda x: x))
print(sorted([3, 1.5, 2, 0.5, True], key=lambda x: x))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0], key=lambda x: x)[1:])
print(sorted([(1, 2), (1,), (0, 5, 6), (1, 2, 0)], key=lambda t: t))
print(sorted(["b", "a", "é", "ä", "\U0001f600", "z"], key=lambda s: s))

# Keys that cannot be compared raise CPython's TypeError, and the list is left as it was.
data = [3, "x", 1]
try:
    data.sort(key=lambda v: v)
except TypeError as e:
    print("TypeError:", e)
print(data)
try:
    sorted([(1, "a"), (1, 2)], key=lambda t: t)
except TypeError as e:
    print("TypeError:", e)


# A key class with __lt__ is called, as before.
class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v


print([k.v for k in sorted([K(3), K(1), K(2)], key=lambda k: k)], K.calls > 0)

# Without a key, lists of tuples sort natively too; equal items keep their order.
pairs = [(r[1], r[2]) for r in records]
ordered = sorted(pairs)
print(ordered[:6], ordered == sorted(pairs, key=lambda p: p))
a, b = (1, "x" * len(pairs[:1])), (1, "x" * len(pairs[:1]))
print([t is a for t in sorted([b, (0, "y"), a])], [t is a for t in sorted([b, (0, "y"), a], reverse=True)])
mixed = [(1, "a"), (1, 2)]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
