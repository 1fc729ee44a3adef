# classmethod/staticmethod copy the wrapped callable's attributes into their __dict__; member
# descriptors' __get__/__set__/__delete__; __get__ with an owner that is not a class.
def f(x):
    "f docs"
    return x
cm = classmethod(f); print(cm.__dict__)
sm = staticmethod(f); print(sm.__dict__, sm.__name__, sm.__wrapped__ is f, cm.__func__ is f)
sm2 = staticmethod(max); print(sorted(sm2.__dict__))
cm.x = 1; print(cm.__dict__["x"], f.__dict__)
sm.__doc__ = "changed"; print(sm.__doc__, f.__doc__)
print(classmethod(f).__isabstractmethod__)
class C:
    @staticmethod
    def g(): pass
    @classmethod
    def h(cls): return cls
print(C.__dict__["g"].__name__, C.__dict__["g"].__qualname__, C.h(), C().h())
class A:
    __slots__ = ("a",)
class U: pass
d = A.__dict__["a"]
for call in (lambda: d.__set__(U(), 3), lambda: d.__get__(U()), lambda: d.__delete__(U()), lambda: d.__get__(A()), lambda: d.__delete__(A())):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
x = A(); d.__set__(x, 5); print(d.__get__(x), d.__get__(None, A) is d, x.a); d.__delete__(x); print(hasattr(x, "a"))
def spam(self): return 42
class I: pass
class M: pass
print(spam.__get__(I(), M())(), spam.__get__(None, M()) is spam, classmethod(spam).__get__(None, M()).__self__.__class__.__name__)
try: spam.__get__(None, None)
except TypeError as e: print(e)
