# _weakref: which objects can be weakly referenced, shared plain refs, callbacks (newest first),
# hashes that outlive the object, equality, and subclasses of ref.
import _weakref as weakref
class C: pass
class L(list): pass
def f(): pass
for o in [C(), L(), f, C, {1}, frozenset(), len, (x for x in []), f.__code__, weakref, C().__init__, property(), 1, 'a', (), [], {}, None, b'', 1.0, object(), type, iter([])]:
  try: weakref.ref(o); print(type(o).__name__, 'yes')
  except TypeError as e: print(type(o).__name__, e)
c=C(); r=weakref.ref(c); print(r is weakref.ref(c), r == weakref.ref(c), weakref.getweakrefcount(c))
print(repr(r)[:10], r.__callback__, r() is c)
def cb(ref): print("callback", ref is r2, ref())
r2 = weakref.ref(c, cb); print(r2 is r, weakref.getweakrefcount(c), r2 == r, len(weakref.getweakrefs(c)))
h = hash(r)
del c
print(r(), repr(r)[-6:], hash(r) == h)
r3 = weakref.ref(C())
try: hash(r3)
except TypeError as e: print(e)
print(weakref.ref, weakref.ReferenceType)
try: weakref.ref()
except TypeError as e: print(e)
try: weakref.ref(1, 2, 3)
except TypeError as e: print(e)
class Keyed(weakref.ref):
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
        self.key = key
try:
    Keyed(C(), None, "key")
except TypeError as e:
    print("TypeError", e)
class Keyed(weakref.ref):
    def __new__(cls, ob, callback, key):
        return weakref.ref.__new__(cls, ob, callback)
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
        self.key = key
d = C()
k = Keyed(d, lambda r: print("keyed gone", r.key), "the key")
print(k.key, k() is d, type(k).__name__, isinstance(k, weakref.ref))
del d
print("end")
