# obj.__dict__ = d makes d the object's namespace itself (Borg, AttrDict, functions, exceptions,
# slots with __dict__), del obj.__dict__ gives a fresh one, attribute caches follow, and cycles
# through the dict slot (self.__dict__ = self) are collected.
import gc, weakref
class Borg:
    _shared = {}
    def __init__(self):
        self.__dict__ = self._shared
a, b = Borg(), Borg()
a.x = 1
print(b.x, a.__dict__ is b.__dict__ is Borg._shared)
class P:
    def __init__(self, v):
        self.v = v
        self.w = v * 2
    def total(self):
        return self.v + self.w
ps = [P(i) for i in range(5)]
print([p.total() for p in ps])
for _ in range(3):
    for p in ps:
        p.total()
ps[2].__dict__ = {'v': 100, 'w': 1}
print([p.total() for p in ps])
old = ps[3].__dict__
ps[3].__dict__ = {'v': -1, 'w': -1}
print(old, ps[3].total(), [p.v for p in ps])
del ps[4].__dict__
print(ps[4].__dict__, hasattr(ps[4], 'v'))
ps[4].v = 7
print(ps[4].__dict__)
shared = {'v': 0, 'w': 0}
ps[0].__dict__ = shared
del ps[0].__dict__
print(shared, ps[0].__dict__)
class D(dict): pass
q = P(1)
q.__dict__ = D(v=5, w=6)
print(type(q.__dict__).__name__, q.total())
e = ValueError('x')
e.__dict__ = {'note': 1}
print(e.note, e.__dict__)
class S:
    __slots__ = ('a', '__dict__')
s = S(); s.a = 1; s.b = 2
s.__dict__ = {'c': 3}
print(s.a, s.c, hasattr(s, 'b'), s.__dict__)
class Node:
    def __init__(self): self.__dict__ = {'me': self}
n = Node(); r = weakref.ref(n); del n; gc.collect(); print(r())
class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self
ad = AttrDict(k=1); ad.j = 2; print(ad, ad.k, ad.j)
w = weakref.ref(ad); del ad; gc.collect(); print(w())
def f(): pass
f.__dict__ = D(z=1)
print(type(f.__dict__).__name__, f.z)
for bad in [1, None, [('a', 1)]]:
    try: P(1).__dict__ = bad
    except TypeError as ex: print(ex)
class X(dict):
    def __init__(self):
        dict.__init__(self)
        self.__dict__ = self
x = X()
x.attr = 42
wr = weakref.ref(x)
del x
gc.collect()
print(wr())
print([type(o) for o in gc.get_objects() if type(o) is X])
