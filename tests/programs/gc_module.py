# gc: the module's functions with the collector: callbacks, enable/disable, thresholds and
# automatic collection, counts, get_referrers/get_referents, get_objects, freeze, DEBUG_SAVEALL.
import gc
import weakref

gc.collect()


class Node:
    pass


def cycle(name, freed):
    n = Node()
    n.me = n
    r = weakref.ref(n, lambda r: freed.append(name))
    return r


# callbacks
events = []


def cb(phase, info):
    events.append((phase, sorted(info), info["generation"], info["collected"] if phase == "stop" else None))


gc.callbacks.append(cb)
freed = []
keep = cycle("x", freed)
print(gc.collect())
gc.callbacks.remove(cb)
print(events, freed)

# disable: no automatic collection, explicit ones still work
gc.disable()
freed = []
refs = [cycle(i, freed) for i in range(2000)]
print(gc.isenabled(), len(freed))
print(gc.collect() >= 2000, len(freed))
gc.enable()

# thresholds trigger automatic collections
gc.set_threshold(100)
freed = []
before = gc.get_stats()[0]["collections"]
refs = [cycle(i, freed) for i in range(1000)]
print(len(freed) > 500, gc.get_stats()[0]["collections"] > before)
gc.set_threshold(700, 10, 10)
gc.collect()

# get_count goes up with tracked objects and back to 0 after a collection
gc.collect()
c0 = gc.get_count()[0]
made = [[] for _ in range(50)]
print(gc.get_count()[0] >= c0 + 50, len(gc.get_count()))
gc.collect()
print(gc.get_count())

# referrers and referents
x = Node()
holder = [x]
d = {"key": x}
print(holder in gc.get_referrers(x), any(r is d for r in gc.get_referrers(x)))
print(gc.get_referents([1, x, "s"]) == ["s", x, 1], gc.get_referents((1, 2)))
print(x in gc.get_referents(holder), Node in gc.get_referents(x))
print(any(o is holder for o in gc.get_objects()), any(o is x for o in gc.get_objects()))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError", e)

# freeze: frozen objects are not collected until unfrozen
gc.collect()
freed = []
frozen = cycle("frozen", freed)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.collect()
print(freed)
gc.unfreeze()
print(gc.get_freeze_count())
gc.collect()
print(freed)

# DEBUG_SAVEALL keeps the garbage in gc.garbage
gc.set_debug(gc.DEBUG_SAVEALL)
n = Node()
n.me = n
n.tag = "saved"
del n
gc.collect()
print([getattr(o, "tag", None) for o in gc.garbage if isinstance(o, Node)])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect() >= 0, gc.garbage)
