# Lists keep their items packed in 8 bytes (NaN-boxing): every kind of value must come back as
# itself, with its identity, through every list operation.
import gc
import math


class Tracked:
    dropped = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Tracked.dropped.append(self.name)

    def __repr__(self):
        return "T(%s)" % self.name


big = 2**47
values = [0, -1, big - 1, -big, big, -big - 1, 2**63 - 1, -(2**63), 2**64, 10**30, 0.0, -0.0, 1.5,
          float("inf"), float("-inf"), True, False, None, "s", b"b", (1, 2), [3], {4: 5}, 1j]
items = list(values)
print(items)
print([type(v).__name__ for v in items] == [type(v).__name__ for v in values])
print(all(a is b or a == b for a, b in zip(items, values)))
print([repr(x) for x in items[10:12]], math.copysign(1, items[11]))

# NaNs: the usual quiet NaN, a negative one and one with payload bits keep their bits.
import struct
nans = [float("nan"), -float("nan"), struct.unpack("<d", struct.pack("<Q", 0xFFF8_0000_0000_0001))[0],
        struct.unpack("<d", struct.pack("<Q", 0x7FF4_0000_0000_0000))[0]]
kept = list(nans)
print([struct.pack("<d", a) == struct.pack("<d", b) for a, b in zip(kept, nans)])
n = nans[1]
print(n in kept, kept.index(n), kept.count(n), [n] == [n], n is kept[1] or "value")

# Identity of objects survives packing.
objects = [object() for _ in range(5)]
holder = objects[:]
print(all(a is b for a, b in zip(holder, objects)), holder.index(objects[3]), objects[2] in holder)

# Mutation: item and slice assignment, insert, pop, remove, extend, multiply.
m = [1, 2.5, "x"]
m[1] = 2**60
m.insert(0, -(2**59))
m.append(float("inf"))
m.extend([None, True])
print(m, m.pop(), m.pop(0), m)
m[1:3] = [big, -big, 0.25]
print(m)
m[::2] = [7, 8, 9]
print(m)
del m[1:3]
print(m, m * 2, m + [2**62], [2**62] * 3)
m *= 2
m += (1, 2)
print(m)
m.remove(2**62) if 2**62 in m else m.remove(9)
print(m, m.count(7), sorted(m, key=repr))

# Sorting: natively ordered kinds, reversed, mixed big and small ints, and floats.
ints = [5, -3, 2**62, -(2**62), 0, 2**49, -(2**49), 7]
ints.sort()
print(ints)
ints.sort(reverse=True)
print(ints)
floats = [2.5, -1.0, float("inf"), 0.0, -0.0, 1e300]
floats.sort()
print(floats, [math.copysign(1, f) for f in floats[1:3]])
words = ["pear", "apple", "fig"]
words.sort(key=len)
print(words)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)

# Items dropped by the list run their finalizers once, after the list lets go of them.
t = [Tracked("a"), Tracked("b"), Tracked("c")]
t[0] = None
print(Tracked.dropped)
t *= 0
print(Tracked.dropped)
u = [Tracked("d")]
u.clear()
v = [Tracked("e"), Tracked("f")]
v[0:2] = []
print(Tracked.dropped)

# Cycles through lists are collected.
gc.collect()
a = [Tracked("g")]
a.append(a)
del a
gc.collect()
print(Tracked.dropped)

# Equality and comparison of lists compare the unpacked items.
print([1, 2.0, big] == [1.0, 2, big], [1, 2] < [1, 2, 0], [0.5] > [0], [big] < [big + 1])
print(list(reversed([1, big, 2.5])), [x * 2 for x in [big, 1.5]], sum([big, big, 0.5]))
