# Enum, IntEnum, StrEnum, Flag and IntFlag: reprs, lookup, iteration, aliases, functional API.
from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", Color, list(Color), Color.CRIMSON, Color(1), Color['GREEN'])
print(Color.__members__, 1 in Color, Color.RED in Color, len(Color), dir(Color), dir(Color.RED))
try: Color(7)
except ValueError as e: print(e)
class Perm(Flag):
    R = 4; W = 2; X = 1
    RW = 6
print(repr(Perm.R|Perm.W), str(Perm.R|Perm.X), Perm(0), repr(Perm(0)), list(Perm), ~Perm.R, list(Perm.R|Perm.X), len(Perm.R|Perm.X))
try: Perm(8)
except ValueError as e: print(e)
class I(IntFlag):
    A = 1; B = 2
print(repr(I.A|I.B), str(I.A|4), repr(I(8)), ~I.A, repr(~I.A), I.A | 8, repr(I.A|8), format(I.A), I(0), repr(I(0)))
class S(StrEnum):
    A = auto(); B = 'bee'
print(repr(S.A), str(S.A), S.A == 'a', f"{S.B}")
class N(IntEnum):
    ONE = 1; TWO = auto()
print(repr(N.TWO), str(N.TWO), f"{N.ONE}", N.ONE + 1, N(2))
A = Enum('A', 'x y z'); print(list(A), A.x.value, A.__module__)
B = Enum('B', [('p', 5), ('q', 6)], module='mod', qualname='Q.B'); print(B.p, repr(B.p), B.__qualname__, B.__module__)
print(EnumCheck.UNIQUE, repr(FlagBoundary.STRICT), repr(EnumCheck.UNIQUE), EnumCheck.__mro__, FlagBoundary.__mro__)
try:
    @unique
    class D(Enum):
        a = 1; b = 1
except ValueError as e: print(e)
print(Color.RED.__reduce_ex__(2), hash(Color.RED) == hash('RED'))
print(Enum.__mro__, IntEnum.__mro__, StrEnum.__mro__, IntFlag.__mro__, ReprEnum.__mro__, type(Enum), EnumMeta)
