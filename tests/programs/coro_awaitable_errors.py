# Awaiting bad objects, __await__ returning non-iterators, reusing coroutines.
class BadAwait:
    def __await__(self):
        return 5


class NotAwaitable:
    pass


class GoodIter:
    def __await__(self):
        return iter(["a", "b"])


async def wait_on(obj):
    return await obj


def drive(coro):
    out = []
    v = None
    try:
        while True:
            out.append(coro.send(v))
    except StopIteration as e:
        out.append(("returned", e.value))
    except Exception as e:
        out.append("%s: %s" % (type(e).__name__, e))
    return out


print(drive(wait_on(GoodIter())))
print(drive(wait_on(BadAwait())))
print(drive(wait_on(NotAwaitable())))
print(drive(wait_on(42)))


async def inner():
    return "inner value"


async def double_await():
    c = inner()
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)


print(drive(double_await()))


def plain_generator():
    yield 1


async def await_generator():
    await plain_generator()


print(drive(await_generator()))


# A coroutine's attributes
async def attrs():
    pass


c = attrs()
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
c.close()
print(c.cr_frame)
print(attrs.__code__.co_flags & 0x80 != 0)
