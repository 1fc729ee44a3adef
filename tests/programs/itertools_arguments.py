# Every itertools type called with the wrong arguments (too few, too many, bad keywords, bad
# types): CPython's exact TypeError and ValueError messages, and what the right calls yield.
import itertools
from itertools import islice

names = sorted(n for n in dir(itertools) if not n.startswith("__") and n != "_tee_dataobject")
print(names)
calls = [((), {}), ((1, 2, 3, 4, 5), {}), (([1],), {"x": 1}), (("a",), {}), ((1,), {}), (([1], "b"), {}),
         ((None, [1]), {}), ((1, 2), {}), (([3, 1, 2], 2), {}), ((len, ["ab", "c"]), {})]


def render(x):
    if isinstance(x, tuple):
        return tuple(render(i) for i in x)
    return type(x).__name__ if hasattr(x, "__next__") else x


for name in names:
    f = getattr(itertools, name)
    for args, kw in calls:
        try:
            r = f(*args, **kw)
            shown = r if isinstance(r, tuple) else list(islice(r, 6))
            print(name, args, kw, "->", type(r).__name__, [render(x) for x in shown])
        except Exception as e:
            print(name, args, kw, type(e).__name__, e)
for name in names:
    c = getattr(itertools, name)
    if isinstance(c, type):
        print(name, c.__module__, c.__name__, c.__qualname__, hasattr(c, "__next__"), hasattr(c, "__iter__"))
print(type(itertools.tee).__name__, itertools.tee.__name__)
