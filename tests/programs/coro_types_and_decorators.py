# Coroutine functions as values: wrappers, closures, methods and lambdas returning coroutines.
class Yield:
    def __await__(self):
        return (yield "y")


def run(coro):
    v = None
    while True:
        try:
            v = coro.send(v)
        except StopIteration as e:
            return e.value


def logged(fn):
    async def wrapper(*args):
        print("  calling", fn.__name__, args)
        result = await fn(*args)
        print("  result", result)
        return result
    return wrapper


@logged
async def square(x):
    await Yield()
    return x * x


print(run(square(7)))


class Service:
    def __init__(self, base):
        self.base = base

    async def compute(self, n):
        return self.base + len(await Yield()) * 0 + n

    @classmethod
    async def make(cls):
        return cls(100)

    @staticmethod
    async def static():
        return "static coroutine"


svc = run(Service.make())
print(run(svc.compute(5)), run(Service.static()))


def make_counter():
    count = 0

    async def bump():
        nonlocal count
        await Yield()
        count += 1
        return count
    return bump


bump = make_counter()
print([run(bump()) for _ in range(3)])

deferred = lambda x: square(x)
print(run(deferred(3)))
print(type(square).__name__, square.__name__, square.__qualname__)


async def gather(*coros):
    return [await c for c in coros]


print(run(gather(square(1), square(2), bump())))
