# Cells (the items of a function's __closure__) compare by their contents, as CPython's do;
# an empty cell comes before a full one, and two empty cells are equal.
import types


def cells():
    a = 1
    b = 2
    c = 1
    d = "x"

    def inner():
        return a, b, c, d, e

    e = None
    del e
    return inner.__closure__


a, b, c, d, empty = cells()
print(a == c, a != c, a < b, b > a, a <= c, b >= a, a == b)
print(empty < a, a > empty, empty == empty, empty != a, empty <= empty)
other_empty = types.CellType()
print(empty == other_empty, empty < other_empty, types.CellType(3) == types.CellType(3.0))
try:
    a < d
except TypeError as e:
    print("TypeError:", e)
print(sorted([b, a, empty], key=lambda cell: 0) == [b, a, empty], sorted([b, empty, a]) == [empty, a, b])
print(a == 1, (a == 1) is False, a.__eq__(1), a.__eq__(c))
try:
    hash(a)
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
