# gc: __del__ of objects in cycles (PEP 442): run once per object by the collector, resurrection
# keeps an object (and what it reaches) alive, and a resurrected object's __del__ never runs
# again. gc.is_finalized tells.
import gc

gc.collect()
log = []


class Finalized:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append("del " + self.name)


a = Finalized("a")
b = Finalized("b")
a.other = b
b.other = a
del a, b
print(gc.collect(), sorted(log))
log.clear()
print(gc.collect(), log)

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
        self.payload = [name, "data"]

    def __del__(self):
        log.append("del " + self.name)
        saved.append(self)


p = Phoenix("p")
print(gc.is_finalized(p))
del p
print("first", gc.collect() >= 0, log)
log.clear()
print(len(saved), saved[0].name, saved[0].me is saved[0], saved[0].payload, gc.is_finalized(saved[0]))
saved.clear()
print("again", gc.collect(), log)

# Refcount-freed objects still finalize at once (no collection needed).
class Quick:
    def __del__(self):
        print("quick del")


q = Quick()
del q
print("after quick")


# An object finalized by reference counting and resurrected is not finalized again by the
# collector.
class Once:
    def __del__(self):
        print("once del")
        keep.append(self)


keep = []
o = Once()
del o
o = keep.pop()
o.me = o
print(gc.is_finalized(o))
del o
print(gc.collect(), keep)
