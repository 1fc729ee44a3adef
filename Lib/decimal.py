"""Decimal fixed- and floating-point arithmetic (General Decimal Arithmetic).

Ferrython's own implementation, written in Python.  A finite Decimal is
(-1)**sign * coefficient * 10**exponent with a Python int coefficient.
Every operation computes an exact (or exact-plus-sticky) intermediate
result and then rounds it once against the context (see _finish).
"""

import math as _math
import sys as _sys
import numbers as _numbers
from collections import namedtuple as _namedtuple
import contextvars as _contextvars

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

# The limits of the 64-bit C implementation, which this one mirrors.
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""

class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context."""

class InvalidOperation(DecimalException):
    """An invalid operation was performed."""

class ConversionSyntax(InvalidOperation):
    """A string could not be converted to a Decimal."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""

class DivisionImpossible(InvalidOperation):
    """The integer quotient of a division does not fit the precision."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""

class Inexact(DecimalException):
    """Non-zero digits were discarded while rounding."""

class InvalidContext(InvalidOperation):
    """The context was invalid."""

class Rounded(DecimalException):
    """Digits (possibly zeros) were discarded while rounding."""

class Subnormal(DecimalException):
    """The result is subnormal (its adjusted exponent is below Emin)."""

class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax after rounding."""

class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded inexactly."""

class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in a constructor or a comparison)."""

for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow,
             FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# Conditions are carried between the arithmetic and the context as bits.
_S_INVALID = 1
_S_CONVERSION = 2
_S_DIVIMPOSSIBLE = 4
_S_DIVUNDEFINED = 8
_S_INVCONTEXT = 16
_S_FLOAT = 32
_S_DIVZERO = 64
_S_OVERFLOW = 128
_S_UNDERFLOW = 256
_S_SUBNORMAL = 512
_S_INEXACT = 1024
_S_ROUNDED = 2048
_S_CLAMPED = 4096

# (bit, condition class listed in the exception, signal whose flag it sets)
_CONDITIONS = (
    (_S_INVALID, InvalidOperation, InvalidOperation),
    (_S_CONVERSION, ConversionSyntax, InvalidOperation),
    (_S_DIVIMPOSSIBLE, DivisionImpossible, InvalidOperation),
    (_S_DIVUNDEFINED, DivisionUndefined, InvalidOperation),
    (_S_INVCONTEXT, InvalidContext, InvalidOperation),
    (_S_FLOAT, FloatOperation, FloatOperation),
    (_S_DIVZERO, DivisionByZero, DivisionByZero),
    (_S_OVERFLOW, Overflow, Overflow),
    (_S_UNDERFLOW, Underflow, Underflow),
    (_S_SUBNORMAL, Subnormal, Subnormal),
    (_S_INEXACT, Inexact, Inexact),
    (_S_ROUNDED, Rounded, Rounded),
    (_S_CLAMPED, Clamped, Clamped),
)

# The signals in the order flags and traps are shown and checked.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# The order in which the C implementation lists the signals in a repr.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
_BITS_OF_SIGNAL = {}
for _bit, _cond, _sig in _CONDITIONS:
    _BITS_OF_SIGNAL[_sig] = _BITS_OF_SIGNAL.get(_sig, 0) | _bit
del _bit, _cond, _sig


# ----------------------------------------------------------- int helpers

_P10 = [10 ** _i for _i in range(400)]


def _pow10(n):
    if n < 400:
        return _P10[n]
    return 10 ** n


