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
