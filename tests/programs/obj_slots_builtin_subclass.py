# __slots__ on subclasses of builtin types: the values live in the slots, not in a __dict__
# (the instances have none), and no other attribute can be set.
import copy
import weakref


class L(list):
    __slots__ = ("a",)


l = L([1, 2])
l.a = 1
print(getattr(l, "__dict__", "no __dict__"), l.a, l, hasattr(l, "__weakref__"))
try:
    l.b = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(l)
except TypeError as e:
    print("TypeError", e)
del l.a
print(hasattr(l, "a"))
try:
    del l.a
except AttributeError as e:
    print("AttributeError", e)
l.a = [5]
c = copy.copy(l)
print(c, c.a, c.a is l.a, type(c).__name__)
d = copy.deepcopy(l)
print(d, d.a, d.a is l.a)
print(L.a, type(L.a).__name__)


class M(L):
    __slots__ = ("b",)


m = M()
m.a, m.b = 1, 2
print(m.a, m.b, hasattr(m, "__dict__"))
try:
    m.c = 3
except AttributeError as e:
    print("AttributeError", e)


class MyRef(weakref.ref):
    __slots__ = "slot1", "slot2"

    def __new__(cls, ob, callback, slot1, slot2):
        return weakref.ref.__new__(cls, ob, callback)

    def __init__(self, ob, callback, slot1, slot2):
        self.slot1 = slot1
        self.slot2 = slot2


class O:
    pass


o = O()
r = MyRef(o, None, "abc", "def")
print(r.slot1 + r.slot2, hasattr(r, "__dict__"), r() is o)


class S(str):
    __slots__ = ()


class T(tuple):
    __slots__ = ()


print(hasattr(S("x"), "__dict__"), hasattr(T(), "__dict__"))
try:
    S("x").q = 1
except AttributeError as e:
    print("AttributeError", e)


class Plain:
    __slots__ = ("a", "__x")


print(Plain.a, Plain._Plain__x)
