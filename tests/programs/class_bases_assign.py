class C: pass
class C2:
    def meth(self): return 1
class D(C): pass
class E(D): pass
d, e = D(), E()
D.__bases__ = (C2,)
print(d.meth(), e.meth(), D.__mro__, E.__mro__, C2.__subclasses__(), C.__subclasses__())
def attempt(cls, value, delete=False):
    try:
        if delete:
            del cls.__bases__
        else:
            cls.__bases__ = value
        print("ok", cls.__bases__)
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
attempt(D, None, True)
attempt(D, ())
attempt(D, [C])
attempt(D, (D,))
attempt(D, (E,))
attempt(D, (C, C))
attempt(D, (1,))
attempt(int, (object,))
class L(list): pass
attempt(L, (dict,))
attempt(L, (object,))
class S:
    __slots__ = ('a',)
class T:
    __slots__ = ('a',)
class U(S): pass
attempt(U, (T,))
class V:
    __slots__ = ('b',)
attempt(U, (V,))
class A(object): pass
class B(object): pass
class CC(A, B): pass
class DD(A, B): pass
class EE(CC, DD): pass
attempt(CC, (B, A))
print(CC.__mro__)
class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        self.flag += 1
        return type.mro(self)
class P: pass
class P2: pass
class Q(P): pass
class R(Q): pass
class F(Q, metaclass=WorkOnce): pass
before = R.__mro__, Q.__mro__
try:
    Q.__bases__ = (P2,)
except RuntimeError as ex:
    print("RuntimeError", ex, (R.__mro__, Q.__mro__) == before, Q.__bases__)
class Base:
    def f(self): return "Base"
class Base2:
    def f(self): return "Base2"
class K(Base): pass
k = K()
print(k.f())
K.__bases__ = (Base2,)
print(k.f(), K.__base__, K.mro())
