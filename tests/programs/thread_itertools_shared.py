# itertools iterators shared between threads: a count hands out each number once, and chain,
# cycle, islice and tee keep working (no deadlock, no lost or invented items) when several
# threads advance them.
import itertools
import threading

counter = itertools.count()
taken = [[] for _ in range(4)]


def take(slot):
    for _ in range(2000):
        taken[slot].append(next(counter))


threads = [threading.Thread(target=take, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(x for part in taken for x in part)
print(len(everything), everything == list(range(8000)), next(counter))

for make in [lambda: itertools.chain(range(3000), range(3000)), lambda: itertools.islice(itertools.cycle(range(7)), 6000),
             lambda: itertools.accumulate(itertools.repeat(1, 6000)), lambda: itertools.zip_longest(range(6000), ())]:
    shared = make()
    got = [[] for _ in range(3)]
    lock = threading.Lock()

    def drain(slot):
        for item in shared:
            got[slot].append(item)

    threads = [threading.Thread(target=drain, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(type(shared).__name__, sum(len(g) for g in got))

a, b = itertools.tee(range(5000))
results = {}


def read(name, it):
    results[name] = sum(it)


threads = [threading.Thread(target=read, args=("a", a)), threading.Thread(target=read, args=("b", b))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results["a"] == results["b"] == sum(range(5000)) or sorted(results.items()))
