# Enum class-body rules, custom __new__/__init__, _missing_, member/nonmember, boundaries, verify.
from enum import *
try:
    class C(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class C(Enum):
        _foo_ = 1
except ValueError as e: print(e)
class Color(Enum):
    RED = 1
try: Color.RED = 2
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try:
    class E(Color): X = 3
except TypeError as e: print(e)
try:
    class F(Enum):
        _order_ = 'B A'
        A = 1; B = 2
except TypeError as e: print(e)
class P(Enum):
    EARTH = (5.9, 6.3)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
print(P.EARTH, P.EARTH.value, P.EARTH.mass, P((5.9, 6.3)))
class Sh(Enum):
    def __new__(cls, v, doc):
        obj = object.__new__(cls); obj._value_ = v; obj.doc = doc; return obj
    A = 1, 'first'
print(Sh.A, Sh(1), Sh.A.doc, repr(Sh.A))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return cls.A
print(M(5))
class Mem(Enum):
    A = 1
    f = member(lambda x: 1)
    n = nonmember(3)
print([m.name for m in Mem], Mem.f.value(0), Mem.n)
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
print(list(Perm), Perm.R | Perm.W, Perm(7), ~Perm(7), repr(~Perm(7)), bool(Perm(0)), Perm.R in Perm(3))
try: 3 in Perm.R
except TypeError as e: print(e)
try: Perm.R | 2
except TypeError as e: print(e)
class F2(Flag, boundary=CONFORM):
    A = 1; B = 2
print(F2(7), repr(F2(7)))
class F3(Flag, boundary=EJECT):
    A = 1; B = 2
print(F3(7), type(F3(7)))
class I(IntFlag):
    A = 1; B = 2; C = 4
print(I.A | 2, I.A & 3, ~I.A, I.A ^ I.C, repr(I(-1)), I(7))
@verify(CONTINUOUS)
class Ok(Enum):
    A = 1; B = 2
try:
    @verify(CONTINUOUS)
    class NotOk(Enum):
        A = 1; B = 3
except ValueError as e: print(e)
try:
    @verify(UNIQUE)
    class NotOk(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
print(Perm.R.name, Perm.R.value, Perm._member_names_, Perm._flag_mask_, Perm._all_bits_, Perm.__members__.keys())
print(str(Perm(0)), format(Perm.R), format(I.A, '03d'))
class Pl(Enum):
    A = 1
    @property
    def double(self): return self.value * 2
print(Pl.A.double)
print(Color.RED.__reduce_ex__(4))
class Tup(tuple, Enum):
    A = (1, 2)
print(Tup.A, Tup.A[0], repr(Tup.A))
class Named(Enum):
    name = 1
    value = 2
print(Named.name, Named.value.value, Named.name.name)
class Auto(Enum):
    A = auto()
    B = 10
    C = auto()
print(list(Auto), auto())


@global_enum
class Mode(IntFlag):
    READ = 1
    WRITE = 2


import sys
print(repr(sys.modules[Mode.__module__].READ), repr(Mode.READ | Mode.WRITE), str(Mode.READ), repr(Mode(0)))


class Planet(float, Enum):
    MERCURY = 3.3
    VENUS = 4.8


print(Planet.MERCURY, repr(Planet.VENUS), Planet.MERCURY + 1, Planet(4.8), format(Planet.VENUS))


class Weekday(Enum):
    _ignore_ = 'i'
    MON = 1
    TUE = 2
    for i in range(3):
        pass


print(list(Weekday), list(reversed(Weekday)), Weekday.MON < Weekday.TUE if False else '')
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print(e)
print(Weekday.MON == 1, Weekday.MON is Weekday(1), hash(Weekday.MON) == hash(Weekday.MON))
print(sorted(dir(Weekday.MON)))
print(Flag._iter_member_, FlagBoundary.KEEP, STRICT is FlagBoundary.STRICT)


class Color(StrEnum):
    RED = auto()
    GREEN = 'green'


print(Color.RED.upper(), Color('green'), Color.RED + '!', sorted(Color))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print(e)