def _nd(n):
    """Number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < 10 ** 18:
        return len(str(n)) if n else 1
    # Estimate from the bit length (never too big), then correct upwards.
    k = (n.bit_length() - 1) * 30103 // 100000
    if k < 4000:
        return len(str(n))
    p = _pow10(k)
    while n >= p:
        k += 1
        p *= 10
    return k


def _istr(n):
    """str(n) for an int n >= 0 of any size (str() refuses long ones)."""
    if n < 10 ** 4000:
        return str(n)
    k = _nd(n) // 2
    hi, lo = divmod(n, _pow10(k))
    return _istr(hi) + _istr(lo).rjust(k, '0')


def _sint(s):
    """int(s) for a string of ASCII digits of any length."""
    if len(s) < 4000:
        return int(s)
    k = len(s) // 2
    return _sint(s[:-k]) * _pow10(k) + _sint(s[-k:])


def _isqrt(n):
    return _math.isqrt(n)


def _strip_zeros(coef, exp, limit):
    """Remove trailing zeros of coef while exp stays <= limit."""
    if coef == 0 or exp >= limit:
        return coef, exp
    room = limit - exp
    while room and coef % 10 == 0:
        # Take several zeros at once when possible.
        k = 1
        while k * 2 <= room and coef % _pow10(k * 2) == 0:
            k *= 2
        coef //= _pow10(k)
        exp += k
        room -= k
    return coef, exp


# ------------------------------------------------------------ rounding

def _round_drop(sign, coef, d, rounding, sticky):
    """Drop the d >= 1 lowest digits of coef, rounding by `rounding`.
    sticky says the true magnitude is a little above coef.
    Returns (new coefficient, inexact)."""
    if d > 20 and _nd(coef) < d - 1:
        # Everything is dropped and stays below half a unit: only whether
        # something non-zero is dropped matters, so keep 10**d small.
        coef, d = (1 if coef else 0), 2
    p = _pow10(d)
    q, r = divmod(coef, p)
    if not r and not sticky:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = p >> 1
        if r > half or (r == half and (sticky or q & 1)):
            q += 1
    elif rounding == ROUND_HALF_UP:
        if r >= p >> 1:
            q += 1
    elif rounding == ROUND_HALF_DOWN:
        half = p >> 1
        if r > half or (r == half and sticky):
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    else:  # ROUND_05UP: away from zero only when the kept digit is 0 or 5
        if q % 5 == 0:
            q += 1
    return q, True


def _finish(sign, coef, exp, ctx, sticky=False):
    """Round sign*coef*10**exp to the context; returns (Decimal, status).
    sticky: the true magnitude is slightly above coef*10**exp."""
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    st = 0
    if coef == 0 and not sticky:
        top = emax - prec + 1 if ctx.clamp else emax
        if exp > top:
            exp = top
            st = _S_CLAMPED
        else:
            etiny = emin - prec + 1
            if exp < etiny:
                exp = etiny
                st = _S_CLAMPED
        return _dec(sign, 0, exp), st
    n = _nd(coef)
    if sticky and n <= prec:
        k = prec + 1 - n
        coef *= _pow10(k)
        exp -= k
        n += k
    adj = exp + n - 1
    if adj < emin:
        etiny = emin - prec + 1
        st = _S_SUBNORMAL
        if exp < etiny:
            coef, inexact = _round_drop(sign, coef, etiny - exp, ctx.rounding,
                                        sticky)
            exp = etiny
            st |= _S_ROUNDED
            if inexact:
                st |= _S_INEXACT | _S_UNDERFLOW
                if coef == 0:
                    st |= _S_CLAMPED
        if ctx.clamp and coef:
            etop = emax - prec + 1
            if exp > etop:
                coef *= _pow10(exp - etop)
                exp = etop
                st |= _S_CLAMPED
        return _dec(sign, coef, exp), st
    if n > prec:
        d = n - prec
        coef, inexact = _round_drop(sign, coef, d, ctx.rounding, sticky)
        exp += d
        st = _S_ROUNDED | _S_INEXACT if inexact else _S_ROUNDED
        if coef == _pow10(prec):
            coef = _pow10(prec - 1)
            exp += 1
        adj = exp + prec - 1
    if adj > emax:
        return _overflow(sign, ctx), st | _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
    if ctx.clamp:
        etop = emax - prec + 1
        if exp > etop:
            coef *= _pow10(exp - etop)
            exp = etop
            st |= _S_CLAMPED
    return _dec(sign, coef, exp), st


def _overflow(sign, ctx):
    r = ctx.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign)
            or (r == ROUND_FLOOR and sign)):
        return _INF_N if sign else _INF_P
    return _dec(sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)


def _fix_nan(x, ctx):
    """A NaN result: quiet it and cut its payload to what the context holds."""
    room = ctx.prec - ctx.clamp
    coef = x._coef
    if coef and _nd(coef) > room:
        coef = coef % _pow10(room) if room > 0 else 0
    if x._kind == _QNAN and coef == x._coef:
        return x
    return _dec(x._sign, coef, 0, _QNAN)


def _nans(a, b, ctx):
    """The result of an operation with a NaN operand, as (Decimal, status)."""
    if a._kind == _SNAN:
        return _fix_nan(a, ctx), _S_INVALID
    if b is not None and b._kind == _SNAN:
        return _fix_nan(b, ctx), _S_INVALID
    if a._kind == _QNAN:
        return _fix_nan(a, ctx), 0
    return _fix_nan(b, ctx), 0


# ------------------------------------------------------------- Decimal

_FIN = 0
_INF = 1
_QNAN = 2
_SNAN = 3

_new = object.__new__


def _dec(sign, coef, exp, kind=0):
    d = _new(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _parse(s):
    """Parse a numeric string into (sign, coef, exp, kind), or None."""
    s = s.strip()
    if not s.isascii():
        # Unicode decimal digits count as digits; other text stays invalid.
        out = []
        for ch in s:
            if ch.isdecimal():
                out.append(str(int(ch)))
            elif ch.isspace():
                return None
            else:
                out.append(ch)
        s = ''.join(out)
        if not s.isascii():
            return None
    if '_' in s:
        # Like CPython's C decimal, drop underscores wherever they are.
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    if low.startswith('nan') or low.startswith('snan'):
        kind = _QNAN if low[0] == 'n' else _SNAN
        payload = low[3:] if kind == _QNAN else low[4:]
        if not payload:
            return sign, 0, 0, kind
        if not payload.isdigit():
            return None
        return sign, _sint(payload), 0, kind
    mant, e, expstr = low.partition('e')
    if e:
        es = expstr
        if es[:1] in ('+', '-'):
            es = es[1:]
        if not es.isdigit():
            return None
        exp = int(expstr) if len(expstr) < 4000 else None
        if exp is None:
            return None
    else:
        exp = 0
    ip, dot, fp = mant.partition('.')
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    digits = ip + fp
    coef = _sint(digits) if len(digits) > 18 else int(digits)
    return sign, coef, exp - len(fp), _FIN


def _from_float(cls, f):
    if isinstance(f, int):
        d = Decimal(f)
        return d if cls is Decimal else cls(d)
    if not isinstance(f, float):
        raise TypeError("argument must be int or float")
    if f != f:
        return cls('-NaN' if _math.copysign(1.0, f) < 0 else 'NaN')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INFF, -_INFF):
        d = _dec(sign, 0, 0, _INF)
    else:
        n, den = abs(f).as_integer_ratio()
        k = den.bit_length() - 1
        # n / 2**k == n * 5**k / 10**k exactly
        d = _dec(sign, n * 5 ** k, -k)
    if cls is Decimal:
        return d
    return cls(d)


_INFF = float('inf')


class Decimal(object):
    """Decimal floating-point number."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        self = _new(cls)
        if isinstance(value, str):
            r = _parse(value)
            if r is None:
                ctx = _ctx(context)
                ctx._raise(_S_CONVERSION)
                self._sign, self._coef, self._exp, self._kind = 0, 0, 0, _QNAN
                return self
            self._sign, self._coef, self._exp, self._kind = r
            if not -10 ** 17 < r[2] < 10 ** 17 and _out_of_range(r):
                _ctx(context)._raise(_S_INVALID)
                self._sign, self._coef, self._exp, self._kind = 0, 0, 0, _QNAN
            return self
        if isinstance(value, int):
            if value < 0:
                self._sign = 1
                self._coef = -value
            else:
                self._sign = 0
                self._coef = int(value)
            self._exp = 0
            self._kind = _FIN
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._coef = value._coef
            self._exp = value._exp
            self._kind = value._kind
            return self
        if isinstance(value, float):
            ctx = _ctx(context)
            ctx._raise(_S_FLOAT)
            d = _from_float(Decimal, value)
            self._sign, self._coef, self._exp, self._kind = (
                d._sign, d._coef, d._exp, d._kind)
            return self
        if isinstance(value, (list, tuple)):
            r = _from_tuple(value)
            self._sign, self._coef, self._exp, self._kind = r
            if not -10 ** 17 < r[2] < 10 ** 17 and _out_of_range(r):
                _ctx(context)._raise(_S_INVALID)
                self._sign, self._coef, self._exp, self._kind = 0, 0, 0, _QNAN
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (or int) to Decimal."""
        return _from_float(cls, f)

    # -- representation

    def __str__(self, eng=False, context=None):
        if context is None:
            caps = _getcontext().capitals
        else:
            caps = context.capitals
        return _to_string(self, eng, caps)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, 1)

    def as_tuple(self):
        if self._kind == _FIN:
            exp = self._exp
        else:
            exp = ('F', 'n', 'N')[self._kind - 1]
        if self._kind == _INF:
            digits = (0,)
        elif self._kind and not self._coef:
            digits = ()
        else:
            digits = tuple(map(int, _istr(self._coef)))
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        c = self._coef
        e = self._exp
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            # Reduce c / 10**-e by the common powers of 2 and 5.
            d = _pow10(-e)
            g = _math.gcd(c, d)
            n, d = c // g, d // g
            if c == 0:
                n, d = 0, 1
        return (-n if self._sign else n), d

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    # -- predicates and simple queries

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _nd(self._coef) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FIN

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FIN and self._coef == 0

    def is_normal(self, context=None):
        if self._kind or not self._coef:
            return False
        return self.adjusted() >= _ctx(context).Emin

    def is_subnormal(self, context=None):
        if self._kind or not self._coef:
            return False
        return self.adjusted() < _ctx(context).Emin

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        k = self._kind
        if k == _SNAN:
            return 'sNaN'
        if k == _QNAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if k == _INF:
            return s + 'Infinity'
        if not self._coef:
            return s + 'Zero'
        if self.adjusted() < _ctx(context).Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def same_quantum(self, other, context=None):
        other = _conv(other)
        if self._kind or other._kind:
            if self._kind >= _QNAN or other._kind >= _QNAN:
                return self._kind >= _QNAN and other._kind >= _QNAN
            return self._kind == other._kind
        return self._exp == other._exp

    # -- conversions to other numbers

    def __bool__(self):
        return self._kind != _FIN or self._coef != 0

    def __int__(self):
        if self._kind:
            if self._kind >= _QNAN:
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        e = self._exp
        if e >= 0:
            n = self._coef * _pow10(e)
        else:
            n = self._coef // _pow10(-e)
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._kind:
            if self._kind == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            if self._kind == _QNAN:
                return -_math.nan if self._sign else _math.nan
            return -_INFF if self._sign else _INFF
        # float() of the string is correctly rounded, and gives inf or 0.0
        # outside the float range.
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        return self._to_int_round(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_round(ROUND_CEILING)

    def _to_int_round(self, rounding):
        if self._kind:
            if self._kind >= _QNAN:
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            return int(self)
        q, _ = _round_drop(self._sign, self._coef, -self._exp, rounding, False)
        return -q if self._sign else q

    def __round__(self, n=None):
        if n is None:
            return self._to_int_round(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __hash__(self):
        k = self._kind
        if k:
            if k == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if k == _QNAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        if e >= 0:
            h = self._coef % _HASH_MOD * pow(10, e, _HASH_MOD) % _HASH_MOD
        else:
            h = self._coef % _HASH_MOD * pow(_HASH_INV10, -e, _HASH_MOD) % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons

    def _cmp_op(self, other, op):
        other = _conv_cmp(other, op)
        if other is NotImplemented:
            return NotImplemented
        if self._kind >= _QNAN or (isinstance(other, Decimal)
                                   and other._kind >= _QNAN):
            ctx = _getcontext()
            if op in ('eq', 'ne'):
                if self._kind == _SNAN or (isinstance(other, Decimal)
                                           and other._kind == _SNAN):
                    ctx._raise(_S_INVALID)
                return op == 'ne'
            ctx._raise(_S_INVALID)
            return False
        if isinstance(other, Decimal):
            c = _cmp(self, other)
        else:
            c = _cmp_rational(self, other[0], other[1])
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._cmp_op(other, 'eq')

    def __ne__(self, other):
        return self._cmp_op(other, 'ne')

    def __lt__(self, other):
        return self._cmp_op(other, 'lt')

    def __le__(self, other):
        return self._cmp_op(other, 'le')

    def __gt__(self, other):
        return self._cmp_op(other, 'gt')

    def __ge__(self, other):
        return self._cmp_op(other, 'ge')

    def compare(self, other, context=None):
        return _ctx(context).compare(self, other)

    def compare_signal(self, other, context=None):
        return _ctx(context).compare_signal(self, other)

    def compare_total(self, other, context=None):
        return _compare_total(self, _conv(other), False)

    def compare_total_mag(self, other, context=None):
        return _compare_total(self, _conv(other), True)

    def max(self, other, context=None):
        return _ctx(context).max(self, other)

    def min(self, other, context=None):
        return _ctx(context).min(self, other)

    def max_mag(self, other, context=None):
        return _ctx(context).max_mag(self, other)

    def min_mag(self, other, context=None):
        return _ctx(context).min_mag(self, other)

    # -- arithmetic operators (made by _operator_pair, below the class)

    def __pow__(self, other, modulo=None, context=None):
        other = _conv_op(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        if modulo is not None:
            modulo = _conv_op(modulo)
            if modulo is NotImplemented:
                return modulo
            return ctx._do(_powmod(self, other, modulo, ctx))
        return ctx._do(_pow(self, other, ctx))

    def __rpow__(self, other, modulo=None, context=None):
        other = _conv_op(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        return _ctx(context).minus(self)

    def __pos__(self, context=None):
        return _ctx(context).plus(self)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _ctx(context).abs(self)

    # -- methods that take an optional context

    def exp(self, context=None):
        return _ctx(context).exp(self)

    def ln(self, context=None):
        return _ctx(context).ln(self)

    def log10(self, context=None):
        return _ctx(context).log10(self)

    def logb(self, context=None):
        return _ctx(context).logb(self)

    def sqrt(self, context=None):
        return _ctx(context).sqrt(self)

    def fma(self, other, third, context=None):
        return _ctx(context).fma(self, other, third)

    def normalize(self, context=None):
        return _ctx(context).normalize(self)

    def quantize(self, exp, rounding=None, context=None):
        return _ctx(context).quantize(self, exp, rounding)

    def remainder_near(self, other, context=None):
        return _ctx(context).remainder_near(self, other)

    def to_integral_value(self, rounding=None, context=None):
        return _ctx(context)._to_integral(self, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return _ctx(context)._to_integral(self, rounding, True)

    def next_minus(self, context=None):
        return _ctx(context).next_minus(self)

    def next_plus(self, context=None):
        return _ctx(context).next_plus(self)

    def next_toward(self, other, context=None):
        return _ctx(context).next_toward(self, other)

    def scaleb(self, other, context=None):
        return _ctx(context).scaleb(self, other)

    def shift(self, other, context=None):
        return _ctx(context).shift(self, other)

    def rotate(self, other, context=None):
        return _ctx(context).rotate(self, other)

    def logical_and(self, other, context=None):
        return _ctx(context).logical_and(self, other)

    def logical_or(self, other, context=None):
        return _ctx(context).logical_or(self, other)

    def logical_xor(self, other, context=None):
        return _ctx(context).logical_xor(self, other)

    def logical_invert(self, context=None):
        return _ctx(context).logical_invert(self)

    def copy_abs(self):
        return _dec(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _dec(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _conv(other)
        return _dec(other._sign, self._coef, self._exp, self._kind)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, _localeconv)

    def __getstate__(self):
        return str(self)

_HASH_MOD = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_INV10 = pow(10, _HASH_MOD - 2, _HASH_MOD)

_INF_P = _dec(0, 0, 0, _INF)
_INF_N = _dec(1, 0, 0, _INF)
_NAN = _dec(0, 0, 0, _QNAN)
_ONE = _dec(0, 1, 0)
_ZERO = _dec(0, 0, 0)


def _out_of_range(r):
    """Whether a finite (sign, coef, exp, kind) lies outside what the C
    implementation can hold exactly (it refuses such values)."""
    sign, coef, exp, kind = r
    if kind:
        return False
    if not coef:
        return not MIN_ETINY <= exp <= MAX_EMAX
    return exp < MIN_ETINY or exp + _nd(coef) - 1 > MAX_EMAX


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        kinds = {'F': _INF, 'n': _QNAN, 'N': _SNAN}
        if exp not in kinds:
            raise ValueError("string argument in the third position must be "
                             "'F', 'n' or 'N'")
        kind = kinds[exp]
        exp = 0
    elif isinstance(exp, int):
        kind = _FIN
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (list, tuple)):
        raise ValueError("coefficient must be a tuple of digits")
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError("coefficient must be a tuple of digits")
    if kind == _INF:
        return sign, 0, 0, _INF
    s = ''.join(map(str, digits))
    coef = _sint(s) if s else 0
    return sign, coef, exp, kind


def _to_string(d, eng, caps):
    sign = '-' if d._sign else ''
    k = d._kind
    if k:
        if k == _INF:
            return sign + 'Infinity'
        body = 'NaN' if k == _QNAN else 'sNaN'
        if d._coef:
            body += _istr(d._coef)
        return sign + body
    digits = _istr(d._coef)
    exp = d._exp
    n = len(digits)
    adj = exp + n - 1
    if exp <= 0 and adj >= -6:
        if exp == 0:
            return sign + digits
        point = n + exp
        if point > 0:
            return sign + digits[:point] + '.' + digits[point:]
        return sign + '0.' + '0' * (-point) + digits
    E = 'E' if caps else 'e'
    if not eng:
        mant = digits[0] + ('.' + digits[1:] if n > 1 else '')
        return '%s%s%s%+d' % (sign, mant, E, adj)
    if d._coef == 0:
        # Engineering zero: raise the exponent to a multiple of three.
        zeros = (-exp) % 3
        e3 = exp + zeros
        mant = '0.' + '0' * zeros if zeros else '0'
        if e3 == 0:
            return sign + mant
        return '%s%s%s%+d' % (sign, mant, E, e3)
    lead = adj % 3 + 1
    e3 = adj - lead + 1
    if n <= lead:
        mant = digits + '0' * (lead - n)
    else:
        mant = digits[:lead] + '.' + digits[lead:]
    if e3 == 0:
        return sign + mant
    return '%s%s%s%+d' % (sign, mant, E, e3)


# --------------------------------------------------- operand conversion

def _conv(x):
    """Operand of a method: Decimal or int, else TypeError."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(x).__name__)


