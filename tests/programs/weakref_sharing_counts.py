# Proxies without a callback are shared and every proxy counts in getweakrefcount; the weak
# dictionaries deep-copy the side they hold strongly.
import weakref, copy, gc
class C: pass
o = C()
r1 = weakref.ref(o); r2 = weakref.ref(o, lambda r: None)
print(weakref.getweakrefcount(o))
p1 = weakref.proxy(o); p2 = weakref.proxy(o, lambda p: None)
print(weakref.getweakrefcount(o), weakref.proxy(o) is p1, weakref.proxy(o, None) is p1, p2 is p1)
del r1, r2, p1, p2
gc.collect()
print(weakref.getweakrefcount(o))
def f(): pass
print(weakref.proxy(f) is weakref.proxy(f))
p = weakref.proxy(f); print(weakref.proxy(f) is p)
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'K(%d)' % self.n
ks = [K(1), K(2)]
d = weakref.WeakKeyDictionary({ks[0]: [1], ks[1]: [2]})
d2 = copy.deepcopy(d)
print(sorted((k.n, v) for k, v in d2.items()), d2[ks[0]] is d[ks[0]], d2[ks[0]] == d[ks[0]])
vd = weakref.WeakValueDictionary({(1, [2][0]): ks[0]})
vd2 = copy.deepcopy(vd)
print(list(vd2.items()), vd2[(1, 2)] is ks[0], type(vd2).__name__, type(d2).__name__)
