# Async comprehensions and await inside comprehensions, driven by hand.
class Step:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield ("step", self.value)
        return self.value * 10


async def aiter_values(n):
    for i in range(n):
        yield await Step(i)


async def main():
    a = [x async for x in aiter_values(3)]
    b = [await Step(i) for i in range(3)]
    c = {x: x // 10 async for x in aiter_values(3) if x}
    d = {await Step(i) for i in (1, 1, 2)}
    e = [x + y async for x in aiter_values(2) for y in (1, 2)]
    f = (x async for x in aiter_values(2))
    g = [v async for v in f]
    return a, b, c, sorted(d), e, g


def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as stop:
            return stop.value, steps


print(run(main()))


async def genexpr_type():
    g = (x async for x in aiter_values(1))
    return type(g).__name__, await g.__anext__()


print(run(genexpr_type()))
