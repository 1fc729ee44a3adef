# gc with threads: several threads make reference cycles while collections run (automatic and
# explicit, from any thread); another thread sleeps and one waits on a lock meanwhile. Every
# cycle is freed and nothing that is still used disappears.
import gc
import threading
import time
import weakref

gc.collect()


class Node:
    def __init__(self, worker, i):
        self.worker = worker
        self.i = i
        self.other = None


freed = [0] * 4
freed_lock = threading.Lock()
errors = []
# The weak references outlive their workers, so that every callback runs.
refs = [[] for _ in range(4)]
gate = threading.Lock()
gate.acquire()


def note(worker):
    def done(r):
        with freed_lock:
            freed[worker] += 1
    return done


def work(worker, rounds):
    kept = []
    for i in range(rounds):
        a = Node(worker, i)
        b = Node(worker, i)
        a.other = b
        b.other = a
        refs[worker].append(weakref.ref(a, note(worker)))
        if i % 10 == 0:
            keep = Node(worker, i)
            keep.other = keep
            kept.append(keep)
        if i % 500 == 0:
            gc.collect()
    for k in kept:
        if k.other is not k or k.worker != worker:
            errors.append(("kept node broken", worker, k.i))


def sleeper():
    time.sleep(0.2)


def waiter():
    with gate:
        pass


threads = [threading.Thread(target=work, args=(w, 3000)) for w in range(4)]
threads.append(threading.Thread(target=sleeper))
threads.append(threading.Thread(target=waiter))
for t in threads:
    t.start()
for t in threads[:4]:
    t.join()
gate.release()
for t in threads[4:]:
    t.join()
gc.collect()
print("errors:", errors)
print("freed:", freed)
