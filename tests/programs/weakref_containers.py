# weakref: proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize and WeakMethod.
import weakref
class C:
    def method(self): return "m"
    def __repr__(self): return "C()"
c = C()
p = weakref.proxy(c)
print(p.method(), repr(p)[:12], type(p).__name__)
d = weakref.WeakValueDictionary()
a, b = C(), C()
d["a"] = a; d["b"] = b
print(sorted(d.keys()), len(d), "a" in d)
del a
print(sorted(d.keys()), len(d), "a" in d, d.get("a"))
k = weakref.WeakKeyDictionary()
x = C(); k[x] = 1
print(len(k), k[x])
del x
print(len(k))
s = weakref.WeakSet()
y = C(); s.add(y); print(len(s), y in s)
del y; print(len(s))
def bye(msg): print("finalized", msg)
z = C()
f = weakref.finalize(z, bye, "z")
print(f.alive)
del z
print(f.alive)
w = C()
wm = weakref.WeakMethod(w.method)
print(wm()(), wm() == w.method)
del w
print(wm())
del c
try: p.method
except ReferenceError as e: print("ReferenceError", e)
print("end")
