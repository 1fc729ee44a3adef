# What the lookup caches found does not outlive its class attribute or global (gc.collect()
# lets go of it, so weak references to a deleted method or function die), WeakMethod death by
# its function, weakref.ref's argument checks, and the plain shared reference listed first.
import gc
import weakref


class C:
    def m(self):
        return 'm'


o = C()
for _ in range(3):
    o.m()
    C.m
calls = []
r = weakref.WeakMethod(o.m, calls.append)
f = weakref.ref(C.m)
del C.m
gc.collect()
print('method dead', r() is None, f() is None, calls == [r])


def g():
    return 'g'


for _ in range(3):
    g()
gref = weakref.ref(g)
del g
gc.collect()
print('global dead', gref() is None)


class Target:
    pass


t = Target()
for args, kwargs in [((t,), {'callback': None}), ((), {}), ((t, None, 3), {})]:
    try:
        weakref.ref(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
plain = weakref.ref(t)
for args in [(0, 0, 0, 0, 0), ()]:
    try:
        plain.__init__(*args)
    except TypeError as e:
        print('TypeError', e)
plain.__init__(t, None)


class MyRef(weakref.ref):
    pass


u = Target()
r1 = MyRef(u)
r2 = weakref.ref(u)
r3 = MyRef(u)
refs = weakref.getweakrefs(u)
print(r1 is not r2, refs[0] is r2, len(refs), weakref.getweakrefcount(u), weakref.ref(u) is r2)
