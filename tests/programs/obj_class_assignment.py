# __class__ assignment: between heap classes of the same layout, with CPython's errors otherwise.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class S1:
    __slots__ = ("x",)


class S2:
    __slots__ = ("y", "z")


a = A()
a.v = 1
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.v, a.__class__ is B)
for bad in (int, 5, None, S1):
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    object().__class__ = A
except TypeError as e:
    print("TypeError:", e)


class Sub(B):
    pass


for _ in range(3):
    a.__class__ = Sub if type(a) is B else B
    print(type(a).__name__, a.who())