def _operator_pair(name, compute):
    """The methods `__name__` and `__rname__` of Decimal: `compute(a, b, context)` is `a op b`
    before the context's traps; an operand Decimal cannot take gives NotImplemented."""

    def forward(self, other, context=None):
        other = _conv_op(other)
        if other is NotImplemented:
            return other
        context = _ctx(context)
        return context._do(compute(self, other, context))

    def reflected(self, other, context=None):
        other = _conv_op(other)
        if other is NotImplemented:
            return other
        context = _ctx(context)
        return context._do(compute(other, self, context))

    for method, method_name in ((forward, "__%s__" % name), (reflected, "__r%s__" % name)):
        method.__name__ = method_name
        method.__qualname__ = "Decimal." + method_name
        setattr(Decimal, method_name, method)


_operator_pair("add", lambda a, b, context: _add(a, b, 0, context))
_operator_pair("sub", lambda a, b, context: _add(a, b, 1, context))
_operator_pair("mul", lambda a, b, context: _mul(a, b, context))
_operator_pair("truediv", lambda a, b, context: _div(a, b, context))
_operator_pair("floordiv", lambda a, b, context: _divint(a, b, context, 1))
_operator_pair("mod", lambda a, b, context: _divint(a, b, context, 2))
_operator_pair("divmod", lambda a, b, context: _divint(a, b, context, 3))


def _conv_op(x):
    """Operand of an arithmetic operator: NotImplemented for other types."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    return NotImplemented


def _conv_cmp(x, op):
    """Operand of a comparison: a Decimal, or (numerator, denominator)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if isinstance(x, float):
        ctx = _getcontext()
        if op in ('eq', 'ne'):
            ctx._flag_only(_S_FLOAT)
        else:
            ctx._raise(_S_FLOAT)
        return _from_float(Decimal, x)
    if isinstance(x, complex):
        if op in ('eq', 'ne') and x.imag == 0:
            return _conv_cmp(x.real, op)
        return NotImplemented
    if isinstance(x, _numbers.Rational):
        return (x.numerator, x.denominator)
    return NotImplemented


# ---------------------------------------------------------- comparisons

def _cmp(a, b):
    """Numeric three-way comparison of non-NaN Decimals."""
    if a._kind or b._kind:
        va = 0 if not a._kind else (-1 if a._sign else 1)
        vb = 0 if not b._kind else (-1 if b._sign else 1)
        if a._kind and b._kind:
            return (va > vb) - (va < vb)
        if a._kind:
            return va
        return -vb
    if not a._coef:
        if not b._coef:
            return 0
        return 1 if b._sign else -1
    if not b._coef:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa = a._exp + _nd(a._coef)
    ba = b._exp + _nd(b._coef)
    if aa != ba:
        return s if aa > ba else -s
    x, y = a._coef, b._coef
    if a._exp > b._exp:
        x *= _pow10(a._exp - b._exp)
    elif b._exp > a._exp:
        y *= _pow10(b._exp - a._exp)
    return s if x > y else (-s if x < y else 0)


def _cmp_rational(a, n, d):
    """Compare a finite-or-infinite Decimal a with n/d (d > 0)."""
    if a._kind:
        return -1 if a._sign else 1
    # Signs first, then orders of magnitude, so that huge exponents are
    # never expanded.
    sa = 0 if not a._coef else (-1 if a._sign else 1)
    sb = (n > 0) - (n < 0)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    if not sa:
        return 0
    top = _nd(abs(n)) - _nd(d)   # n/d lies in [10**(top-1), 10**(top+1))
    aadj = a._exp + _nd(a._coef) - 1   # |a| in [10**aadj, 10**(aadj+1))
    if aadj + 1 <= top - 1:
        return -sa
    if aadj >= top + 1:
        return sa
    x = -a._coef if a._sign else a._coef
    if a._exp >= 0:
        x = x * _pow10(a._exp) * d
        y = n
    else:
        x = x * d
        y = n * _pow10(-a._exp)
    return (x > y) - (x < y)


def _compare_total(a, b, mag):
    sa, sb = (0, 0) if mag else (a._sign, b._sign)
    if sa != sb:
        return _dec(1, 1, 0) if sa else _ONE

    def rank(x):
        return (0, 1, 3, 2)[x._kind]  # finite < inf < sNaN < NaN
    ra, rb = rank(a), rank(b)
    if ra != rb:
        r = -1 if ra < rb else 1
    elif ra >= 2:
        r = (a._coef > b._coef) - (a._coef < b._coef)
    elif ra == 1:
        r = 0
    else:
        aa = _dec(0, a._coef, a._exp)
        bb = _dec(0, b._coef, b._exp)
        r = _cmp(aa, bb)
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    if sa:
        r = -r
    return _dec(1, 1, 0) if r < 0 else (_ONE if r > 0 else _ZERO)


# ----------------------------------------------------------- arithmetic

