# The queue module: FIFO, LIFO and priority order, maxsize with Full and Empty (blocking,
# non-blocking, timeouts), task_done()/join() with worker threads, SimpleQueue, and the
# ValueErrors of negative timeouts and extra task_done() calls.
import queue
import threading

q = queue.Queue()
for item in (3, 1, 2):
    q.put(item)
print([q.get() for _ in range(3)], q.empty(), q.qsize())

lifo = queue.LifoQueue()
for item in 'abc':
    lifo.put(item)
print([lifo.get() for _ in range(3)])

prio = queue.PriorityQueue()
for item in [(2, 'two'), (0, 'zero'), (1, 'one'), (0, 'also zero')]:
    prio.put(item)
print([prio.get_nowait() for _ in range(4)])

small = queue.Queue(maxsize=2)
small.put(1)
small.put_nowait(2)
print(small.full(), small.qsize())
for attempt in (lambda: small.put_nowait(3), lambda: small.put(3, timeout=0.01),
                lambda: small.put(3, block=False)):
    try:
        attempt()
    except queue.Full:
        print('Full')
print(small.get(), small.get(), small.empty())
for attempt in (small.get_nowait, lambda: small.get(timeout=0.01), lambda: small.get(False)):
    try:
        attempt()
    except queue.Empty:
        print('Empty')
for attempt in (lambda: small.get(timeout=-1), lambda: small.put(1, timeout=-1)):
    try:
        attempt()
    except ValueError as exc:
        print('ValueError:', exc)
try:
    small.task_done()
    small.task_done()
    small.task_done()
except ValueError as exc:
    print('ValueError:', exc)

# Workers: every item processed once, join() returns when all are done.
work = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            results.append(item * item)
        work.task_done()

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for n in range(100):
    work.put(n)
work.join()
print(len(results), sum(results), work.unfinished_tasks)
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print(work.empty(), all(not t.is_alive() for t in threads))

# A blocked get() is woken by a put() from another thread; a blocked put() by a get().
handoff = queue.Queue(maxsize=1)
got = []
reader = threading.Thread(target=lambda: got.append(handoff.get(timeout=5)))
reader.start()
handoff.put('hello')
reader.join()
handoff.put('first')
writer = threading.Thread(target=lambda: handoff.put('second', timeout=5))
writer.start()
print(got, handoff.get(timeout=5))
writer.join()
print(handoff.get(timeout=5))

simple = queue.SimpleQueue()
simple.put(1)
simple.put_nowait(2)
print(simple.qsize(), simple.get(), simple.get_nowait(), simple.empty())
try:
    simple.get(timeout=0.01)
except queue.Empty:
    print('Empty')
print(queue.Queue[int], sorted(queue.__all__))
