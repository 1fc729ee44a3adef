# gc with threads blocked in native waits: a collection must not wait for a thread that sleeps,
# waits on a lock or an event, or reads a pipe (such threads touch no object meanwhile), and the
# blocked threads go on normally afterwards. Without that, each collection would wait for them.
import gc
import os
import threading
import time

gc.collect()


class Node:
    pass


gate = threading.Lock()
gate.acquire()
event = threading.Event()
read_end, write_end = os.pipe()
results = []


def sleeper():
    time.sleep(0.5)
    results.append("slept")


def lock_waiter():
    with gate:
        results.append("got lock")


def event_waiter():
    event.wait()
    results.append("got event")


def reader():
    results.append(os.read(read_end, 5).decode())


threads = [threading.Thread(target=f) for f in (sleeper, lock_waiter, event_waiter, reader)]
for t in threads:
    t.start()
time.sleep(0.05)

start = time.monotonic()
found = 0
for _ in range(10):
    n = Node()
    n.me = n
    del n
    found += gc.collect()
elapsed = time.monotonic() - start
print("found", found)
print("collections did not wait for blocked threads:", elapsed < 2.5)

gate.release()
event.set()
os.write(write_end, b"piped")
for t in threads:
    t.join()
print(sorted(results))
