# Every assignment target form: names, tuples, lists, starred, attributes, subscripts, slices.
class Box:
    def __repr__(self):
        return "Box(%r)" % sorted(vars(self).items())

a = 1
print(a)
a, b = 1, 2
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[a, b] = "xy"
print(a, b)
a, *rest = range(5)
print(a, rest)
*init, last = [1, 2, 3]
print(init, last)
first, *mid, end = "abcdef"
print(first, mid, end)
*only, = (7, 8)
print(only)
x, (y, *z), w = 1, (2, 3, 4), 5
print(x, y, z, w)
[p, [q, r]] = (10, [20, 30])
print(p, q, r)

box = Box()
box.a = 1
box.b, box.c = "bc"
print(box)
d = {}
d["k"] = 1
d["x"], d["y"] = 2, 3
print(d)
lst = list(range(10))
lst[2:5] = ["a"]
print(lst)
lst[::3] = [None] * len(lst[::3])
print(lst)
lst[-1] = "end"
print(lst)
lst[:] = []
print(lst)

# Chained assignment evaluates the right side once and assigns left to right.
i = 0
items = [0, 0, 0]
i = items[i] = 2
print(i, items)
u = v = []
u.append(1)
print(v, u is v)

# Assignment in a for target.
for k, (m, *n) in [(1, (2, 3, 4)), (5, (6,))]:
    print(k, m, n)

# Errors
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = "x"
except ValueError as e:
    print(type(e).__name__, e)
