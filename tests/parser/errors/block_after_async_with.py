async def f():
    async with a:
x = 1
