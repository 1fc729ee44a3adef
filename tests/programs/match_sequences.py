# match: sequence patterns with stars, nesting and type restrictions.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case [a, b]:
            return "two: %r %r" % (a, b)
        case [first, *middle, last] if len(middle) > 2:
            return "long: first=%r middle=%r last=%r" % (first, middle, last)
        case [0, *rest]:
            return "starts with zero, rest=%r" % (rest,)
        case (a, b, c):
            return "three: %r %r %r" % (a, b, c)
        case [*_]:
            return "other sequence of %d" % len(x)
        case _:
            return "not a sequence"


tests = [[], [1], (1, 2), [1, 2, 3], (0, 5, 6, 7), [0, 1, 2, 3, 4, 5], [9, 9, 9, 9],
         "ab", b"ab", bytearray(b"ab"), range(2), {1, 2}, {"a": 1}, iter([1]), 7]
for t in tests:
    print(repr(t) if not isinstance(t, type(iter([]))) else "list_iterator", "->", shape(t))


def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return "nested", a, b, c, d
        case [[[deep]]]:
            return "deep", deep
        case [1, [2, _], _]:
            return "wild inside"
    return "no match"


print(nested([(1, 2), [3, 4, 5]]))
print(nested([[["x"]]]))
print(nested([1, [2, 99], 100]))
print(nested([1, [2], 100]))

match (1, 2, 3):
    case (1, *others):
        print("tuple star", others, type(others).__name__)

match [1, 2]:
    case (x, y):
        print("list matched tuple pattern", x, y)


class MySeq(list):
    pass


match MySeq([5, 6]):
    case [5, six]:
        print("subclass of list", six)
