# Async generators driven by hand: __anext__().send(None), asend, athrow, aclose.
class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("  agen finished")


def step(awaitable):
    """Drive one awaitable to completion, collecting what it yields."""
    seen = []
    while True:
        try:
            seen.append(awaitable.send(None))
        except StopIteration as e:
            return seen, e.value
        except StopAsyncIteration:
            return seen, "StopAsyncIteration"


ag = agen(2)
print(type(ag).__name__, ag.__name__)
print(ag.__aiter__() is ag)
print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(step(ag.__anext__()))
print(step(ag.__anext__()))


async def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "caught " + str(e)


e = echo()
print(step(e.asend(None)))
print(step(e.asend("hello")))
print(step(e.athrow(ValueError("bad"))))
print(step(e.aclose()))
print(step(e.asend(None)))


async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  async generator cleanup")


w = with_finally()
print(step(w.__anext__()))
print(step(w.aclose()))


async def returns_in_agen():
    yield 1
    return


try:
    step(returns_in_agen().__anext__())
    print("empty return allowed")
except Exception as exc:
    print(type(exc).__name__, exc)
