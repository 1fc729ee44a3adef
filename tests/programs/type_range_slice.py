# range and slice objects: attributes, indexing, containment, length, equality, reversal.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r.start, r.stop, r.step)
print(8 in r, 9 in r, r.index(11), r.count(5), r.count(6))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), list(range(0)))
print(list(range(5, 0, -1)), list(range(-3)), list(range(0, -6, -2)), len(range(10, 0, -3)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[3], 10 ** 19 in range(10 ** 20))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(6), slice(5), slice(None), slice(1, None, -1).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", "b")))
print([0, 1, 2, 3, 4, 5][s], "abcdefgh"[slice(None, None, 3)], (1, 2, 3)[slice(-2, None)])
try:
    hash(slice(1, 2))
    print("slices are hashable in 3.12")
except TypeError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3)), range(3).__class__.__name__)
print(sum(range(101)), max(range(-5, 5)), sorted(range(3), reverse=True), tuple(range(1, 4)))
