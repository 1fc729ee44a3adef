# threading's Lock, RLock, Condition, Semaphore, BoundedSemaphore and Event, used by several
# threads at once, and their errors.
import threading


def start_all(threads):
    for t in threads:
        t.start()
    return threads


def join_all(threads):
    for t in threads:
        t.join()


# Lock and RLock: many threads increment one counter.
lock = threading.Lock()
rlock = threading.RLock()
box = {"lock": 0, "rlock": 0}


def increment(times):
    for _ in range(times):
        with lock:
            box["lock"] += 1
        with rlock:
            with rlock:
                box["rlock"] += 1


join_all(start_all([threading.Thread(target=increment, args=(2000,)) for _ in range(4)]))
print(box, lock.locked(), lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(rlock.acquire(), rlock.acquire(), rlock._is_owned())
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition: a producer hands items to consumers through a list.
cond = threading.Condition()
items = []
consumed = []
DONE = object()


def consume():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
            if item is DONE:
                return
            consumed.append(item)


consumers = start_all([threading.Thread(target=consume) for _ in range(3)])
for i in range(300):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.extend([DONE] * 3)
    cond.notify_all()
join_all(consumers)
print(len(consumed), sorted(consumed) == list(range(300)), items)

# notify(n) wakes the n oldest waiters; notify_all the rest.
cond = threading.Condition(threading.Lock())
arrived = []
woken = []
all_waiting = threading.Event()
two_woken = threading.Event()


def waiter(k):
    with cond:
        arrived.append(k)
        if len(arrived) == 5:
            all_waiting.set()
        cond.wait()
        woken.append(k)
        if len(woken) == 2:
            two_woken.set()


waiters = start_all([threading.Thread(target=waiter, args=(k,)) for k in range(5)])
all_waiting.wait()
with cond:  # free only once the fifth waiter waits
    cond.notify(2)
two_woken.wait()
with cond:
    print(sorted(woken) == sorted(arrived[:2]), len(woken))
    cond.notify_all()
join_all(waiters)
print(sorted(woken))

# Waits that time out, and the errors of un-acquired locks.
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait(-1), cond.wait_for(lambda: 7))
for c in (threading.Condition(), threading.Condition(threading.Lock())):
    for action in (c.wait, c.notify, c.notify_all, lambda: c.wait_for(lambda: True)):
        try:
            action()
        except RuntimeError as e:
            print("RuntimeError:", e)
rl = threading.RLock()
c = threading.Condition(rl)
held_elsewhere = []


def try_notify():
    try:
        c.notify()
    except RuntimeError as e:
        held_elsewhere.append(str(e))


with c:
    t = threading.Thread(target=try_notify)
    t.start()
    t.join()
print(held_elsewhere, c._is_owned())
# A Condition over an RLock held twice releases it fully while waiting.
with c:
    with c:
        print(c.wait(0.01), rl._is_owned())
print(rl._is_owned())

# Semaphore: at most 2 threads inside at once.
sem = threading.Semaphore(2)
inside = [0, 0]  # now, most
guard = threading.Lock()


def limited():
    for _ in range(200):
        with sem:
            with guard:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
            with guard:
                inside[0] -= 1


join_all(start_all([threading.Thread(target=limited) for _ in range(4)]))
print(inside[0], 1 <= inside[1] <= 2)
sem = threading.Semaphore(0)
print(sem.acquire(False), sem.acquire(blocking=False))
sem.release(3)
print(sem.acquire(), sem.acquire(False), sem.acquire(), sem.acquire(False))
for action in (lambda: threading.Semaphore(-1), lambda: sem.release(0), lambda: sem.acquire(False, 1)):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)

# A semaphore released by other threads wakes a waiting one.
sem = threading.Semaphore(0)
releasers = start_all([threading.Thread(target=sem.release) for _ in range(3)])
print(sem.acquire(), sem.acquire(), sem.acquire())
join_all(releasers)

# BoundedSemaphore.
bs = threading.BoundedSemaphore(2)
print(bs.acquire(), bs.acquire(), bs.acquire(False))
bs.release()
bs.release()
for action in (bs.release, lambda: threading.BoundedSemaphore(1).release(1)):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
bs.acquire()
try:
    bs.release(2)
except ValueError as e:
    print("ValueError:", e)
bs.release(1)
print(isinstance(bs, threading.Semaphore))

# Event: waiting threads all go once it is set.
event = threading.Event()
print(event.is_set(), event.wait(0), event.wait(0.01))
passed = []


def pass_event(k):
    passed.append((k, event.wait()))


gate = start_all([threading.Thread(target=pass_event, args=(k,)) for k in range(4)])
event.set()
join_all(gate)
print(sorted(passed), event.is_set(), event.wait(), event.wait(0))
event.clear()
print(event.is_set(), event.wait(0.01))
