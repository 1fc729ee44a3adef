# asyncio synchronization and queues: Lock, Event, Condition, Semaphore, BoundedSemaphore,
# Barrier, Queue, PriorityQueue, LifoQueue; their states, reprs (without the address) and
# errors, and the order in which waiting tasks are served.
import asyncio


def state(obj):
    # "<asyncio.locks.Lock object at 0x... [unlocked]>" -> "Lock [unlocked]"
    text = repr(obj)
    return type(obj).__name__ + " " + text[text.index("["):-1]


async def lock_demo():
    lock = asyncio.Lock()
    print(state(lock), lock.locked())
    log = []

    async def user(name, hold):
        async with lock:
            log.append(name + " in")
            await asyncio.sleep(hold)
            log.append(name + " out")

    tasks = [asyncio.create_task(user(n, 0.01)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(lock))
    await asyncio.gather(*tasks)
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    print(await lock.acquire(), state(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    print("cancelled waiter:", waiter.cancelled(), state(lock))
    lock.release()
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print(e)


async def event_demo():
    ev = asyncio.Event()
    print(state(ev), ev.is_set())
    woke = []

    async def waiter(i):
        await ev.wait()
        woke.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    await asyncio.gather(*tasks)
    print(woke, state(ev), await ev.wait())
    ev.clear()
    print(ev.is_set())


async def condition_demo():
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((i, items.pop(0)))

    tasks = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    for value in "xyz":
        async with cond:
            items.append(value)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(got, state(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    waiters = [asyncio.create_task(consumer(9)) for _ in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend("ab")
        cond.notify_all()
    await asyncio.gather(*waiters)
    print(sorted(got[3:]))


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    active = []
    peak = [0]

    async def job(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
        return i

    print(await asyncio.gather(*(job(i) for i in range(5))), "peak", peak[0])
    print(state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    print(state(bounded), bounded.locked())
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print(e)


async def barrier_demo():
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    results = []

    async def party(i):
        await asyncio.sleep(i * 0.001)
        index = await barrier.wait()
        results.append(index)

    await asyncio.gather(*(party(i) for i in range(3)))
    print(sorted(results), state(barrier))

    async def lonely():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError as e:
            return "broken: " + str(e)

    t = asyncio.create_task(lonely())
    await asyncio.sleep(0)
    print(barrier.n_waiting)
    await barrier.abort()
    print(await t, barrier.broken, state(barrier))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


async def queue_demo():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize, q.empty(), q.full(), q.qsize())
    await q.put(1)
    q.put_nowait(2)
    print(str(q), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get(), q.get_nowait())
    await putter
    print(await q.get(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("late")
    print(await getter)
    for _ in range(3):
        q.task_done()
    print(str(q))
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    work = asyncio.Queue()
    done = []

    async def worker(name):
        while True:
            item = await work.get()
            done.append((name, item))
            await asyncio.sleep(0.001)
            work.task_done()

    workers = [asyncio.create_task(worker(n)) for n in ("w1", "w2")]
    for i in range(6):
        work.put_nowait(i)
    await work.join()
    print(sorted(item for _, item in done))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "abc":
        await lq.put(item)
    print([await lq.get() for _ in range(3)], str(lq))
    print(asyncio.Queue[int])


async def main():
    for part in (lock_demo, event_demo, condition_demo, semaphore_demo, barrier_demo,
                 queue_demo):
        print("--", part.__name__)
        await part()


asyncio.run(main())

# A primitive is bound to the loop that first made it wait
lock = asyncio.Lock()


async def hold_and_wait():
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await t
    lock.release()


asyncio.run(hold_and_wait())


async def second_loop():
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 1)
    except RuntimeError as e:
        print("RuntimeError", "bound to a different event loop" in str(e))


asyncio.run(second_loop())
