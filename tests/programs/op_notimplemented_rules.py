# NotImplemented handling, subclass-first reflected dispatch, and unsupported operand messages.
class A:
    def __add__(self, other):
        print("  A.__add__")
        return NotImplemented

    def __radd__(self, other):
        print("  A.__radd__")
        return NotImplemented

    def __repr__(self):
        return type(self).__name__


class B:
    def __radd__(self, other):
        print("  B.__radd__")
        return "B handled"


class Neither:
    def __add__(self, other):
        return NotImplemented


print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Neither() + Neither()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 * A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() ** None
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__ (subclass first)"


class DerivedNoOverride(Base):
    pass


print(Base() + Derived())
print(Base() + DerivedNoOverride())
print(Derived() + Base())


class Num(int):
    def __radd__(self, other):
        return "Num.__radd__ wins over int.__add__"

    def __rsub__(self, other):
        return NotImplemented


print(1 + Num(2))
try:
    print(5 - Num(3))
except TypeError as e:
    print(type(e).__name__, e)


# Returning NotImplemented from a comparison falls back to identity for ==.
class E:
    def __eq__(self, other):
        return NotImplemented


e = E()
print(e == e, e == E(), e != E())
print(repr(NotImplemented), type(NotImplemented).__name__)
