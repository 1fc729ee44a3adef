async def f():
x = 1
