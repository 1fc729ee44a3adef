class A(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)
class B: pass
class C(B, A): pass
obj = C('D', (object,), {})
try:
    obj.test = True
except TypeError as e:
    print(e)
try:
    object.__setattr__(int, 'x', 1)
except TypeError as e:
    print(e)
try:
    object.__delattr__(B, 'x')
except TypeError as e:
    print(e)
class K: pass
object.__setattr__(K(), 'x', 1)
try:
    object.__setattr__(K, 'x', 1)
except TypeError as e:
    print(e)
type.__setattr__(K, 'y', 2)
print(K.y)
try:
    type.__setattr__(K(), 'y', 2)
except TypeError as e:
    print(e)
import types, sys
m = types.ModuleType("spam")
for op in ("set", "del"):
    try:
        if op == "set":
            m.__dict__ = {}
        else:
            del m.__dict__
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.__dict__ = {}
except AttributeError as e:
    print(e)
class Base: pass
class Meta2(Base, type): pass
class E(metaclass=Meta2): pass
print(type(E.__dict__).__name__)
for f in (lambda: Base.__dict__["__dict__"].__set__(E, {}), lambda: Base.__dict__["__dict__"].__delete__(E)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
class Exception2(Base, Exception):
    pass
for e in (ValueError(), Exception2()):
    try:
        del e.__dict__
    except (TypeError, AttributeError) as x:
        print(type(x).__name__, x)
    e.__dict__ = {'a': 1}
    print(e.a)
class M(type):
    def __setattr__(cls, name, value):
        print("M.__setattr__", name)
        super().__setattr__(name, value)
class Q(metaclass=M): pass
Q.z = 3
print(Q.z)
