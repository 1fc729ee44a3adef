# Waits that time out: Condition.wait_for, Semaphore.acquire, Barrier.wait, Event.wait,
# Thread.join and Timer, each checked against time.monotonic (never printing times).
import threading
import time


def took_at_least(seconds, start):
    return time.monotonic() - start >= seconds * 0.9


cond = threading.Condition()
with cond:
    start = time.monotonic()
    print(cond.wait_for(lambda: False, 0.05), took_at_least(0.05, start))
    print(cond.wait_for(lambda: 0, 0), cond.wait_for(lambda: [], -1), cond.wait(0.01))

# wait_for with a timeout returns as soon as another thread makes the predicate true.
state = {"ready": False}


def make_ready():
    with cond:
        state["ready"] = True
        cond.notify()


t = threading.Thread(target=make_ready)
with cond:
    t.start()
    print(cond.wait_for(lambda: state["ready"], 30))
t.join()

sem = threading.Semaphore(0)
start = time.monotonic()
print(sem.acquire(timeout=0.05), took_at_least(0.05, start), sem.acquire(True, 0))
t = threading.Thread(target=sem.release)
t.start()
print(sem.acquire(timeout=30))
t.join()

barrier = threading.Barrier(2, timeout=0.05)
start = time.monotonic()
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", barrier.broken, took_at_least(0.05, start))
barrier.reset()
try:
    barrier.wait(0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", barrier.broken)

event = threading.Event()
start = time.monotonic()
print(event.wait(0.05), took_at_least(0.05, start))

blocked = threading.Thread(target=event.wait)
blocked.start()
start = time.monotonic()
blocked.join(0.05)
print(blocked.is_alive(), took_at_least(0.05, start))
event.set()
blocked.join()
print(blocked.is_alive())

fired = []
start = time.monotonic()
timer = threading.Timer(0.05, lambda: fired.append(took_at_least(0.05, start)))
timer.start()
timer.join()
print(fired)

lock = threading.Lock()
lock.acquire()
start = time.monotonic()
print(lock.acquire(timeout=0.05), took_at_least(0.05, start))
lock.release()
