"""The numeric tower of PEP 3141 as abstract base classes.

Levels, from the most general: Number, Complex, Real, Rational, Integral.
Each level lists the operations its members provide; operations that can be
expressed through others are supplied as ordinary methods.  The builtin
numeric types are registered where they belong (complex, float and int).

The abstract operators are generated from the tables below rather than
spelled out one by one; every generated method just raises
NotImplementedError and is marked abstract.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


# ---------------------------------------------------------------------------
# Helpers that manufacture abstract members
# ---------------------------------------------------------------------------

def _stub(shape):
    """Return a fresh function of the requested shape that always raises."""
    if shape == 1:
        def stub(self):
            raise NotImplementedError
    elif shape == 2:
        def stub(self, other):
            raise NotImplementedError
    elif shape == "pow":
        def stub(self, exponent, modulus=None):
            raise NotImplementedError
    else:  # "round"
        def stub(self, ndigits=None):
            raise NotImplementedError
    return stub


def _abstract(owner, name, shape, doc):
    """Return an abstract method called `name` for class `owner`."""
    method = _stub(shape)
    method.__name__ = name
    method.__qualname__ = owner + "." + name
    method.__doc__ = doc
    return abstractmethod(method)


def _abstract_property(owner, name, doc):
    return property(_abstract(owner, name, 1, doc))


def _install(namespace, owner, table):
    """Fill a class namespace with abstract members described by `table`.

    Each row is (name, shape, doc); a shape of 0 means an abstract property.
    """
    for name, shape, doc in table:
        if shape == 0:
            namespace[name] = _abstract_property(owner, name, doc)
        else:
            namespace[name] = _abstract(owner, name, shape, doc)


def _reflected_pair(name, what):
    """Rows for an operator and its reflected form."""
    return [
        ("__%s__" % name, 2, "Return self %s other." % what),
        ("__r%s__" % name, 2, "Return other %s self." % what),
    ]


# ---------------------------------------------------------------------------
# The tower
# ---------------------------------------------------------------------------

class Number(metaclass=ABCMeta):
    """Base of every numeric abstract class; use it for `is this a number?`."""

    __slots__ = ()

    # Concrete immutable numbers must provide a hash agreeing with equality.
    __hash__ = None


_COMPLEX_TABLE = (
    [("__complex__", 1, "Convert to the builtin complex type."),
     ("real", 0, "Real component of the number."),
     ("imag", 0, "Imaginary component of the number."),
     ("__neg__", 1, "Return -self."),
     ("__pos__", 1, "Return +self."),
     ("__abs__", 1, "Return the (Real) distance from zero."),
     ("conjugate", 1, "Return the complex conjugate."),
     ("__eq__", 2, "Return self == other."),
     ("__pow__", 2, "Return self raised to the power other."),
     ("__rpow__", 2, "Return other raised to the power self.")]
    + _reflected_pair("add", "+")
    + _reflected_pair("mul", "*")
    + _reflected_pair("truediv", "/")
)


class Complex(Number):
    """Numbers with a real and an imaginary component.

    Members support the arithmetic of the builtin complex type; subtraction
    and truth testing are derived from the other operations.
    """

    __slots__ = ()

    _install(locals(), "Complex", _COMPLEX_TABLE)

    def __bool__(self):
        """A number is true when it differs from zero."""
        return self != 0

    def __sub__(self, other):
        """Subtraction, derived as addition of the negation."""
        return self + -other

    def __rsub__(self, other):
        """Reflected subtraction, derived from negation and addition."""
        return -self + other


Complex.register(complex)


_REAL_TABLE = (
    [("__float__", 1, "Convert to the builtin float type."),
     ("__trunc__", 1, "Integral obtained by rounding towards zero."),
     ("__floor__", 1, "Greatest Integral not above self."),
     ("__ceil__", 1, "Least Integral not below self."),
     ("__round__", "round", "Round to an Integral, or to a Real with ndigits."),
     ("__lt__", 2, "Return self < other."),
     ("__le__", 2, "Return self <= other.")]
    + _reflected_pair("floordiv", "//")
    + _reflected_pair("mod", "%")
)


class Real(Complex):
    """Totally ordered numbers convertible to float.

    Adds floor division, modulo and rounding; the complex-number interface
    is provided by treating the imaginary part as zero.
    """

    __slots__ = ()

    _install(locals(), "Real", _REAL_TABLE)

    def __divmod__(self, other):
        """Pair of floor quotient and remainder."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """Reflected divmod."""
        return (other // self, other % self)

    def __complex__(self):
        """Widen to complex with a zero imaginary part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """Conjugation leaves a real number unchanged."""
        return +self


Real.register(float)


_RATIONAL_TABLE = [
    ("numerator", 0, "Top of the fraction in lowest terms."),
    ("denominator", 0, "Positive bottom of the fraction in lowest terms."),
]


class Rational(Real):
    """Exact ratios of two Integrals, normalised to lowest terms."""

    __slots__ = ()

    _install(locals(), "Rational", _RATIONAL_TABLE)

    def __float__(self):
        """Float value computed with one correctly rounded int division."""
        return int(self.numerator) / int(self.denominator)


_INTEGRAL_TABLE = (
    [("__int__", 1, "Convert to the builtin int type."),
     ("__pow__", "pow", "Return self ** other, optionally reduced modulo modulus."),
     ("__invert__", 1, "Return ~self.")]
    + _reflected_pair("lshift", "<<")
    + _reflected_pair("rshift", ">>")
    + _reflected_pair("and", "&")
    + _reflected_pair("xor", "^")
    + _reflected_pair("or", "|")
)


class Integral(Rational):
    """Whole numbers: indexable, with bit operations and modular pow."""

    __slots__ = ()

    _install(locals(), "Integral", _INTEGRAL_TABLE)

    def __index__(self):
        """Lossless conversion used by slicing and operator.index."""
        return int(self)

    def __float__(self):
        """Float value of the integer."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is always 1."""
        return 1


Integral.register(int)
