# for loop targets of every kind: attributes, subscripts, slices, starred, nested tuples.
class Holder:
    pass


h = Holder()
for h.value in range(3):
    pass
print(h.value)

d = {}
for d["key"] in "abc":
    pass
print(d)

lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)

buf = [0] * 4
for buf[1:3] in [("a", "b"), ("c", "d")]:
    pass
print(buf)

for first, *rest in [(1, 2, 3), "ab", [4]]:
    print(first, rest)

for (a, b), [c, (d1, d2)] in [((1, 2), [3, (4, 5)])]:
    print(a, b, c, d1, d2)

pairs = {"one": 1, "two": 2}
for name, number in pairs.items():
    print(name, number)

for _ in range(2):
    pass
print(_)

matrix = [[1, 2], [3, 4]]
for row in matrix:
    for j, row[j] in enumerate([v * 10 for v in row]):
        pass
print(matrix)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print(type(e).__name__, e)
