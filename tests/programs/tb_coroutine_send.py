# An exception inside a coroutine driven by hand with send().
class Ready:
    def __await__(self):
        return (yield "waiting")


async def fetch(n):
    value = await Ready()
    return 100 // value


async def main():
    a = await fetch(1)
    print("a =", a)
    return await fetch(2)


coro = main()
print(coro.send(None))
print(coro.send(4))
print(coro.send(0))
