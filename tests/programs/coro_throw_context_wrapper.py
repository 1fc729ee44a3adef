# throw() through `yield from`/`await` chains the thrown exception with what the delegating
# generator handles; coro.__await__() is a coroutine_wrapper that can be awaited.
import types


def inner():
    yield 1


def outer():
    try:
        raise KeyError(3)
    except KeyError:
        yield from inner()


g = outer()
next(g)
try:
    g.throw(ValueError())
except ValueError as e:
    print("through yield from:", repr(e.__context__))


def inner2():
    try:
        yield 1
    except ValueError as e:
        print("in inner:", repr(e.__context__))
        raise


def outer2():
    try:
        raise KeyError(3)
    except KeyError:
        try:
            yield from inner2()
        except ValueError as e:
            print("in outer:", repr(e.__context__))


g = outer2()
next(g)
try:
    g.throw(ValueError())
except StopIteration:
    print("outer2 done")


def outer3():
    try:
        raise KeyError(3)
    except KeyError:
        yield 1


g = outer3()
next(g)
try:
    g.throw(ValueError())
except ValueError as e:
    print("direct:", repr(e.__context__))


def plain():
    try:
        yield 1
    except ValueError as e:
        print("caller handles, in generator:", repr(e.__context__))
        raise


try:
    raise KeyError(9)
except KeyError:
    g = plain()
    next(g)
    try:
        g.throw(ValueError())
    except ValueError as e:
        print("caller handles:", repr(e.__context__))
    g = plain()
    next(g)
    try:
        g.throw(ValueError)
    except ValueError as e:
        print("caller handles, class thrown:", repr(e.__context__))


@types.coroutine
def suspend():
    yield 1


async def co():
    try:
        raise KeyError(4)
    except KeyError:
        await suspend()


c = co()
c.send(None)
try:
    c.throw(ValueError())
except ValueError as e:
    print("through await:", repr(e.__context__))


async def five():
    return 5


w = five().__await__()
print(type(w).__name__, type(w).__module__)
print([hasattr(w, n) for n in ("send", "throw", "close", "__next__", "__iter__")])
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)


class Awaitable:
    def __init__(self):
        self.coro = five()

    def __await__(self):
        return self.coro.__await__()


async def main():
    return await Awaitable() + 1


try:
    main().send(None)
except StopIteration as e:
    print("awaited", e.value)


async def twice():
    x = await suspend()
    return x


w = twice().__await__()
print(w.send(None))
try:
    w.send("sent")
except StopIteration as e:
    print("sent back", e.value)

w = twice().__await__()
w.send(None)
try:
    w.throw(OSError("boom"))
except OSError as e:
    print("thrown", e)

w = twice().__await__()
w.send(None)
print(w.close())
try:
    w.send(None)
except RuntimeError as e:
    print(e)

try:
    type(w)()
except TypeError as e:
    print(e)
