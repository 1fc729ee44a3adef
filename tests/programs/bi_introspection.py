# type, isinstance, issubclass, getattr/setattr/hasattr/delattr, callable, id (identity only).
class A:
    x = 1

    def m(self):
        return "m"


a = A()
print(type(a) is A, type(A) is type, type(5).__name__, type("").__name__, type(None).__name__)
print(isinstance(a, A), isinstance(a, object), issubclass(A, object), issubclass(bool, int))
print(getattr(a, "x"), getattr(a, "m")(), getattr(a, "nope", None), getattr(A, "m")(a))
setattr(a, "y", 2)
print(a.y, hasattr(a, "y"), hasattr(A, "y"))
delattr(a, "y")
print(hasattr(a, "y"))
print(callable(a.m), callable(A), callable(a), callable(len), callable(lambda: 0), callable("s"))
b = a
print(id(a) == id(b), id(a) == id(A()), a is b)
lst = [1]
print(id(lst) == id(lst), id(lst) != id([1]))
print(type(print).__name__, type(len).__name__, type(A.m).__name__, type(a.m).__name__, type(lambda: 0).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type([].append).__name__, type(object.__init__).__name__)
print(type(type).__name__, type(object).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type(range(1)).__name__, type(...).__name__)
print(len("abc"), len([1, 2]), len({1: 2}), len(range(10)), len(b"xy"), len(set()), len(frozenset([1])))
try:
    getattr(a, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(a, None)
except TypeError as e:
    print(type(e).__name__, e)
print(type(3.0) == float, type(True) == int, isinstance(True, (str, int)))
print(repr(type(a)).startswith("<class '"), repr(int), repr(type), repr(len), repr(None.__class__))
