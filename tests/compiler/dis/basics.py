import os.path as osp
from collections import OrderedDict as OD, deque

x = 1
a, *b, c = range(5)
x += 2
d = {"k": [1, 2, 3], **{}}
s = f"{x!r:>10} and {osp.sep}"


def f(a, b=2, *args, k, kw=3, **rest):
    "Docstring."
    total = a + b
    if total > 3 and not k:
        return [i * total for i in args]
    for key in rest:
        print(key, end="")
    else:
        pass
    while total:
        total -= 1
        if total == 5:
            break
    return lambda q: q + total


print(f(1, k=2), *b, sep=", ")