def _add(a, b, negate_b, ctx):
    """a + b (or a - b); returns (Decimal, status)."""
    bsign = b._sign ^ negate_b
    if a._kind or b._kind:
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return _nans(a, b, ctx)
        if a._kind == _INF:
            if b._kind == _INF and a._sign != bsign:
                return _NAN, _S_INVALID
            return a, 0
        return (_INF_N if bsign else _INF_P), 0
    ac, ae, asg = a._coef, a._exp, a._sign
    bc, be = b._coef, b._exp
    prec = ctx.prec
    # Make a the operand with the larger exponent.
    if be > ae:
        ac, ae, asg, bc, be, bsign = bc, be, bsign, ac, ae, asg
    if ae != be:
        if not ac:
            ae = be
        elif not bc:
            # A zero only lowers the exponent; beyond the precision that
            # padding is rounded away again, so it can be limited.
            lim = ae - prec - 1 - _nd(ac)
            if be < lim:
                be = lim
        else:
            aadj = ae + _nd(ac) - 1
            low = min(ae, aadj - prec - 2)
            if be + _nd(bc) - 1 < low - 1 and be < low - 2:
                # b lies wholly below the rounding digit of any result:
                # only its sign and non-zeroness matter.
                bc, be = 1, low - 2
        if ae != be:
            ac *= _pow10(ae - be)
            ae = be
    x = -ac if asg else ac
    y = -bc if bsign else bc
    s = x + y
    if s == 0:
        if asg == bsign:
            sign = asg
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, ae, ctx)
    if s < 0:
        return _finish(1, -s, ae, ctx)
    return _finish(0, s, ae, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return _nans(a, b, ctx)
        if (a._kind == _FIN and not a._coef) or (b._kind == _FIN
                                                 and not b._coef):
            return _NAN, _S_INVALID
        return (_INF_N if sign else _INF_P), 0
    return _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return _nans(a, b, ctx)
        if a._kind == _INF:
            if b._kind == _INF:
                return _NAN, _S_INVALID
            return (_INF_N if sign else _INF_P), 0
        # finite / infinity
        return _finish(sign, 0, ctx.Emin - ctx.prec + 1, ctx)[0], _S_CLAMPED
    if not b._coef:
        if not a._coef:
            return _NAN, _S_DIVUNDEFINED
        return (_INF_N if sign else _INF_P), _S_DIVZERO
    ideal = a._exp - b._exp
    if not a._coef:
        return _finish(sign, 0, ideal, ctx)
    prec = ctx.prec
    na = _nd(a._coef)
    nb = _nd(b._coef)
    shift = prec + nb - na + 1
    if shift < 0:
        shift = 0
    q, r = divmod(a._coef * _pow10(shift), b._coef)
    exp = ideal - shift
    if r:
        return _finish(sign, q, exp, ctx, True)
    q, exp = _strip_zeros(q, exp, ideal)
    return _finish(sign, q, exp, ctx)


def _divint(a, b, ctx, what):
    """what: 1 integer quotient, 2 remainder, 3 both (as a tuple)."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        if a._kind >= _QNAN or b._kind >= _QNAN:
            r, st = _nans(a, b, ctx)
            return ((r, r), st) if what == 3 else (r, st)
        if a._kind == _INF:
            if b._kind == _INF:
                return ((_NAN, _NAN), _S_INVALID) if what == 3 else (_NAN, _S_INVALID)
            q = _INF_N if sign else _INF_P
            if what == 1:
                return q, 0
            if what == 2:
                return _NAN, _S_INVALID
            return (q, _NAN), _S_INVALID
        # finite and infinity: quotient 0, remainder a
        q = _dec(sign, 0, 0)
        if what == 1:
            return q, 0
        r, st = _finish(a._sign, a._coef, a._exp, ctx)
        return ((q, r), st) if what == 3 else (r, st)
    if not b._coef:
        if not a._coef:
            return ((_NAN, _NAN), _S_DIVUNDEFINED) if what == 3 else (
                _NAN, _S_DIVUNDEFINED)
        if what == 1:
            return (_INF_N if sign else _INF_P), _S_DIVZERO
        if what == 2:
            return _NAN, _S_INVALID
        return ((_INF_N if sign else _INF_P), _NAN), _S_DIVZERO | _S_INVALID
    prec = ctx.prec
    e = min(a._exp, b._exp)
    if a._coef and (a._exp + _nd(a._coef)) - (b._exp + _nd(b._coef)) > prec:
        return ((_NAN, _NAN) if what == 3 else _NAN), _S_DIVIMPOSSIBLE
    if a._exp + _nd(a._coef) < b._exp + _nd(b._coef):
        # |a| < |b|: the quotient is 0 (and the exponents may be far apart)
        q, r = 0, a._coef * _pow10(a._exp - e)
    else:
        x = a._coef * _pow10(a._exp - e)
        y = b._coef * _pow10(b._exp - e)
        q, r = divmod(x, y)
    if _nd(q) > prec:
        return ((_NAN, _NAN) if what == 3 else _NAN), _S_DIVIMPOSSIBLE
    st = 0
    if what & 1:
        qd, st = _finish(sign, q, 0, ctx)
        if what == 1:
            return qd, st
    rd, st2 = _finish(a._sign, r, e, ctx)
    if what == 2:
        return rd, st2
    return (qd, rd), st | st2


def _remainder_near(a, b, ctx):
    if a._kind or b._kind:
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return _nans(a, b, ctx)
        if a._kind == _INF:
            return _NAN, _S_INVALID
        return _finish(a._sign, a._coef, a._exp, ctx)
    if not b._coef:
        if not a._coef:
            return _NAN, _S_DIVUNDEFINED
        return _NAN, _S_INVALID
    prec = ctx.prec
    e = min(a._exp, b._exp)
    if a._coef and (a._exp + _nd(a._coef)) - (b._exp + _nd(b._coef)) > prec:
        return _NAN, _S_DIVIMPOSSIBLE
    if a._exp + _nd(a._coef) < b._exp + _nd(b._coef) - 1:
        return _finish(a._sign, a._coef * _pow10(a._exp - e), e, ctx)
    x = a._coef * _pow10(a._exp - e)
    y = b._coef * _pow10(b._exp - e)
    q, r = divmod(x, y)
    # Move to the nearest quotient (ties to even).
    if 2 * r > y or (2 * r == y and q & 1):
        q += 1
        r = r - y
    if _nd(q) > prec:
        return _NAN, _S_DIVIMPOSSIBLE
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _finish(sign, r, e, ctx)


# ----------------------------------------- transcendental helpers (fixed)
#
# The functions below work on integers that stand for value * 10**W.
# Each result comes with a bound on its error, and _settle() rounds an
# interval [v - err, v + err]: when both ends round to the same Decimal
# that is the correctly rounded result; otherwise the caller retries with
# more digits.

def _exp_fixed(x, W):
    """exp(x / 10**W) * 10**W for |x| <= 3 * 10**W, error below 10 ulps."""
    G = 8
    M = _pow10(W + G)
    x *= _pow10(G)
    # Halve the argument k times, sum the series, square k times.
    k = 0
    while abs(x) * 4096 > M:
        x = x >> 1 if x >= 0 else -((-x) >> 1)
        k += 1
    term = M
    total = M
    i = 1
    while term:
        term = term * x // (M * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // M
    return total // _pow10(G)


def _ln_fixed(v, W):
    """ln(v / 10**W) * 10**W for v > 0, error below 10 ulps."""
    G = 12
    M = _pow10(W + G)
    y = v * _pow10(G)
    # Take square roots until y is within about 0.1% of 1.
    k = 0
    lim = M // 1000
    while abs(y - M) > lim:
        y = _isqrt(y * M)
        k += 1
    # ln(y) = 2 atanh(z), z = (y - 1) / (y + 1)
    z = (y - M) * M // (y + M)
    z2 = z * z // M
    total = 0
    term = z
    i = 1
    while term:
        total += term // i
        term = term * z2 // M
        i += 2
    total = (2 * total) << k
    return total // _pow10(G)


_LN10_CACHE = [0, 0]


def _ln10(W):
    """ln(10) * 10**W."""
    cw, cv = _LN10_CACHE
    if cw >= W:
        return cv // _pow10(cw - W)
    W2 = W + 10
    v = _ln_fixed(10 * _pow10(W2), W2)
    _LN10_CACHE[0] = W2
    _LN10_CACHE[1] = v
    return v // _pow10(10)


def _settle(lo, hi, exp, sign, ctx):
    """Round the open magnitude interval (lo, hi) * 10**exp; returns
    (Decimal, status) when both ends agree, else None."""
    if lo <= 0:
        return None
    r1, s1 = _finish(sign, lo, exp, ctx, True)
    r2, s2 = _finish(sign, hi, exp, ctx, True)
    if r1._kind != r2._kind or r1._coef != r2._coef or r1._exp != r2._exp:
        return None
    return r1, (s1 & s2) | _S_INEXACT | _S_ROUNDED


def _halfeven(ctx):
    if ctx.rounding == ROUND_HALF_EVEN:
        return ctx
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    return c


def _log10_estimate(a):
    """A float close to log10(|a|) for a finite non-zero Decimal."""
    n = _nd(a._coef)
    if n > 17:
        return _math.log10(a._coef // _pow10(n - 17)) + a._exp + n - 17
    return _math.log10(a._coef) + a._exp


def _to_fixed(a, W):
    """The finite Decimal a as an int times 10**-W (truncated)."""
    c = -a._coef if a._sign else a._coef
    e = a._exp + W
    if e >= 0:
        return c * _pow10(e)
    q = abs(c) // _pow10(-e)
    return -q if c < 0 else q


def _exp(a, ctx):
    if a._kind:
        if a._kind >= _QNAN:
            return _nans(a, None, ctx)
        return (_ZERO, 0) if a._sign else (_INF_P, 0)
    if not a._coef:
        return _ONE, 0
    ctx = _halfeven(ctx)
    prec = ctx.prec
    adj = a._exp + _nd(a._coef) - 1
    if adj < -(prec + 2):
        # exp(x) = 1 + x + ...: only the side of 1 matters.
        p = prec + 3
        if a._sign:
            return _finish(0, _pow10(p) - 1, -p, ctx, True)
        return _finish(0, _pow10(p), -p, ctx, True)
    # Far outside the exponent range: overflow or underflow at once.
    xf = float(a) if adj < 30 else (-_INFF if a._sign else _INFF)
    if xf > (ctx.Emax + 2) * 2.302585093:
        return _finish(0, 1, ctx.Emax + 5, ctx)
    if xf < (ctx.Emin - prec - 3) * 2.302585093:
        return _finish(0, 1, ctx.Emin - prec - 5, ctx, True)
    kest = int(abs(xf) / 2.302585093) + 2
    guard = 10
    while True:
        W = prec + guard + len(str(kest))
        X = _to_fixed(a, W)
        L = _ln10(W)
        k = X // L
        r = X - k * L
        E = _exp_fixed(r, W)
        err = (abs(k) + 2) * 30 + 30
        res = _settle(E - err, E + err, k - W, 0, ctx)
        if res is not None:
            return res
        guard *= 2
        if guard > 4 * prec + 200:
            return _finish(0, E, k - W, ctx, True)[0], _S_INEXACT | _S_ROUNDED


def _ln_parts(a, W):
    """ln(|a|) * 10**W and a bound on its error."""
    n = _nd(a._coef)
    adj = a._exp + n - 1
    # mantissa in [1, 10)
    shift = W - (n - 1)
    m = a._coef * _pow10(shift) if shift >= 0 else a._coef // _pow10(-shift)
    L = _ln_fixed(m, W) + adj * _ln10(W)
    return L, (abs(adj) + 2) * 12 + 20


def _near_one_digits(a):
    """How many leading zeros a - 1 has after the point (0 if not near 1)."""
    if a.adjusted() not in (-1, 0):
        return 0
    d, _ = _add(a, _ONE, 1, _EXACT_CTX)
    if not d._coef:
        return 0
    return max(0, -(d._exp + _nd(d._coef) - 1))


def _ln(a, ctx):
    if a._kind:
        if a._kind >= _QNAN:
            return _nans(a, None, ctx)
        if a._sign:
            return _NAN, _S_INVALID
        return _INF_P, 0
    if not a._coef:
        return _INF_N, 0
    if a._sign:
        return _NAN, _S_INVALID
    if a._coef == 1 and a._exp == 0 or _is_one(a):
        return _ZERO, 0
    ctx = _halfeven(ctx)
    prec = ctx.prec
    guard = 10 + _near_one_digits(a)
    while True:
        W = prec + guard + len(str(abs(a.adjusted()))) + 2
        L, err = _ln_parts(a, W)
        sign = 1 if L < 0 else 0
        L = abs(L)
        res = _settle(L - err, L + err, -W, sign, ctx)
        if res is not None:
            return res
        guard *= 2


def _is_one(a):
    """Whether the finite Decimal a equals 1."""
    if a._sign or a._exp > 0:
        return False
    return a._coef == _pow10(-a._exp)


def _log10(a, ctx):
    if a._kind:
        if a._kind >= _QNAN:
            return _nans(a, None, ctx)
        if a._sign:
            return _NAN, _S_INVALID
        return _INF_P, 0
    if not a._coef:
        return _INF_N, 0
    if a._sign:
        return _NAN, _S_INVALID
    s = _istr(a._coef)
    if s[0] == '1' and s.count('0') == len(s) - 1:
        # An exact power of ten: an exact integer result.
        p = a._exp + len(s) - 1
        return _finish(1 if p < 0 else 0, abs(p), 0, ctx)
    ctx = _halfeven(ctx)
    prec = ctx.prec
    guard = 10 + _near_one_digits(a)
    while True:
        W = prec + guard + len(str(abs(a.adjusted()))) + 2
        L, err = _ln_parts(a, W + 3)
        L10 = _ln10(W + 3)
        v = L * _pow10(W) // L10
        err = err // 100 + 30
        sign = 1 if v < 0 else 0
        v = abs(v)
        res = _settle(v - err, v + err, -W, sign, ctx)
        if res is not None:
            return res
        guard *= 2


def _sqrt(a, ctx):
    if a._kind:
        if a._kind >= _QNAN:
            return _nans(a, None, ctx)
        if a._sign:
            return _NAN, _S_INVALID
        return _INF_P, 0
    ideal = a._exp >> 1
    if not a._coef:
        return _finish(a._sign, 0, ideal, ctx)
    if a._sign:
        return _NAN, _S_INVALID
    ctx = _halfeven(ctx)
    prec = ctx.prec
    c, e = a._coef, a._exp
    if e & 1:
        c *= 10
        e -= 1
    # Scale by 100**k so the root has at least prec + 1 digits.
    k = prec + 1 - (_nd(c) + 1) // 2
    if k < 0:
        k = 0
    C = c * _pow10(2 * k)
    r = _isqrt(C)
    exp = e // 2 - k
    if r * r != C:
        return _finish(0, r, exp, ctx, True)
    r, exp = _strip_zeros(r, exp, ideal)
    return _finish(0, r, exp, ctx)


def _integral(x):
    """Whether the finite Decimal x has an integer value."""
    if x._exp >= 0 or not x._coef:
        return True
    if _nd(x._coef) <= -x._exp:
        return False
    return x._coef % _pow10(-x._exp) == 0


def _pow(a, b, ctx):
    sign = 0
    if a._kind >= _QNAN or b._kind >= _QNAN:
        return _nans(a, b, ctx)
    b_int = b._kind == _FIN and _integral(b)
    b_odd = False
    if b_int:
        if b._exp >= 0:
            b_odd = b._exp == 0 and b._coef & 1
        else:
            b_odd = (b._coef // _pow10(-b._exp)) & 1
    if a._sign:
        if b_int:
            sign = 1 if b_odd else 0
        elif not (a._kind == _FIN and not a._coef):
            return _NAN, _S_INVALID
    a_zero = a._kind == _FIN and not a._coef
    b_zero = b._kind == _FIN and not b._coef
    if a_zero:
        if b_zero:
            return _NAN, _S_INVALID
        if b._sign:
            return (_INF_N if sign else _INF_P), 0
        return _dec(sign, 0, 0), 0
    if a._kind == _INF:
        if b_zero:
            return _ONE, 0
        if b._sign:
            return _dec(sign, 0, 0), 0
        return (_INF_N if sign else _INF_P), 0
    if b._kind == _INF:
        if a._sign:
            return _NAN, _S_INVALID
        c = _cmp(_dec(0, a._coef, a._exp), _ONE)
        if c == 0:
            p = ctx.prec
            return _finish(0, _pow10(p - 1), 1 - p, ctx)[0], _S_INEXACT | _S_ROUNDED
        if (c < 0) == (b._sign == 0):
            return _ZERO, 0
        return _INF_P, 0
    if b_zero:
        return _ONE, 0
    prec = ctx.prec
    lg = _log10_estimate(a)
    if b_int:
        n = abs(int(b)) if b.adjusted() < 40 else None
        # Clear overflow or underflow?
        bf = float(b) if b.adjusted() < 300 else (-_INFF if b._sign else _INFF)
        est = lg * bf
        if est > ctx.Emax + 3:
            return _finish(sign, 1, ctx.Emax + 5, ctx)
        if est < ctx.Emin - prec - 3:
            return _finish(sign, 1, ctx.Emin - prec - 5, ctx, True)
        c0, t = _strip_zeros(a._coef, 0, _MAXINT)
        if c0 == 1 and n is None and a._exp + t == 0:
            # (+-1) ** huge: exact, but with the zeros of 1.000... rounded
            if t == 0:
                return _dec(sign, 1, 0), 0
            return _finish(sign, _pow10(prec + 1), -prec - 1, ctx)
        if c0 == 1 and n is not None:
            # A power of ten: the result is exact (if rounded, by zeros).
            if b._sign:
                return _finish(sign, 1, -(a._exp + t) * n, ctx)
            if t * n > prec + 2:
                return _finish(sign, _pow10(prec + 1),
                               (a._exp + t) * n - prec - 1, ctx)
            return _finish(sign, _pow10(t * n), a._exp * n, ctx)
        if n is not None and _nd(a._coef) * n <= 4 * prec + 400:
            c = a._coef ** n
            e = a._exp * n
            if not b._sign:
                return _finish(sign, c, e, ctx)
            return _div(_ONE, _dec(sign, c, e), ctx)
        return _pow_big_int(a, b, n, sign, ctx)
    # Non-integral exponent: exp(b * ln(a)) with a > 0.
    if _is_one(a):
        p = ctx.prec
        return _finish(0, _pow10(p - 1), 1 - p, ctx)[0], _S_INEXACT | _S_ROUNDED
    bf = float(b) if b.adjusted() < 300 else (-_INFF if b._sign else _INFF)
    est = lg * bf
    if est > ctx.Emax + 3:
        return _finish(0, 1, ctx.Emax + 5, ctx)
    if est < ctx.Emin - prec - 3:
        return _finish(0, 1, ctx.Emin - prec - 5, ctx, True)
    # |b * ln(a)| below 10**-(prec+3): the result is 1 plus or minus a hair.
    if b.adjusted() + 1 + _math.log10(2.31 * (abs(a.adjusted()) + 2)) < -(prec + 3):
        p = prec + 3
        if (_cmp(a, _ONE) > 0) == (b._sign == 0):
            return _finish(0, _pow10(p), -p, ctx, True)
        return _finish(0, _pow10(p) - 1, -p, ctx, True)
    guard = 10 + _near_one_digits(a)
    bdig = max(0, b.adjusted()) + 2
    while True:
        W = prec + guard + bdig + len(str(abs(a.adjusted()))) + 4
        L, errL = _ln_parts(a, W)
        # t = b * L, exactly scaled back to 10**-W
        t = L * (-b._coef if b._sign else b._coef)
        if b._exp >= 0:
            t *= _pow10(b._exp)
        else:
            t //= _pow10(-b._exp)
        errt = errL * (abs(b._coef) * _pow10(max(b._exp, 0)) // _pow10(max(-b._exp, 0)) + 1) + 2
        L10 = _ln10(W)
        k = t // L10
        r = t - k * L10
        E = _exp_fixed(r, W)
        err = (errt + (abs(k) + 2) * 20) * 10 + 30
        res = _settle(E - err, E + err, k - W, 0, ctx)
        if res is not None:
            return res
        guard *= 2
        if guard > 4 * prec + 200:
            return _finish(0, E, k - W, ctx, True)[0], _S_INEXACT | _S_ROUNDED


def _pow_big_int(a, b, n, sign, ctx):
    """a ** b for an integral b too big for exact powering: bound the
    result from below and above by truncated repeated squaring."""
    prec = ctx.prec
    if n is None:
        n = abs(int(b))
    guard = 10
    while True:
        W = prec + guard + len(str(n))
        lo = _pow_bound(a._coef, a._exp, n, W, False)
        hi = _pow_bound(a._coef, a._exp, n, W, True)
        if not b._sign:
            (lc, le), (hc, he) = lo, hi
            if le != he:
                hc *= _pow10(he - le) if he > le else 1
            res = _settle(lc, hc, le, sign, ctx)
        else:
            # 1 / hi <= result <= 1 / lo
            lc, le = hi
            hc, he = lo
            P = 2 * W + 5
            qlo = _pow10(P + _nd(lc)) // lc
            qhi = _pow10(P + _nd(hc)) // hc + 1
            elo = -le - P - _nd(lc)
            ehi = -he - P - _nd(hc)
            if elo != ehi:
                m = min(elo, ehi)
                qlo *= _pow10(elo - m)
                qhi *= _pow10(ehi - m)
                elo = m
            res = _settle(qlo, qhi, elo, sign, ctx)
        if res is not None:
            return res
        guard *= 2


def _pow_bound(c, e, n, W, up):
    """(coef, exp) bounding c*10**e ** n from below (or above) with
    about W digits kept."""
    rc, re = 1, 0
    bc, be = c, e

    def cut(x, xe):
        nd = _nd(x)
        if nd > W:
            d = nd - W
            q, r = divmod(x, _pow10(d))
            if up and r:
                q += 1
            return q, xe + d
        return x, xe
    while n:
        if n & 1:
            rc, re = cut(rc * bc, re + be)
        n >>= 1
        if n:
            bc, be = cut(bc * bc, be + be)
    return rc, re


def _powmod(a, b, m, ctx):
    if a._kind >= _QNAN or b._kind >= _QNAN or m._kind >= _QNAN:
        for x in (a, b, m):
            if x._kind == _SNAN:
                return _fix_nan(x, ctx), _S_INVALID
        for x in (a, b, m):
            if x._kind == _QNAN:
                return _fix_nan(x, ctx), 0
    for x in (a, b, m):
        if x._kind or not _integral(x):
            return _NAN, _S_INVALID
    if (b._sign and b._coef) or not m._coef:
        return _NAN, _S_INVALID
    if m.adjusted() >= ctx.prec:
        return _NAN, _S_INVALID
    if not a._coef and not b._coef:
        return _NAN, _S_INVALID
    mi = abs(int(m))
    # a and b may have huge exponents: reduce without expanding them.
    if a._exp >= 0:
        ai = a._coef % mi * pow(10, a._exp, mi) % mi
    else:
        ai = a._coef // _pow10(-a._exp)
    if b._exp <= 0:
        bi = abs(int(b))
        r = pow(ai, bi, mi)
        odd = bi & 1
    else:
        r = pow(ai, b._coef, mi)
        for _ in range(b._exp):
            r = pow(r, 10, mi)
        odd = 0
    sign = a._sign if odd else 0
    return _dec(sign, r, 0), 0


def _quantize(a, q, rounding, ctx):
    if a._kind or q._kind:
        if a._kind >= _QNAN or q._kind >= _QNAN:
            return _nans(a, q, ctx)
        if a._kind == _INF and q._kind == _INF:
            return a, 0
        return _NAN, _S_INVALID
    return _rescale(a, q._exp, rounding, ctx)


def _rescale(a, exp, rounding, ctx):
    if exp > ctx.Emax or exp < ctx.Emin - ctx.prec + 1:
        return _NAN, _S_INVALID
    if not a._coef:
        return _dec(a._sign, 0, exp), 0
    st = 0
    if exp > a._exp:
        c, inexact = _round_drop(a._sign, a._coef, exp - a._exp,
                                 rounding or ctx.rounding, False)
        st = _S_ROUNDED | (_S_INEXACT if inexact else 0)
    else:
        if a._exp - exp + _nd(a._coef) > ctx.prec:
            return _NAN, _S_INVALID
        c = a._coef * _pow10(a._exp - exp)
    if c and _nd(c) > ctx.prec:
        return _NAN, _S_INVALID
    if c and exp + _nd(c) - 1 > ctx.Emax:
        return _NAN, _S_INVALID
    if c and exp + _nd(c) - 1 < ctx.Emin:
        st |= _S_SUBNORMAL
    return _dec(a._sign, c, exp), st


_EXACT_CTX = None  # set after Context is defined
_MAXINT = 1 << 200


# ------------------------------------------------------------ contexts

_ROUNDING_ERROR = ("valid values for rounding are:\n"
                   "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                   "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                   "   ROUND_05UP]")
_SIGNAL_ERROR = ("valid values for signals are:\n"
                 "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                 "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                 "   Clamped]")


def _signal_dict(value, what):
    d = dict.fromkeys(_SIGNALS, False)
    if value is None:
        return d
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in d:
                raise KeyError('invalid signal dict')
            d[k] = bool(v)
        return d
    if isinstance(value, list):
        for k in value:
            if k not in d:
                raise KeyError(_SIGNAL_ERROR)
            d[k] = True
        return d
    raise TypeError('argument must be a signal dict')


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    if not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')


class Context(object):
    """The settings (precision, rounding, exponent range) and the signal
    flags and traps that decimal arithmetic runs under."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 _ignored_flags=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (
            dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        object.__setattr__(self, 'flags', _signal_dict(flags, 'flags'))
        if traps is None and dc is not None:
            object.__setattr__(self, 'traps', dict(dc.traps))
        else:
            object.__setattr__(self, 'traps', _signal_dict(traps, 'traps'))

    # -- validated settings

    def _get_prec(self):
        return self._c_prec

    def _set_prec(self, v):
        _check_int(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._c_prec = v

    prec = property(_get_prec, _set_prec)

    def _get_emin(self):
        return self._c_Emin

    def _set_emin(self, v):
        _check_int(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._c_Emin = v

    Emin = property(_get_emin, _set_emin)

    def _get_emax(self):
        return self._c_Emax

    def _set_emax(self, v):
        _check_int(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._c_Emax = v

    Emax = property(_get_emax, _set_emax)

    def _get_rounding(self):
        return self._c_rounding

    def _set_rounding(self, v):
        if not isinstance(v, str) or v not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        self._c_rounding = v

    rounding = property(_get_rounding, _set_rounding)

    def _get_capitals(self):
        return self._c_capitals

    def _set_capitals(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._c_capitals = v

    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._c_clamp

    def _set_clamp(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._c_clamp = v

    clamp = property(_get_clamp, _set_clamp)

    def __setattr__(self, name, value):
        if name in ('flags', 'traps'):
            if not isinstance(value, dict):
                raise TypeError('argument must be a signal dict')
            if set(value) != set(_SIGNALS):
                raise KeyError('invalid signal dict')
            value = dict((k, bool(v)) for k, v in value.items())
        elif name not in _CONTEXT_ATTRS:
            raise AttributeError("'decimal.Context' object has no attribute "
                                 "'%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def Etiny(self):
        return self._c_Emin - self._c_prec + 1

    def Etop(self):
        return self._c_Emax - self._c_prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def copy(self):
        return Context(self._c_prec, self._c_rounding, self._c_Emin, self._c_Emax,
                       self._c_capitals, self._c_clamp, dict(self.flags),
                       dict(self.traps))

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self.flags.get(s)]
        traps = [s for s in _SIGNALS if self.traps.get(s)]
        return (self.__class__, (self._c_prec, self._c_rounding, self._c_Emin,
                                 self._c_Emax, self._c_capitals, self._c_clamp,
                                 flags, traps))

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags.get(s)]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self._c_prec, self._c_rounding, self._c_Emin, self._c_Emax,
                   self._c_capitals, self._c_clamp, ', '.join(flags),
                   ', '.join(traps)))

    # -- signalling

    def _flag_only(self, st):
        for bit, cond, sig in _CONDITIONS:
            if st & bit:
                self.flags[sig] = True

    def _raise(self, st):
        """Set the flags of the conditions in st; raise if one is trapped."""
        flags = self.flags
        traps = self.traps
        trapped = 0
        for bit, cond, sig in _CONDITIONS:
            if st & bit:
                flags[sig] = True
                if traps.get(sig):
                    trapped |= bit
        if trapped:
            conds = [cond for bit, cond, sig in _CONDITIONS if trapped & bit]
            for sig in _SIGNALS:
                if trapped & _BITS_OF_SIGNAL[sig]:
                    raise sig(conds)

    def _raise_error(self, condition, explanation=None, *args):
        """Signal condition (a signal class) as the arithmetic would."""
        for bit, cond, sig in _CONDITIONS:
            if cond is condition:
                self._raise(bit)
                return _NAN
        raise condition(explanation)

    def _do(self, pair):
        r, st = pair
        if st:
            self._raise(st)
        return r

    def _apply(self, a):
        a = _conv(a)
        if a._kind >= _QNAN:
            return self._do((_fix_nan(a, self), 0))
        if a._kind:
            return a
        return self._do(_finish(a._sign, a._coef, a._exp, self))

    _fix = _apply

    # -- construction

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            s = num
            if s != s.strip() or '_' in s:
                self._raise(_S_CONVERSION)
                return _NAN
            d = Decimal(s, self)
        elif isinstance(num, float):
            self._raise(_S_FLOAT)
            d = _from_float(Decimal, num)
        elif isinstance(num, (int, Decimal, list, tuple)):
            d = Decimal(num)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(num).__name__)
        if d._kind >= _QNAN:
            if d._coef and _nd(d._coef) > self._c_prec - self._c_clamp:
                self._raise(_S_CONVERSION)
                return _NAN
            return _dec(d._sign, d._coef, 0, d._kind)
        if d._kind:
            return d
        return self._do(_finish(d._sign, d._coef, d._exp, self))

    def create_decimal_from_float(self, f):
        d = _from_float(Decimal, f)
        if d._kind:
            return d
        return self._do(_finish(d._sign, d._coef, d._exp, self))

    # -- arithmetic

    def abs(self, a):
        a = _conv(a)
        if a._sign:
            return self.minus(a)
        return self.plus(a)

    def add(self, a, b):
        return self._do(_add(_conv(a), _conv(b), 0, self))

    def subtract(self, a, b):
        return self._do(_add(_conv(a), _conv(b), 1, self))

    def multiply(self, a, b):
        return self._do(_mul(_conv(a), _conv(b), self))

    def divide(self, a, b):
        return self._do(_div(_conv(a), _conv(b), self))

    def divide_int(self, a, b):
        return self._do(_divint(_conv(a), _conv(b), self, 1))

    def remainder(self, a, b):
        return self._do(_divint(_conv(a), _conv(b), self, 2))

    def divmod(self, a, b):
        return self._do(_divint(_conv(a), _conv(b), self, 3))

    def remainder_near(self, a, b):
        return self._do(_remainder_near(_conv(a), _conv(b), self))

    def plus(self, a):
        a = _conv(a)
        z = _dec(0, 0, a._exp) if not a._kind else _ZERO
        return self._do(_add(z, a, 0, self))

    def minus(self, a):
        a = _conv(a)
        z = _dec(0, 0, a._exp) if not a._kind else _ZERO
        return self._do(_add(z, a, 1, self))

    def power(self, a, b, modulo=None):
        a = _conv(a)
        b = _conv(b)
        if modulo is not None:
            return self._do(_powmod(a, b, _conv(modulo), self))
        return self._do(_pow(a, b, self))

    def fma(self, a, b, c):
        a = _conv(a)
        b = _conv(b)
        c = _conv(c)
        for x in (a, b):
            if x._kind == _SNAN:
                return self._do((_fix_nan(x, self), _S_INVALID))
        for x in (a, b):
            if x._kind == _QNAN:
                if c._kind == _SNAN:
                    return self._do((_fix_nan(c, self), _S_INVALID))
                return self._do((_fix_nan(x, self), 0))
        sign = a._sign ^ b._sign
        if a._kind or b._kind:
            if (not a._kind and not a._coef) or (not b._kind and not b._coef):
                return self._do((_NAN, _S_INVALID))
            p = _INF_N if sign else _INF_P
        else:
            p = _dec(sign, a._coef * b._coef, a._exp + b._exp)
        return self._do(_add(p, c, 0, self))

    def sqrt(self, a):
        return self._do(_sqrt(_conv(a), self))

    def exp(self, a):
        return self._do(_exp(_conv(a), self))

    def ln(self, a):
        return self._do(_ln(_conv(a), self))

    def log10(self, a):
        return self._do(_log10(_conv(a), self))

    def logb(self, a):
        a = _conv(a)
        if a._kind >= _QNAN:
            return self._do(_nans(a, None, self))
        if a._kind:
            return _INF_P
        if not a._coef:
            return self._do((_INF_N, _S_DIVZERO))
        adj = a._exp + _nd(a._coef) - 1
        return self._do(_finish(1 if adj < 0 else 0, abs(adj), 0, self))

    def scaleb(self, a, b):
        a = _conv(a)
        b = _conv(b)
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return self._do(_nans(a, b, self))
        if b._kind or b._exp != 0:
            return self._do((_NAN, _S_INVALID))
        n = -b._coef if b._sign else b._coef
        lim = 2 * (self._c_Emax + self._c_prec)
        if abs(n) > lim:
            return self._do((_NAN, _S_INVALID))
        if a._kind:
            return a
        return self._do(_finish(a._sign, a._coef, a._exp + n, self))

    def _shift_arg(self, a, b):
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return None, _nans(a, b, self)
        if b._kind or b._exp != 0:
            return None, (_NAN, _S_INVALID)
        n = -b._coef if b._sign else b._coef
        if abs(n) > self._c_prec:
            return None, (_NAN, _S_INVALID)
        return n, None

    def shift(self, a, b):
        a = _conv(a)
        b = _conv(b)
        n, bad = self._shift_arg(a, b)
        if bad is not None:
            return self._do(bad)
        if a._kind:
            return a
        p = self._c_prec
        c = a._coef % _pow10(p)
        if n >= 0:
            c = c * _pow10(n) % _pow10(p)
        else:
            c //= _pow10(-n)
        return _dec(a._sign, c, a._exp)

    def rotate(self, a, b):
        a = _conv(a)
        b = _conv(b)
        n, bad = self._shift_arg(a, b)
        if bad is not None:
            return self._do(bad)
        if a._kind:
            return a
        p = self._c_prec
        c = a._coef % _pow10(p)
        n %= p
        if n:
            hi, lo = divmod(c, _pow10(p - n))
            c = lo * _pow10(n) + hi
        return _dec(a._sign, c, a._exp)

    def _logical_digits(self, a):
        if a._kind or a._sign or a._exp != 0:
            return None
        s = _istr(a._coef)
        if s.strip('01'):
            return None
        s = s[-self._c_prec:]
        return s.rjust(self._c_prec, '0')

    def _logical(self, a, b, fn):
        a = _conv(a)
        b = _conv(b)
        x = self._logical_digits(a)
        y = self._logical_digits(b)
        if x is None or y is None:
            return self._do((_NAN, _S_INVALID))
        s = ''.join('1' if fn(p == '1', q == '1') else '0'
                    for p, q in zip(x, y))
        return _dec(0, int(s, 2) and int(s), 0)

    def logical_and(self, a, b):
        return self._logical(a, b, lambda p, q: p and q)

    def logical_or(self, a, b):
        return self._logical(a, b, lambda p, q: p or q)

    def logical_xor(self, a, b):
        return self._logical(a, b, lambda p, q: p != q)

    def logical_invert(self, a):
        return self._logical(a, _dec(0, int('1' * self._c_prec), 0),
                             lambda p, q: p != q)

    # -- comparisons

    def compare(self, a, b):
        a = _conv(a)
        b = _conv(b)
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return self._do(_nans(a, b, self))
        c = _cmp(a, b)
        return _dec(1, 1, 0) if c < 0 else (_ONE if c > 0 else _ZERO)

    def compare_signal(self, a, b):
        a = _conv(a)
        b = _conv(b)
        if a._kind >= _QNAN or b._kind >= _QNAN:
            r, st = _nans(a, b, self)
            return self._do((r, st | _S_INVALID))
        return self.compare(a, b)

    def compare_total(self, a, b):
        return _compare_total(_conv(a), _conv(b), False)

    def compare_total_mag(self, a, b):
        return _compare_total(_conv(a), _conv(b), True)

    def _minmax(self, a, b, want_max, mag):
        a = _conv(a)
        b = _conv(b)
        if a._kind >= _QNAN or b._kind >= _QNAN:
            # A quiet NaN loses against a number.
            if a._kind == _SNAN or b._kind == _SNAN:
                return self._do(_nans(a, b, self))
            if a._kind == _QNAN and b._kind == _QNAN:
                return self._do(_nans(a, b, self))
            pick = b if a._kind == _QNAN else a
        else:
            if mag:
                c = _cmp(a.copy_abs(), b.copy_abs())
            else:
                c = 0
            if c == 0:
                c = _cmp(a, b)
            if c == 0:
                # Numerically equal: order by sign, then by exponent.
                if a._sign != b._sign:
                    c = -1 if a._sign else 1
                else:
                    c = (a._exp > b._exp) - (a._exp < b._exp)
                    if a._sign:
                        c = -c
            if want_max:
                pick = a if c >= 0 else b
            else:
                pick = a if c <= 0 else b
        return self._apply(pick)

    def max(self, a, b):
        return self._minmax(a, b, True, False)

    def min(self, a, b):
        return self._minmax(a, b, False, False)

    def max_mag(self, a, b):
        return self._minmax(a, b, True, True)

    def min_mag(self, a, b):
        return self._minmax(a, b, False, True)

    # -- steps

    def next_plus(self, a):
        a = _conv(a)
        return self._do(_next(a, 0, self))

    def next_minus(self, a):
        a = _conv(a)
        return self._do(_next(a, 1, self))

    def next_toward(self, a, b):
        a = _conv(a)
        b = _conv(b)
        if a._kind >= _QNAN or b._kind >= _QNAN:
            return self._do(_nans(a, b, self))
        c = _cmp(a, b)
        if c == 0:
            return _dec(b._sign, a._coef, a._exp, a._kind)
        r, st = _next(a, 1 if c > 0 else 0, self)
        if r._kind == _INF:
            st |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
        elif not r._kind:
            adj = r._exp + _nd(r._coef) - 1 if r._coef else None
            if adj is None or adj < self._c_Emin:
                st |= _S_SUBNORMAL | _S_UNDERFLOW | _S_INEXACT | _S_ROUNDED
                if not r._coef:
                    st |= _S_CLAMPED
        return self._do((r, st))

    # -- quantum and exponent

    def quantize(self, a, b, rounding=None):
        a = _conv(a)
        b = _conv(b)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        return self._do(_quantize(a, b, rounding, self))

    def same_quantum(self, a, b):
        return _conv(a).same_quantum(b)

    def normalize(self, a):
        a = _conv(a)
        if a._kind >= _QNAN:
            return self._do(_nans(a, None, self))
        if a._kind:
            return a
        r, st = _finish(a._sign, a._coef, a._exp, self)
        if r._kind:
            return self._do((r, st))
        if not r._coef:
            return self._do((_dec(r._sign, 0, 0), st))
        top = self.Etop() if self._c_clamp else self._c_Emax
        c, e = _strip_zeros(r._coef, r._exp, top)
        return self._do((_dec(r._sign, c, e), st))

    reduce = normalize

    def _to_integral(self, a, rounding, exact):
        a = _conv(a)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        if a._kind >= _QNAN:
            return self._do(_nans(a, None, self))
        if a._kind or a._exp >= 0:
            return a
        if not a._coef:
            return _dec(a._sign, 0, 0)
        c, inexact = _round_drop(a._sign, a._coef, -a._exp,
                                 rounding or self._c_rounding, False)
        st = 0
        if exact:
            st = _S_ROUNDED | (_S_INEXACT if inexact else 0)
        return self._do((_dec(a._sign, c, 0), st))

    def to_integral_value(self, a):
        return self._to_integral(a, None, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._to_integral(a, None, True)

    # -- simple copies and queries

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def copy_abs(self, a):
        return _conv(a).copy_abs()

    def copy_negate(self, a):
        return _conv(a).copy_negate()

    def copy_sign(self, a, b):
        return _conv(a).copy_sign(_conv(b))

    def copy_decimal(self, a):
        return Decimal(_conv(a))

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _conv(a).is_finite()

    def is_infinite(self, a):
        return _conv(a).is_infinite()

    def is_nan(self, a):
        return _conv(a).is_nan()

    def is_qnan(self, a):
        return _conv(a).is_qnan()

    def is_snan(self, a):
        return _conv(a).is_snan()

    def is_signed(self, a):
        return _conv(a).is_signed()

    def is_zero(self, a):
        return _conv(a).is_zero()

    def is_normal(self, a):
        return _conv(a).is_normal(self)

    def is_subnormal(self, a):
        return _conv(a).is_subnormal(self)

    def number_class(self, a):
        return _conv(a).number_class(self)

    def to_sci_string(self, a):
        return _to_string(_conv(a), False, self._c_capitals)

    def to_eng_string(self, a):
        return _to_string(_conv(a), True, self._c_capitals)


_CONTEXT_ATTRS = frozenset(['prec', 'rounding', 'Emin', 'Emax', 'capitals',
                            'clamp', '_c_prec', '_c_rounding', '_c_Emin', '_c_Emax',
                            '_c_capitals', '_c_clamp'])


def _next(a, down, ctx):
    """The next representable number above (down=0) or below (down=1) a."""
    if a._kind >= _QNAN:
        return _nans(a, None, ctx)
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    if a._kind == _INF:
        if a._sign == down:
            return a, 0
        # -inf goes up to the most negative finite number and vice versa
        return _dec(a._sign, _pow10(prec) - 1, ctx.Emax - prec + 1), 0
    if not a._coef:
        return _dec(down, 1, etiny), 0
    # Nudge the magnitude: toward zero if moving against the sign.
    away = (a._sign == down)
    c = ctx.copy()
    c.traps = dict.fromkeys(_SIGNALS, False)
    c.rounding = ROUND_FLOOR if down else ROUND_CEILING
    # Represent a with a tiny extra (sticky) digit, then round that.
    pad = prec + 2
    coef = a._coef * _pow10(pad)
    exp = a._exp - pad
    if away:
        r, st = _finish(a._sign, coef, exp, c, True)
    else:
        r, st = _finish(a._sign, coef - 1, exp, c, True)
    if r._kind == _INF:
        return r, 0
    return r, 0


# ----------------------------------------------- the current context

_current = _contextvars.ContextVar('decimal_context')


def getcontext():
    """The context of the current thread (or asyncio task)."""
    try:
        return _current.get()
    except LookupError:
        ctx = Context()
        _current.set(ctx)
        return ctx


_getcontext = getcontext


def _ctx(context):
    if context is None:
        try:
            return _current.get()
        except LookupError:
            return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def setcontext(context):
    """Make context the current context of this thread."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (or of the
    current context), changed by the keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    m = _ContextManager(ctx)
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % k)
        setattr(m.new_context, k, v)
    return m


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

_EXACT_CTX = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])


_numbers.Number.register(Decimal)


# ------------------------------------------------------------ __format__

def _parse_spec(spec):
    """Split a format spec into its parts; ValueError when malformed."""
    fill = align = None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zcoerce = False
    if i < n and spec[i] == 'z':
        zcoerce = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = None
    if i < n and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
    if i != n or (ftype is not None and ftype not in 'eEfFgGn%'):
        raise ValueError("invalid format string")
    if ftype == 'n' and grouping:
        raise ValueError("invalid format string")
    if zeropad and fill is None:
        fill = '0'
        if align is None:
            align = '='
    return (fill or ' ', align or '>', sign, zcoerce, alt, zeropad, width,
            grouping, precision, ftype)


def _group(digits, sep, minwidth, sizes):
    """Insert sep between digit groups (sizes from the right, the last one
    repeating); pad with zeros up to minwidth."""
    while True:
        parts = []
        rest = digits
        k = 0
        while rest:
            size = sizes[min(k, len(sizes) - 1)]
            if size <= 0:
                size = len(rest)
            parts.append(rest[-size:])
            rest = rest[:-size]
            k += 1
        s = sep.join(reversed(parts))
        if len(s) >= minwidth or not minwidth:
            return s
        digits = '0' + digits


def _format(d, spec, conv):
    (fill, align, signopt, zcoerce, alt, zeropad, width, grouping,
     precision, ftype) = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx.rounding
    point = '.'
    sep = grouping or ''
    sizes = [3]
    if ftype == 'n':
        if conv is None:
            import locale
            conv = locale.localeconv()
        point = conv.get('decimal_point', '.')
        sep = conv.get('thousands_sep', '')
        g = conv.get('grouping', [])
        g = [ord(ch) for ch in g] if isinstance(g, str) else list(g)
        sizes = []
        for x in g:
            if x == 0:               # repeat the last size
                break
            if x >= 127:             # CHAR_MAX: no further grouping
                sizes.append(-1)
                break
            sizes.append(x)
        if not sizes or sizes[0] < 0:
            sep = ''
            sizes = [3]
    sign = d._sign
    if d._kind:
        if zeropad and fill == '0' and align == '=':
            # Specials are never padded with zeros.
            fill, align = ' ', '>'
        body = ('Infinity', 'NaN', 'sNaN')[d._kind - 1]
        if d._coef and d._kind >= _QNAN:
            body += _istr(d._coef)
        if ftype == '%':
            body += '%'
        intpart, frac, expo = body, '', ''
        grouped = False
    else:
        coef, exp = d._coef, d._exp
        if ftype == '%':
            exp += 2
        if ftype in (None, 'g', 'G', 'n'):
            if precision is not None:
                p = precision or 1
                coef, exp = _round_digits(sign, coef, exp, p, rounding)
        elif ftype in 'eE':
            if precision is not None:
                if coef:
                    coef, exp = _round_digits(sign, coef, exp, precision + 1,
                                              rounding, True)
        else:  # 'f', 'F', '%'
            if precision is not None:
                if exp < -precision:
                    coef, _ = _round_drop(sign, coef, -precision - exp,
                                          rounding, False)
                else:
                    coef *= _pow10(exp + precision)
                exp = -precision
        if zcoerce and not coef:
            sign = 0
        digits = _istr(coef)
        if ftype in ('e', 'E') and not coef and precision:
            digits = '0' * (precision + 1)
        n = len(digits)
        adj = exp + n - 1
        if ftype in ('e', 'E'):
            dot = 1
        elif ftype in ('f', 'F', '%'):
            dot = n + exp
        elif exp <= 0 and adj >= -6:
            dot = n + exp
        else:
            dot = 1
        if dot <= 0:
            intpart = '0'
            frac = '0' * (-dot) + digits
        elif dot >= n:
            intpart = (digits + '0' * (dot - n)).lstrip('0') or '0'
            frac = ''
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        e = adj - (dot - 1)
        expo = ''
        if dot == 1 and not (ftype in ('f', 'F', '%')) and (
                ftype in ('e', 'E') or not (exp <= 0 and adj >= -6)):
            if ftype in ('E', 'G') or (ftype is None and ctx.capitals):
                expo = 'E%+d' % e
            else:
                expo = 'e%+d' % e
        if frac or alt:
            frac = point + frac
        if ftype == '%':
            frac += '%'
        grouped = True
    if sign:
        signstr = '-'
    elif signopt == '+':
        signstr = '+'
    elif signopt == ' ':
        signstr = ' '
    else:
        signstr = ''
    tail = frac + expo
    if grouped and sep:
        minw = 0
        if zeropad and width is not None and fill == '0' and align == '=':
            minw = width - len(signstr) - len(tail)
        intpart = _group(intpart, sep, minw, sizes)
    body = signstr + intpart + tail
    if width is not None and len(body) < width:
        pad = width - len(body)
        if align == '<':
            body = body + fill * pad
        elif align == '^':
            left = pad // 2
            body = fill * left + body + fill * (pad - left)
        elif align == '=':
            body = signstr + fill * pad + intpart + tail
        else:
            body = fill * pad + body
    return body


def _round_digits(sign, coef, exp, p, rounding, pad=False):
    """Round coef*10**exp to p significant digits (pad with zeros too when
    pad is true)."""
    n = _nd(coef)
    if n > p:
        d = n - p
        coef, _ = _round_drop(sign, coef, d, rounding, False)
        exp += d
        if _nd(coef) > p:
            coef //= 10
            exp += 1
    elif pad and n < p:
        coef *= _pow10(p - n)
        exp -= p - n
    return coef, exp
