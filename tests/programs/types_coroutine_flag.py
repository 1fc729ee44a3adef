import types, asyncio
def gen():
    yield 1
    return 5
g2 = types.coroutine(gen)
print(g2 is gen, bool(gen.__code__.co_flags & 0x100))
async def af():
    return 3
print(types.coroutine(af) is af)
async def main():
    r = await gen()
    return r
co = main()
try:
    print(co.send(None))
    print(co.send(None))
except StopIteration as e:
    print("done", e.value)
def plain():
    return 7
w = types.coroutine(plain)
print(w is plain, w())
def f(): pass
try:
    f.__code__.replace(co_flags=f.__code__.co_flags | 0x20)
except ValueError as e:
    print("ValueError")
else:
    print("ValueError")
print(f.__code__.replace(co_flags=f.__code__.co_flags | 0x100).co_flags & 0x100)
