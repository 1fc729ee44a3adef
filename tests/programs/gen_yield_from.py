# yield from: delegation of values, send, throw, close and return values.
def inner():
    try:
        x = yield "inner-1"
        print("  inner got", x)
        y = yield "inner-2"
        print("  inner got", y)
    except KeyError as e:
        print("  inner handled", repr(e))
        yield "inner-after-throw"
    finally:
        print("  inner finally")
    return "inner-result"


def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer-done"


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "exhausted"))

g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))

g = outer()
next(g)
g.close()
print("closed; frame:", g.gi_frame)


def delegate_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    r = yield from iter(())
    return r


print(list(delegate_iterables()))


def depth(n):
    if n == 0:
        return (yield "bottom")
    got = yield from depth(n - 1)
    return got + 1


g = depth(3)
print(next(g))
try:
    g.send(10)
except StopIteration as e:
    print("returned", e.value)


def not_iterable():
    yield from 5


try:
    list(not_iterable())
except TypeError as e:
    print(type(e).__name__, e)


class Thrower:
    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def throw(self, *args):
        print("  Thrower.throw called with", type(args[0]).__name__ if args else None)
        raise StopIteration("from throw")

    def close(self):
        print("  Thrower.close called")


def uses_thrower():
    r = yield from Thrower()
    yield "after: " + str(r)


g = uses_thrower()
print(next(g))
print(g.throw(ValueError("x")))
g = uses_thrower()
next(g)
g.close()
