# Dropping a container of many objects whose class defines __del__ (or that have weak
# reference callbacks) runs every finalizer, in CPython's order, without recursing once per
# object.
import weakref


class Noisy:
    finalized = 0

    def __init__(self, n):
        self.n = n

    def __del__(self):
        Noisy.finalized += 1


items = [Noisy(i) for i in range(20000)]
del items
print("finalized", Noisy.finalized)


class Plain:
    pass


seen = []
objects = [Plain() for _ in range(20000)]
refs = [weakref.ref(o, lambda r: seen.append(r)) for o in objects]
del objects
print("callbacks", len(seen), all(r() is None for r in refs))


# A finalizer that drops more objects with finalizers: they run too.
class Parent:
    order = []

    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __del__(self):
        Parent.order.append(self.name)
        self.children.clear()


tree = Parent("root", [Parent(f"child{i}", [Parent(f"grandchild{i}")]) for i in range(3)])
del tree
print(Parent.order)


# Finalizers of a chain: each drops the next.
class Link:
    count = 0

    def __init__(self, next_link):
        self.next_link = next_link

    def __del__(self):
        Link.count += 1


chain = None
for _ in range(5000):
    chain = Link(chain)
del chain
print("links", Link.count)
