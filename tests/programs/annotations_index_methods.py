# __annotations__ of classes (their own, created empty on first access) and modules; __index__
# returning an int subclass warns; bound methods hash by identity of self and their function.
class C: pass
print(C.__annotations__, C.__dict__['__annotations__'])
class A:
    attr: int
class B(A): pass
print(B.__annotations__, A.__annotations__)
try: int.__annotations__
except AttributeError as e: print(e)
import types
m = types.ModuleType("m"); print(m.__annotations__, "__annotations__" in m.__dict__)
class D:
    x: str = "a"
del D.__annotations__
print(D.__annotations__)
class MyInt(int): pass
class I:
    def __index__(self): return MyInt(7)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print([0, 1, 2, 3, 4, 5, 6, 7, 8][I()], w[0].category.__name__, w[0].message)
class A:
    def f(self): pass
    def __hash__(self): return 5
    def __eq__(self, o): return True
a1 = A(); a2 = A()
print(hash(a1.f) == hash(a1.f), a1.f == a1.f, a1.f == a2.f, a1.f != a2.f, {a1.f: 1}[a1.f])
