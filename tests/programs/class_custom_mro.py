class B: pass
class M(type):
    def mro(cls):
        return (B,)
try:
    class A(metaclass=M): pass
except TypeError as e: print("1", e)
for ret in ([1], 1, "ab", None):
    class M2(type):
        def mro(self, ret=ret):
            return ret if ret != "self" else [self]
    try:
        class X(object, metaclass=M2): pass
    except TypeError as e: print("2", e)
class M3(type):
    def mro(self):
        return [self, dict, object]
try:
    class X(object, metaclass=M3): pass
except TypeError as e: print("3", e)
class M4(type):
    def mro(self):
        return [self, int, object]
try:
    class X(int, metaclass=M4): pass
    print("4 ok", X.__mro__, X(5))
except TypeError as e: print("4", e)
class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class A: 
    def f(self): return 'A'
class C(A):
    def f(self): return 'C'
class X(C, metaclass=PerverseMetaType): pass
print(X.__mro__, X().f(), X.mro())
class Y(X): pass
print(Y.__mro__)
class M5(type):
    def mro(cls):
        print("mro called", cls.__name__, cls.__mro__)
        return super().mro()
class Z(metaclass=M5): pass
class Z2(Z): pass
Z2.__bases__ = (Z,)
print(Z2.__mro__)
