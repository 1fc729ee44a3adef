# asyncio with threads: to_thread, run_in_executor, call_soon_threadsafe,
# run_coroutine_threadsafe, concurrent.futures.ThreadPoolExecutor, add_reader/add_writer on a
# pipe, and context variables across threads.
import asyncio
import concurrent.futures
import contextvars
import os
import threading
import time

request = contextvars.ContextVar("request", default="none")


def blocking(x, delay=0.01):
    time.sleep(delay)
    return x * 2, threading.current_thread() is not threading.main_thread(), request.get()


def explode():
    raise ValueError("in thread")


async def executor_demo():
    request.set("req-1")
    print(await asyncio.to_thread(blocking, 5))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 6))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    print([r[0] for r in results])
    try:
        await asyncio.to_thread(explode)
    except ValueError as e:
        print("to_thread raised", e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        fut = loop.run_in_executor(pool, blocking, 7)
        print(type(fut).__name__, await fut)


async def threadsafe_demo():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from a thread")

    t = threading.Thread(target=from_thread)
    t.start()
    print(await fut)
    t.join()

    async def compute(x):
        await asyncio.sleep(0.01)
        return x + 1

    answers = []

    def submitter():
        cf = asyncio.run_coroutine_threadsafe(compute(41), loop)
        answers.append(cf.result(timeout=5))

    t = threading.Thread(target=submitter)
    t.start()
    while not answers:
        await asyncio.sleep(0.01)
    t.join()
    print("run_coroutine_threadsafe:", answers)


async def pipe_demo():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = loop.create_future()

    def readable():
        data = os.read(r, 100)
        loop.remove_reader(r)
        got.set_result(data)

    loop.add_reader(r, readable)
    writable = loop.create_future()
    loop.add_writer(w, lambda: (loop.remove_writer(w), writable.set_result("writable")))
    print(await writable)
    threading.Thread(target=lambda: (time.sleep(0.01), os.write(w, b"ping"))).start()
    print(await got)
    print(loop.remove_reader(r), loop.remove_writer(w))
    os.close(r)
    os.close(w)


def pool_demo():
    with concurrent.futures.ThreadPoolExecutor(max_workers=3, thread_name_prefix="p") as pool:
        futs = [pool.submit(pow, 2, i) for i in range(5)]
        print([f.result() for f in futs])
        print(list(pool.map(lambda x: x * x, range(5))))
        bad = pool.submit(explode)
        try:
            bad.result()
        except ValueError as e:
            print("result raised", e, type(bad.exception()).__name__)
        done, not_done = concurrent.futures.wait(futs + [bad])
        print(len(done), len(not_done))
        slow = pool.submit(time.sleep, 0.05)
        quick = pool.submit(time.sleep, 0.001)
        first = next(concurrent.futures.as_completed([slow, quick]))
        print("first finished is quick:", first is quick)
        done, not_done = concurrent.futures.wait([slow], timeout=0.001)
        print("timed wait:", len(done), len(not_done))
        try:
            slow.result(timeout=0.001)
        except concurrent.futures.TimeoutError:
            print("TimeoutError", concurrent.futures.TimeoutError is TimeoutError)
        names = pool.submit(lambda: threading.current_thread().name.startswith("p_")).result()
        print("thread names:", names)
    try:
        pool.submit(print)
    except RuntimeError as e:
        print(e)
    f = concurrent.futures.Future()
    print(f.cancel(), f.cancelled(), f.done(), f.running())
    try:
        f.result()
    except concurrent.futures.CancelledError:
        print("CancelledError")
    g = concurrent.futures.Future()
    g.set_result(3)
    try:
        g.set_result(4)
    except concurrent.futures.InvalidStateError:
        print("InvalidStateError")
    g.add_done_callback(lambda fut: print("callback got", fut.result()))
    try:
        concurrent.futures.ThreadPoolExecutor(max_workers=0)
    except ValueError as e:
        print(e)


async def main():
    for part in (executor_demo, threadsafe_demo, pipe_demo):
        print("--", part.__name__)
        await part()


asyncio.run(main())
print("--", "pool_demo")
pool_demo()
print("main context still", request.get())
