# super(C) unbound and bound by __get__, super() over proxies' __class__, the abstract isinstance/
# issubclass protocol (__bases__ and __class__), int subclasses repeating sequences, classmethod
# __new__, bound native methods' equality, hash and repr.
class C:
    pass
s=super(C); print(repr(s), s.__self__, s.__self_class__, s.__thisclass__)
for args in ((int,int,int),):
    try: super(*args)
    except TypeError as e: print(e)
try: super(int, kw=1)
except TypeError as e: print(e)
print(s.__get__(None, C) is s, s.__get__(C(), C))
try: s.foo
except AttributeError as e: print(e)
class A:
    def meth(self, a): return "A(%r)" % a
class B(A):
    def meth(self, a): return "B(%r)" % a + self.__super.meth(a)
B._B__super = super(B)
print(B().meth(3))
class P:
    def __init__(self, o): self.o = o
    def __getattribute__(self, n):
        if n == '__class__': return B
        return object.__getattribute__(self, n)
print(super(B, P(1)).meth(4))
class FakeStr:
    __class__ = str
print(isinstance(FakeStr(), str), FakeStr().__class__)
class AbstractClass:
    def __init__(self, bases): self.bases = bases
    def getbases(self): return self.bases
    __bases__ = property(getbases)
    def __call__(self): return AbstractInstance(self)
class AbstractInstance:
    def __init__(self, klass): self.klass = klass
    def getclass(self): return self.klass
    __class__ = property(getclass)
AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
print(isinstance(AbstractChild(), AbstractSuper), issubclass(AbstractChild, AbstractSuper), isinstance(AbstractSuper(), AbstractChild))
try: isinstance(1, 3)
except TypeError as e: print(e)
try: issubclass(3, int)
except TypeError as e: print(e)
try: issubclass(int, 3)
except TypeError as e: print(e)
class I(int): pass
print(I(2)*"a", "a"*I(3), [1]*I(2), (1,)*I(2), b"x"*I(2))
class N:
    def __new__(cls, *a): return (cls, *a)
    __new__ = classmethod(__new__)
print(N(1, 2)[1:])
l=[]
print(l.append == l.append, l.__add__ == l.__add__, hash(l.append)==hash(l.append), l.append != [].append, l.append == l.extend)
print(repr(object().__init__)[:30], repr([].__add__)[:28])
import types
class MyCallable:
    def __call__(self, arg): pass
func = MyCallable()
m = types.MethodType(func, 5)
print(repr(m)); func.__name__ = "name"; print(repr(m)); func.__qualname__ = "q"; print(repr(m))
