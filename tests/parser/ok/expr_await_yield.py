# await, yield and yield from in the positions the grammar allows (ast.parse does not check scopes).
async def f():
    await x
    await x.y()
    await (await x)
    a = await x
    b = await x + await y
    c = [await x for x in y]
    d = await x ** 2
    e = -await x
    await x[0]
    await x(1)
    return await x
def g():
    yield
    yield x
    yield x, y
    yield *a, b
    yield from x
    yield from (x, y)
    a = yield
    b = yield x
    c = yield from x
    d = (yield)
    e = f((yield))
    f((yield x), (yield from y))
    x = yield x, y
    x[(yield)] = 1
    return (yield)
    await_ = (yield) + (yield from z)
    lambda: (yield)
    z = yield 1 if x else 2
    yield lambda: 0
async def h():
    yield
    yield await x
    async for x in y:
        yield x
await x
yield x
