"""Rational numbers with exact arithmetic: Fraction(3, 4), Fraction('1.25'), Fraction(0.5).

A Fraction is kept in lowest terms with a positive denominator. Arithmetic with ints and
other Rationals stays exact; mixing with a float or complex gives a float or complex.
"""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

# Parameters of Python's numeric hash, so that equal numbers of all types hash alike.
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# The text forms Fraction() accepts: an optional sign, then either "N/D" (spaces around the
# slash allowed) or a decimal number with optional fraction and exponent. Digits may be
# grouped with single underscores.
_DIGITS = r'[0-9](?:_?[0-9])*'
_TEXT_FORM = re.compile(rf'''
    \s*(?P<sign>[-+]?)
    (?:
        (?P<num>{_DIGITS})\s*/\s*(?P<denom>{_DIGITS})
      |
        (?=[0-9]|\.[0-9])
        (?P<whole>(?:{_DIGITS})?)
        (?:\.(?P<frac>(?:{_DIGITS})?))?
        (?:[eE](?P<exp>[-+]?{_DIGITS}))?
    )
    \s*\Z
''', re.VERBOSE)

# format() specifications Fraction handles: those of float with a presentation type.
_FORMAT_SPEC = re.compile(r'''
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<width>[0-9]+)?
    (?P<grouping>[,_])?
    (?:\.(?P<precision>[0-9]+))?
    (?P<kind>[eEfFgG%])
    \Z
''', re.VERBOSE | re.DOTALL)


def _round_half_even(n, d):
    """n / d rounded to the nearest integer, ties to even (d > 0)."""
    quotient, remainder = divmod(n, d)
    twice = 2 * remainder
    if twice > d or (twice == d and quotient % 2 == 1):
        quotient += 1
    return quotient


def _decimal_digits(n, d, places):
    """|n/d| rounded to `places` decimal places, as the integer of its digits."""
    if places >= 0:
        return _round_half_even(abs(n) * 10 ** places, d)
    return _round_half_even(abs(n), d * 10 ** -places)


