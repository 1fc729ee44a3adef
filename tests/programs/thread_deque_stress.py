# collections.deque shared by four threads that append and pop at both ends at once: nothing
# is lost or duplicated, and iterating while others change it raises the deque's RuntimeError
# or sees a consistent run.
import threading
from collections import deque

N = 20000
d = deque()
popped = [[] for _ in range(4)]


def worker(k):
    for i in range(N):
        if i % 2:
            d.append((k, i))
        else:
            d.appendleft((k, i))
        if i % 3 == 0:
            try:
                popped[k].append(d.pop() if k % 2 else d.popleft())
            except IndexError:
                pass


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = list(d) + [x for p in popped for x in p]
print(len(everything), len(set(everything)), len(everything) == 4 * N)

# a bounded deque keeps exactly maxlen items
b = deque(maxlen=100)


def fill(k):
    for i in range(N):
        b.append(i)


threads = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(b))

# readers iterate while writers rotate
d = deque(range(100))
stop = threading.Event()
outcomes = set()


def rotator():
    while not stop.is_set():
        d.rotate(1)


def reader():
    for _ in range(200):
        try:
            seen = list(d)
            outcomes.add('list' if sorted(seen) == list(range(100)) else 'bad list')
        except RuntimeError as e:
            outcomes.add(str(e))
        try:
            outcomes.add('count ok' if d.count(5) == 1 else 'bad count')
        except RuntimeError as e:
            outcomes.add(str(e))


r = threading.Thread(target=rotator)
r.start()
readers = [threading.Thread(target=reader) for _ in range(3)]
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.set()
r.join()
# Whether a reader got through depends on timing: only the wrong outcomes are printed.
print(sorted(outcomes - {'deque mutated during iteration', 'list', 'count ok'}), sorted(d) == list(range(100)))
