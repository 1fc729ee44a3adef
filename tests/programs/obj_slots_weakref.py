# Which instances can be weakly referenced: a class without __slots__, one with __weakref__ in
# its __slots__, or a subclass of either; not one whose __slots__ leave it out, nor a subclass
# of int, bytes or tuple. `obj.__weakref__` is the first weak reference to it.
import weakref


class NoWeak:
    __slots__ = ["foo"]


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError", e)


class Weak:
    __slots__ = ["foo", "__weakref__"]


y = Weak()
print(y.__weakref__)
r = weakref.ref(y)
print(r() is y, y.__weakref__ is r)


class D:
    __slots__ = ["__dict__"]


a = D()
print(hasattr(a, "__dict__"), hasattr(a, "__weakref__"))


class W:
    __slots__ = ["__weakref__"]


a = W()
print(hasattr(a, "__weakref__"), hasattr(a, "__dict__"), a.__weakref__)


class C1(W, D):
    __slots__ = []


a = C1()
print(hasattr(a, "__dict__"), hasattr(a, "__weakref__"))


class I(int):
    pass


class T(tuple):
    pass


for value in (I(1), T()):
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError", e)


class S(set):
    __slots__ = ()


class L(list):
    pass


class P:
    pass


p = P()
print(weakref.ref(S()) is not None, weakref.ref(L()) is not None, weakref.ref(p)() is p, p.__weakref__ is not None)


class Sub(NoWeak):
    pass


print(weakref.ref(Sub()) is not None)
for bases in [(Weak,), (P,)]:
    try:
        type("Bad", bases, {"__slots__": ["__weakref__"]})
    except TypeError as e:
        print("TypeError", e)
