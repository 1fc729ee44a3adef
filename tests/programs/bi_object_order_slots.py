# object has __lt__, __le__, __gt__ and __ge__ (slot wrappers saying NotImplemented), and
# comparisons still fall back to the other operand or raise TypeError.
import functools

for name in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"):
    print(name, hasattr(object, name), name in object.__dict__, type(object.__dict__[name]).__name__)
o, p = object(), object()
print(o.__lt__(p), o.__ge__(1), object.__le__(o, p), o.__eq__(o), o.__ne__(p))
print(repr(object.__lt__)[:34])
try:
    object.__lt__(o)
except TypeError as e:
    print("TypeError:", e)
try:
    o < p
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B:
    def __gt__(self, other):
        return "B.__gt__"


print(A() < B(), B() > A())
try:
    A() <= A()
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([V(3), V(1), V(2)], key=lambda v: v).__len__(), [v.v for v in sorted([V(3), V(1), V(2)])])
print(A.__lt__ is object.__lt__, sorted(n for n in dir(A) if n in ("__lt__", "__ge__")))


class C(int):
    pass


print(C(1) < C(2), C(3).__lt__(2), max(C(1), C(5)))
