# async for and async with inside coroutines driven by hand.
class Pause:
    def __await__(self):
        yield "pause"


class Lock:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("  acquire", self.name)
        await Pause()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("  release", self.name, typ.__name__ if typ else None)
        await Pause()
        return typ is KeyError


class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen():
    for x in "xy":
        await Pause()
        yield x


async def main():
    async with Lock("a") as a, Lock("b") as b:
        print("  inside", a, b)
    async with Lock("c"):
        raise KeyError("suppressed by __aexit__")
    total = 0
    async for v in ARange(3):
        total += v
    else:
        print("  async for else, total", total)
    letters = [c async for c in agen()]
    print("  comprehension", letters)
    async for v in ARange(5):
        if v == 2:
            break
    print("  broke at", v)
    return "main done"


def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses


print(run(main()))


async def bad_async_for():
    async for x in [1, 2]:
        pass


try:
    run(bad_async_for())
except TypeError as e:
    print(type(e).__name__, e)


async def bad_async_with():
    async with Lock:
        pass


try:
    run(bad_async_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
