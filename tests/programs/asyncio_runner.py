# asyncio.Runner and asyncio.run's shutdown: pending tasks cancelled, async generators
# closed, the exception reports of the loop ("Task exception was never retrieved",
# custom handlers and their context keys).
import asyncio
import gc

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(type(loop).__name__, asyncio.Future().get_loop() is loop, asyncio.get_event_loop() is loop)
loop.close()
asyncio.set_event_loop(None)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")


async def uses_agen():
    g = agen()
    print("first item", await g.__anext__())
    return "done"


print(asyncio.run(uses_agen()))

runner = asyncio.Runner()
print(runner.run(asyncio.sleep(0, "from runner")), runner.get_loop().is_closed())
loop = runner.get_loop()
runner.close()
runner.close()
print("closed:", loop.is_closed())
coro = asyncio.sleep(0)
try:
    runner.run(coro)
except RuntimeError as e:
    print(e)
coro.close()
with asyncio.Runner(debug=True) as r2:
    print("debug:", r2.get_loop().get_debug())
    print(r2.run(asyncio.sleep(0.001, "second run")))


async def bad():
    raise ValueError("never retrieved")


async def leaks():
    t = asyncio.create_task(bad(), name="leaky")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("after the leak")


asyncio.run(leaks())


async def custom_handler():
    loop = asyncio.get_running_loop()
    reports = []
    loop.set_exception_handler(lambda lp, ctx: reports.append(sorted(ctx)))
    t = asyncio.create_task(bad(), name="handled")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    gc.collect()
    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    del fut
    gc.collect()
    loop.call_soon(int, "x")
    await asyncio.sleep(0)
    for keys in reports:
        print(keys)


asyncio.run(custom_handler())


async def main_with_leftovers():
    async def sleeper(i):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper", i, "cancelled at shutdown")
            raise
    asyncio.create_task(sleeper(1))
    await asyncio.sleep(0)
    return "main returns first"


print(asyncio.run(main_with_leftovers()))


async def fails():
    await asyncio.sleep(0)
    raise KeyError("from main")


try:
    asyncio.run(fails())
except KeyError as e:
    print("asyncio.run raised", repr(e))
print(asyncio.run(asyncio.sleep(0.001, "slept"), debug=False))


# The frames of this file in the traceback of an exception that went through tasks
import traceback


async def deepest():
    await asyncio.sleep(0)
    raise ValueError("deep")


async def middle():
    await asyncio.create_task(deepest())


async def top():
    t = asyncio.create_task(middle())
    await t


for runner_call in (lambda: asyncio.run(top()),
                    lambda: asyncio.new_event_loop().run_until_complete(middle())):
    try:
        runner_call()
    except ValueError as e:
        mine = [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)
                if f.filename == __file__]
        print(mine)
