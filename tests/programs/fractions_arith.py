# Fraction: construction, parsing, arithmetic with ints/floats/complex, comparisons, hashing,
# rounding, limit_denominator, and the numbers ABCs.
import math
import numbers
from fractions import Fraction as F

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(F(1, 2), F(3, 4)), F(0.5), F(1.1), F(True))
for text in ['3/4', ' -3 / 4 ', '1.25', '-.5', '1e3', '2.5E-2', '1_000/3', '  7  ', '+0.75', '3.']:
    print(repr(text), repr(F(text)))
for bad in ['', '1/', '/2', '1.2.3', 'abc', '1/0', '1__0', '1e', 'inf']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for bad in [lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([1]), lambda: F(float('nan')),
            lambda: F(float('inf')), lambda: F(1, 2) / 0, lambda: F(0) ** -1,
            lambda: F.from_float('x')]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(-a))
print(a + 1, 1 + a, a * 2, 2 - a, 3 / a, 7 // b, 7 % b, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1j, 1j + a, a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** b, 4 ** F(1, 2))
print(F(-1, 2) ** 2, 2 ** F(2), 2.0 ** F(1, 2), pow(F(2, 3), 3), F(9, 4) ** F(1, 2))
print(a < b, a > b, a <= F(1, 3), a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j)
print(F(1, 2) < 0.6, F(1, 2) > float('-inf'), F(1) == float('nan'), F(5) == 5, 5 == F(5), F(1, 2) != 2)
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-7, 3)) == hash(F(-7, 3)),
      hash(F(1, 3)) == hash(F(2, 6)), hash(F(-1)) == hash(-1), {F(1, 2): 'x'}[0.5])
print(int(F(7, 2)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(1234, 1), -2), round(F(25, 100), 1))
print(float(F(1, 3)), complex(F(1, 2)), bool(F(0)), bool(F(1, 9)), F(7, 3).is_integer(), F(6, 3).is_integer())
print(F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, F(3, 4).real, F(3, 4).imag)
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(1000), F(3, 4).limit_denominator(2))
print(F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(5), F(-11, 13).limit_denominator(4))
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print(e)
print(F.from_float(0.25), F.from_float(3), F(1, 3).conjugate(), str(F(4, 2)), repr(F(4, 2)))
print(isinstance(F(1), numbers.Rational), isinstance(3, numbers.Integral), isinstance(1.5, numbers.Real),
      isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Rational), issubclass(F, numbers.Real))
print(sum([F(1, n) for n in range(1, 7)]), max(F(1, 3), F(1, 2), 0.4), sorted([F(2, 3), 0.5, 1, F(-1)]))


class MyFraction(F):
    pass


m = MyFraction(3, 6)
print(repr(m), type(m + 1).__name__, type(+m).__name__, repr(m.__copy__()))
import copy
print(copy.copy(F(1, 2)), copy.deepcopy(F(2, 3)), F(1, 2).__reduce__())
