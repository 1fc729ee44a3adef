# asyncio tasks: names and reprs, cancellation (cancel/cancelling/uncancel, messages),
# exceptions, gather, wait, wait_for, as_completed, shield, timeout/timeout_at, TaskGroup,
# current_task/all_tasks.
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(text):
    return str(text).replace(HERE + os.sep, "")


async def work(n, delay=0):
    await asyncio.sleep(delay)
    return n * 10


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def forever():
    await asyncio.sleep(3600)


async def names_and_reprs():
    t = asyncio.create_task(work(1), name="first")
    u = asyncio.create_task(work(2))
    print(t.get_name(), u.get_name().startswith("Task-"))
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    t.set_name(123)
    print(repr(t.get_name()), t.get_coro().__qualname__, t.done(), t.result())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    await u
    print(asyncio.current_task().get_name() == "Task-1" or True, asyncio.current_task() is not t)
    try:
        asyncio.Task(5)
    except TypeError as e:
        print(e)


async def cancellation():
    t = asyncio.create_task(forever(), name="endless")
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling(), clean(repr(t)))
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)

    # A coroutine that catches the cancellation and returns normally
    async def stubborn():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            return "caught"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.uncancel())

    # Cancelled before it starts
    early = asyncio.create_task(work(5))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("early cancelled", early.cancelled())

    # cancel() during the last step: the task ends cancelled
    async def cancels_itself():
        asyncio.current_task().cancel()
        return "ignored"

    c = asyncio.create_task(cancels_itself())
    try:
        await c
    except asyncio.CancelledError:
        print("self-cancelled", c.cancelled())

    # Exceptions
    f = asyncio.create_task(fail("bad"))
    try:
        await f
    except ValueError as e:
        print("task raised", e, type(f.exception()).__name__)


async def gathering():
    print(await asyncio.gather(work(1), work(2, 0.01), work(3)))
    print(await asyncio.gather())
    print(await asyncio.gather(work(1), fail("x"), return_exceptions=True))
    try:
        await asyncio.gather(work(1), fail("first"), fail("second", 0.01))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)
    t = asyncio.create_task(work(7))
    print(await asyncio.gather(t, t, work(8)))
    g = asyncio.gather(forever(), forever())
    await asyncio.sleep(0)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    inner = asyncio.create_task(forever())
    g2 = asyncio.gather(inner, work(1), return_exceptions=True)
    await asyncio.sleep(0)
    inner.cancel("child")
    print(await g2)


async def waiting():
    tasks = [asyncio.create_task(work(i, i * 0.01)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    slow = asyncio.create_task(forever())
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print(len(done), len(pending))
    failing = [asyncio.create_task(fail("e", 0.01)), asyncio.create_task(work(1, 0.05))]
    done, pending = await asyncio.wait(failing, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for bad in ([], work(1)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if bad:
            bad.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIME")
    except ValueError as e:
        print(e)
    slow.cancel()
    failing[1].cancel()


async def wait_for_demo():
    print(await asyncio.wait_for(work(4), timeout=1))
    print(await asyncio.wait_for(work(4), timeout=None))
    try:
        await asyncio.wait_for(forever(), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    try:
        await asyncio.wait_for(forever(), timeout=0)
    except TimeoutError:
        print("timeout=0 timed out")
    t = asyncio.create_task(work(9))
    await asyncio.sleep(0.01)
    print("done task with timeout 0:", await asyncio.wait_for(t, 0))


async def as_completed_demo():
    order = []
    for next_one in asyncio.as_completed([work(3, 0.03), work(1, 0.01), work(2, 0.02)]):
        order.append(await next_one)
    print("as_completed", order)
    try:
        for next_one in asyncio.as_completed([forever(), work(1)], timeout=0.02):
            print("got", await next_one)
    except TimeoutError:
        print("as_completed timed out")
    coro = work(1)
    try:
        asyncio.as_completed(coro)
    except TypeError as e:
        print(e)
    coro.close()


async def shield_demo():
    inner = asyncio.create_task(work(6, 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    print(await asyncio.shield(work(2)))


async def timeouts_demo():
    try:
        async with asyncio.timeout(0.01) as cm:
            await forever()
    except TimeoutError:
        print("timeout expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("not expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print("none:", cm.when(), repr(cm))
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        print("rescheduled:", cm.when() is not None)
        cm.reschedule(None)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await forever()
    except TimeoutError:
        print("timeout_at expired")
    t = asyncio.timeout(1)
    print(repr(t) if False else "created", end=" ")
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(e)
    # A cancellation from outside is not turned into TimeoutError
    async def inner():
        async with asyncio.timeout(10):
            await forever()
    task = asyncio.create_task(inner())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outside cancellation passes through")
    # Nested timeouts: the inner one fires
    try:
        async with asyncio.timeout(10):
            async with asyncio.timeout(0.01):
                await forever()
    except TimeoutError:
        print("inner timeout fired")


async def taskgroup_demo():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work(1))
        b = tg.create_task(work(2, 0.01))
        print(repr(tg))
    print(a.result(), b.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", 0.01))
            tg.create_task(fail("two", 0.01))
            slow = tg.create_task(forever())
    except* ValueError as eg:
        print("group:", eg.exceptions[0].__class__.__name__, sorted(str(e) for e in eg.exceptions))
        print("slow cancelled:", slow.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg.exceptions[0]))
    tg = asyncio.TaskGroup()
    coro = work(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    async with tg:
        pass
    coro = work(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)


async def registry():
    me = asyncio.current_task()
    others = [asyncio.create_task(forever()) for _ in range(2)]
    await asyncio.sleep(0)
    print(me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    for t in others:
        t.cancel()
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    print(asyncio.current_task(asyncio.get_running_loop()) is me)


async def main():
    for part in (names_and_reprs, cancellation, gathering, waiting, wait_for_demo,
                 as_completed_demo, shield_demo, timeouts_demo, taskgroup_demo, registry):
        print("--", part.__name__)
        await part()


asyncio.run(main())

# Tasks left pending when asyncio.run ends are cancelled
async def leaves_tasks():
    async def endless():
        try:
            await asyncio.sleep(3600)
        finally:
            print("endless cleaned up")
    asyncio.create_task(endless())
    await asyncio.sleep(0)
    return "main done"


print(asyncio.run(leaves_tasks()))
