# gc: cycles that reference counting cannot free, found by gc.collect(): through instance
# dicts, lists, dicts, closures (cells), bound methods, and a class with its instances.
# Freeing is observed through weak reference callbacks and __del__.
import gc
import weakref

gc.collect()
gone = []


def watch(obj, name):
    return weakref.ref(obj, lambda r: gone.append(name))


def report(label):
    n = gc.collect()
    print(label, n, sorted(gone))
    gone.clear()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


# Two instances through their dicts.
a = Node("a")
b = Node("b")
a.other = b
b.other = a
refs = [watch(a, "a"), watch(b, "b")]
del a, b
print("before collect", sorted(gone), [r() is None for r in refs])
report("pair")
print("after collect", [r() is None for r in refs])

# An instance referring to itself.
s = Node("self")
s.other = s
r = watch(s, "self")
del s
report("self")

# A list that contains itself, held by an instance.
holder = Node("holder")
holder.items = [holder]
holder.items.append(holder.items)
r = watch(holder, "holder")
del holder
report("list")

# A dict cycle.
d = Node("dict-owner")
d.table = {"me": d, 1: [d]}
r = watch(d, "dict-owner")
del d
report("dict")


# A closure that refers to itself through its cell.
def make_counter():
    def counter():
        return counter
    return counter


f = make_counter()
r = watch(f, "closure")
del f
report("closure")


# A bound method stored on its own instance.
class Button:
    def click(self):
        return "clicked"


btn = Button()
btn.handler = btn.click
print(btn.handler())
r = watch(btn, "button")
del btn
report("bound method")

# A class whose attribute holds an instance of itself.
def make_class():
    class Local:
        pass
    Local.instance = Local()
    return Local


cls = make_class()
r = watch(cls, "class")
del cls
print("class freed:", gc.collect() > 0, sorted(gone))
gone.clear()

# A longer ring of 100 nodes.
nodes = [Node(i) for i in range(100)]
for i, n in enumerate(nodes):
    n.other = nodes[(i + 1) % 100]
rs = [watch(n, "ring") for n in nodes]
del nodes, n
print("ring", gc.collect(), len(gone), all(r() is None for r in rs))
gone.clear()

# Reachable objects are not touched.
keep = Node("kept")
keep.other = keep
print("kept", gc.collect(), keep.other is keep, keep.name)
