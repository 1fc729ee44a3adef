# Star expressions in assignment targets, for targets, return values and subscripts.
def pair():
    return 1, 2


def many():
    rest = [3, 4]
    return 0, *rest


print(pair(), many())
a, *b = many()
print(a, b)
for first, *others in ["abc", "de", "f"]:
    print(first, others)

head, *_, tail = range(10)
print(head, tail, _)
[*xs] = "xyz"
print(xs)
(p, q), *rs = [(1, 2), (3, 4), (5, 6)]
print(p, q, rs)

x = 1, 2, *[3]
print(x)


def yielder():
    yield 1, *[2, 3]


print(list(yielder()))


class Sub:
    def __getitem__(self, k):
        return k


print(Sub()[*[1, 2]], Sub()[0, *"ab"])
ys = [10, 20]
print([*ys, *ys], *ys)
