# tuple: packing, single-element tuples, immutability, methods, comparison, hashing.
t = 1, 2, 3
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__)
print(len(t), t[0], t[-1], t[1:], t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
print(tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({"k": 1}), tuple())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (0,) * 0)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
a, (b, (c, d)) = 0, (1, (2, 3))
print(a, b, c, d)
m = ([1], 2)
m[0].append(9)
print(m)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)))
print(tuple(x * x for x in range(4)), (*range(2), *"ab"))
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
print(repr((1,)), repr(((),)), str((None, True, 1.5, "s")))
