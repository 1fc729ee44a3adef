# Threads read attributes and call methods through the same instructions while another thread
# keeps replacing the class's method and class attribute: every read sees one of the values
# the class had, and nothing crashes (the per-instruction cache's records are not used once a
# second thread runs; see site_cache).
import threading


class Shape:
    kind = 0

    def __init__(self):
        self.x = 1

    def method(self):
        return 0


def reader(shape, seen, stop):
    while not stop.is_set():
        for _ in range(200):
            seen.add((shape.method(), shape.kind, shape.x))


def writer(rounds):
    for i in range(rounds):
        value = i % 5
        Shape.method = lambda self, value=value: value
        Shape.kind = value


shape = Shape()
# Make the caches fill while only one thread runs.
for _ in range(100):
    shape.method(), shape.kind, shape.x
stop = threading.Event()
seen_sets = [set(), set()]
readers = [threading.Thread(target=reader, args=(shape, seen, stop)) for seen in seen_sets]
for t in readers:
    t.start()
w = threading.Thread(target=writer, args=(20000,))
w.start()
w.join()
stop.set()
for t in readers:
    t.join()
seen = set().union(*seen_sets)
print(all(m in range(5) and k in range(5) and x == 1 for m, k, x in seen))
Shape.method = lambda self: "final"
Shape.kind = "final kind"
print(shape.method(), shape.kind, shape.x)
