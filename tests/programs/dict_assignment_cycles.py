# A dict that __dict__ assignment replaced, kept while its object lives, is part of the object
# for the cycle collector: a cycle through it is freed.
import gc, weakref
class A: pass
a = A()
a.me = a
a.__dict__          # materialized: the dict holds a
a.__dict__ = {}     # the old dict (holding a) is displaced
r = weakref.ref(a)
del a
gc.collect()
print(r())
class B: pass
b = B(); b.x = 1; d = b.__dict__; b.__dict__ = {'y': 2}
print(d, b.__dict__)
del b; gc.collect(); print(d)

# Without the collector: a replaced dict is freed by the time its object is (CPython frees it
# as soon as the assignment leaves it unreferenced).
class C2: pass
class Probe:
    def __del__(self): print('displaced dict freed')
c = C2(); c.a = 1
d = c.__dict__; d['p'] = Probe(); c.__dict__ = {}
del d
del c; print('after')
