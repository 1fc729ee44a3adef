# asyncio basics: asyncio.run, the loop's scheduling (call_soon/call_later/call_at order),
# futures, run_until_complete/run_forever/stop/close, the loop functions and their errors.
import asyncio
import contextvars


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print(asyncio.run(add(1, 2)))
show("run(non-coroutine)", lambda: asyncio.run(5))
show("get_running_loop outside", asyncio.get_running_loop)
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
coro = add(1, 1)
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(add))
coro.close()


async def order():
    loop = asyncio.get_running_loop()
    events = []
    loop.call_later(0.02, events.append, "later 0.02")
    loop.call_later(0.01, events.append, "later 0.01")
    loop.call_at(loop.time() + 0.015, events.append, "at 0.015")
    loop.call_soon(events.append, "soon 1")
    h = loop.call_soon(events.append, "cancelled")
    loop.call_soon(events.append, "soon 2")
    h.cancel()
    print("handle cancelled:", h.cancelled(), repr(h))
    await asyncio.sleep(0.05)
    print(events)
    print(loop.is_running(), loop.is_closed(), type(loop.time()).__name__)
    return loop


loop = asyncio.run(order())
print("after run:", loop.is_running(), loop.is_closed())
show("call_soon on closed loop", lambda: loop.call_soon(print))
show("run_until_complete on closed", lambda: loop.run_until_complete(asyncio.sleep(0)))


# Futures
async def futures_demo():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done(), fut.cancelled())
    show("result of pending", fut.result)
    show("exception of pending", fut.exception)
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    print(repr(fut))
    loop.call_later(0.01, fut.set_result, 42)
    print("awaited", await fut)
    print(repr(fut))
    show("set_result twice", lambda: fut.set_result(1))
    show("set_exception after", lambda: fut.set_exception(ValueError()))

    bad = loop.create_future()
    bad.set_exception(ValueError("broken"))
    print(repr(bad), type(bad.exception()).__name__)
    try:
        await bad
    except ValueError as e:
        print("awaiting raised", repr(e))

    cls_exc = loop.create_future()
    cls_exc.set_exception(KeyError)
    print(repr(cls_exc.exception()))
    show("StopIteration", lambda: loop.create_future().set_exception(StopIteration))

    c = loop.create_future()
    print(c.cancel("why"), c.cancel(), c.cancelled(), repr(c))
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    many = loop.create_future()
    for i in range(4):
        many.add_done_callback(print)
    print(repr(many).count("print"), "more" in repr(many))
    print(many.remove_done_callback(print), many.remove_done_callback(print))

    order = []
    d = loop.create_future()
    for i in range(3):
        d.add_done_callback(lambda f, i=i: order.append(i))
    d.set_result(None)
    await asyncio.sleep(0)
    print("callbacks in order", order)
    print(asyncio.isfuture(d), asyncio.isfuture(1), d.get_loop() is loop)
    return "futures done"


print(asyncio.run(futures_demo()))

# A loop driven by hand
loop = asyncio.new_event_loop()
print(repr(loop).split()[1:])
print(loop.run_until_complete(add(2, 3)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))
loop.call_later(0.01, loop.stop)
loop.call_soon(print, "in run_forever")
loop.run_forever()
print("stopped", loop.is_running())
show("stop before future done", lambda: loop.run_until_complete(loop.create_future()) if (loop.call_soon(loop.stop) or True) else None)


async def nested_run():
    show("run inside loop", lambda: asyncio.run(add(1, 1)))
    show("run_until_complete inside", lambda: asyncio.get_running_loop().run_until_complete(asyncio.sleep(0)))
    show("run_forever inside", lambda: asyncio.get_running_loop().run_forever())
    show("close running", lambda: asyncio.get_running_loop().close())


c = nested_run()
loop.run_until_complete(c)
loop.close()
loop.close()
print("closed twice", loop.is_closed())

# set_event_loop / get_event_loop
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
show("set_event_loop(1)", lambda: asyncio.set_event_loop(1))
asyncio.set_event_loop(None)
loop2.close()

# Contexts: callbacks run in the context given, tasks in a copy of the creator's
var = contextvars.ContextVar("var", default="default")


async def ctx_demo():
    loop = asyncio.get_running_loop()
    var.set("main")
    ctx = contextvars.copy_context()
    ctx.run(var.set, "copied")
    loop.call_soon(lambda: print("soon sees", var.get()))
    loop.call_soon(lambda: print("soon in ctx sees", var.get()), context=ctx)

    async def child():
        print("child sees", var.get())
        var.set("child")
        return var.get()

    t = asyncio.create_task(child())
    print(await t, "main still", var.get())
    t2 = asyncio.create_task(child(), context=ctx)
    print(await t2, "ctx now", ctx[var])


asyncio.run(ctx_demo())


# Errors in callbacks go to the exception handler
async def handler_demo():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, context: seen.append(
        (context["message"].split(" at ")[0], type(context.get("exception")).__name__)))

    def boom():
        raise RuntimeError("in callback")

    loop.call_soon(boom)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})
    print(seen)
    print(loop.get_exception_handler() is not None)
    show("bad handler", lambda: loop.set_exception_handler(5))
    loop.set_exception_handler(None)


asyncio.run(handler_demo())
show("call_later None", lambda: asyncio.new_event_loop().call_later(None, print))
