def f():
    return 1

async def g():
    await h
    yield from x
