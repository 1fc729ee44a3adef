# with statements: enter/exit order, multiple managers, suppression, exceptions in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress


with CM("a") as v:
    print("body", v)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with (CM("p") as p,
      CM("q")):
    print("parenthesized", p)

with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

# Target can be any assignment target.
store = {}
with CM("t") as store["key"]:
    pass
print(store)
with CM("u") as (first, *others):
    print(first, others)


# return inside with still runs __exit__
def f():
    with CM("ret"):
        return "returned"


print(f())


# __exit__ raising replaces the body's exception and chains it.
class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# Missing protocol methods
class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# break/continue through with
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("done")
