# async def, async for, async with, await, async comprehensions, async generators.
async def f():
    pass
async def f(a, *b, c=1, **d) -> int:
    await a
    async for x in b:
        await x
    else:
        pass
    async with c as d, e:
        pass
    return [x async for x in y]
async def gen():
    yield 1
    async with a:
        yield
class C:
    async def m(self):
        return await self.n()
    @d
    async def n(self):
        async def inner():
            pass
        return {x: y async for x, y in z}
async def f(): await x
async def f(): return (await x for x in y)
async def f():
    async for a, *b in c: pass
    async with (a as b, c as d): pass
    x = await y
    await (await (await z))