def _group(digits, separator):
    """Insert a separator between groups of three digits, from the right."""
    if not separator:
        return digits
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return separator.join(groups)


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, kept in lowest terms.

    Fraction() accepts an int or Rational, a float or Decimal (converted exactly), a string
    such as '3/4', ' -1.5e3 ' or '7', or two Rationals giving the numerator and denominator.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator,
                                                                    numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f'Fraction({numerator}, 0)')
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        """A Fraction from numbers already in lowest terms (denominator > 0)."""
        self = object.__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an Integral)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} "
                            f"({type(f).__name__})")
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an Integral)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} "
                            f"({type(dec).__name__})")
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self; its convergents p/q are the best
        # approximations. Stop before the denominator grows past the limit, then compare the
        # last convergent with the best semiconvergent allowed.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semiconvergent = Fraction(p_prev + k * p, q_prev + k * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def __format__(self, format_spec, /):
        """The float presentation types (e, f, g, %, ...) computed exactly."""
        if not format_spec:
            return str(self)
        match = _FORMAT_SPEC.match(format_spec)
        if match is None:
            raise ValueError(f"Invalid format specifier {format_spec!r} for object of type "
                             f"{type(self).__name__!r}")
        spec = match.groupdict()
        kind = spec['kind']
        alt = bool(spec['alt'])
        precision = 6 if spec['precision'] is None else int(spec['precision'])
        n, d = self._numerator, self._denominator
        if kind == '%':
            n *= 100

        strip_zeros = False
        if kind in 'gG':
            precision = max(precision, 1)
            exponent = _exponent_after_rounding(n, d, precision - 1)
            strip_zeros = not alt
            if -4 <= exponent < precision:
                kind, precision = 'f', precision - 1 - exponent
            else:
                kind, precision = ('e' if kind == 'g' else 'E'), precision - 1

        if kind in 'eE':
            exponent = _exponent_after_rounding(n, d, precision)
            digits = _decimal_digits(n, d, precision - exponent)
            suffix = f"{kind}{'+' if exponent >= 0 else '-'}{abs(exponent):02d}"
        else:
            digits = _decimal_digits(n, d, precision)
            suffix = '%' if kind == '%' else ''

        text = str(digits).rjust(precision + 1, '0')
        whole, frac = text[:len(text) - precision], text[len(text) - precision:]
        if strip_zeros:
            frac = frac.rstrip('0')
        point = '.' if frac or alt else ''

        negative = n < 0 and not (spec['no_neg_zero'] and digits == 0)
        sign = '-' if negative else ('' if spec['sign'] == '-' else spec['sign'])
        rest = point + frac + suffix
        grouping = spec['grouping'] or ''
        width = int(spec['width'] or 0)
        if spec['zeropad'] and not spec['align']:
            # Zero padding goes inside the number, separators included.
            while len(sign) + len(_group(whole, grouping)) + len(rest) < width:
                whole = '0' + whole
        body = _group(whole, grouping) + rest
        fill = spec['fill'] or ' '
        align = spec['align'] or '>'
        padding = max(width - len(sign) - len(body), 0)
        if align == '<':
            return sign + body + fill * padding
        if align == '^':
            half = padding // 2
            return fill * half + sign + body + fill * (padding - half)
        if align == '=':
            return sign + fill * padding + body
        return fill * padding + sign + body

    # ---- Arithmetic ----
    #
    # Each operator exists in a forward form (Fraction op x) and a reverse one (x op
    # Fraction). With ints and Rationals the exact operation is used; with a float or
    # complex the Fraction is converted and that type's operator used instead.

    def _operator_fallbacks(exact, inexact):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + inexact.__name__ + '__'
        forward.__doc__ = exact.__doc__

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + inexact.__name__ + '__'
        reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        if b._numerator == 0:
            raise ZeroDivisionError(f'Fraction({a._numerator * b._denominator}, 0)')
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        """(a // b, a % b)"""
        quotient, remainder = divmod(a._numerator * b._denominator,
                                     a._denominator * b._numerator)
        return quotient, Fraction(remainder, a._denominator * b._denominator)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        """a % b"""
        remainder = (a._numerator * b._denominator) % (b._numerator * a._denominator)
        return Fraction(remainder, a._denominator * b._denominator)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b, modulo=None):
        """a ** b: exact for integer exponents, a float otherwise."""
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power,
                                                   a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError(f'Fraction({a._denominator ** -power}, 0)')
            # A negative power inverts: the sign moves to the numerator.
            if a._numerator > 0:
                return Fraction._from_coprime_ints(a._denominator ** -power,
                                                   a._numerator ** -power)
            return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                               (-a._numerator) ** -power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        """a ** b for a Fraction exponent b."""
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: a Fraction equal to a (a plain Fraction even for subclasses)."""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a): truncated towards zero."""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): an int, ties to even; round(self, n): a Fraction."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """Equal to the hash of an equal int or float."""
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse.
            result = _HASH_INF
        else:
            result = abs(self._numerator) % _HASH_MODULUS * inverse % _HASH_MODULUS
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Compare with a Rational exactly, with a finite float through its exact value."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # Fractions are immutable: copies and pickles need only the two numbers.
    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(value):
    """Whether value is a decimal.Decimal (only possible once decimal is imported)."""
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(value, decimal.Decimal)


def _parse(text):
    """The (numerator, denominator) a string stands for."""
    match = _TEXT_FORM.match(text)
    if match is None:
        raise ValueError(f'Invalid literal for Fraction: {text!r}')
    if match['denom'] is not None:
        numerator, denominator = int(match['num']), int(match['denom'])
    else:
        whole = match['whole'] or '0'
        frac = (match['frac'] or '').replace('_', '')
        numerator = int(whole.replace('_', '') + frac)
        denominator = 10 ** len(frac)
        exponent = int(match['exp'].replace('_', '')) if match['exp'] else 0
        if exponent >= 0:
            numerator *= 10 ** exponent
        else:
            denominator *= 10 ** -exponent
    if match['sign'] == '-':
        numerator = -numerator
    return numerator, denominator


def _exponent_after_rounding(n, d, places):
    """The decimal exponent of |n/d| once rounded to `places` digits after the first
    significant one (0 for zero): what scientific notation shows."""
    if n == 0:
        return 0
    n = abs(n)
    # Estimate from the digit counts, then correct so that 10**e <= n/d < 10**(e+1).
    exponent = len(str(n)) - len(str(d))
    if n * 10 ** max(-exponent, 0) < d * 10 ** max(exponent, 0):
        exponent -= 1
    # Rounding may carry into a new digit (9.99 -> 10.0).
    if _decimal_digits(n, d, places - exponent) >= 10 ** (places + 1):
        exponent += 1
    return exponent
