# Coroutines driven by hand: send(None), a custom awaitable with __await__, return values.
class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        received = yield self.label
        return "resumed %s with %r" % (self.label, received)


async def child(n):
    r = await Suspend("child%d" % n)
    return r.upper()


async def parent():
    a = await child(1)
    print("  parent got", a)
    b = await Suspend("parent")
    print("  parent got", b)
    return "parent result"


coro = parent()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as e:
    print("finished:", e.value)


def run(coro):
    """A minimal driver: feed each yielded value back in."""
    value = None
    while True:
        try:
            value = coro.send(value)
        except StopIteration as e:
            return e.value


async def add(a, b):
    await Suspend("add")
    return a + b


async def total():
    s = 0
    for i in range(4):
        s += await add(s, i)
    return s


print(run(total()))


async def no_await():
    return 5


c = no_await()
try:
    c.send(None)
except StopIteration as e:
    print("immediate return", e.value)

c = no_await()
try:
    c.send("bad")
except TypeError as e:
    print(type(e).__name__, e)
c.close()

c = child(9)
c.send(None)
try:
    c.throw(ValueError("thrown into coroutine"))
except ValueError as e:
    print("propagated", e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
