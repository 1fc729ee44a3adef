# _weakref._remove_dead_weakref(dict, key): deletes the entry only while it holds a dead weak
# reference, in one step (what WeakValueDictionary's callbacks use, so that a collection on
# another thread never deletes a live value stored under the same key meanwhile).
import _weakref
import weakref


class Thing:
    pass


alive = Thing()
doomed = Thing()
d = {"live": weakref.ref(alive), "dead": weakref.ref(doomed), "plain": 1}
del doomed
_weakref._remove_dead_weakref(d, "live")
_weakref._remove_dead_weakref(d, "dead")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))

# The callback of a value that died after a new value took its key leaves the new one.
wd = weakref.WeakValueDictionary()
first = Thing()
wd["k"] = first
old_ref = wd.data["k"]
second = Thing()
wd["k"] = second
del first
print(len(wd), wd["k"] is second, old_ref() is None)
del second
print(len(wd), list(wd.data))
try:
    _weakref._remove_dead_weakref([], "k")
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref._remove_dead_weakref({"plain": 1}, "plain")
except TypeError as e:
    print("TypeError:", e)
