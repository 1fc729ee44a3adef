"""Python's operators as functions, and the callables attrgetter, itemgetter and methodcaller.

operator.add(a, b) is a + b, operator.getitem(a, b) is a[b], and so on; the in-place forms
(iadd, ...) apply the augmented assignment and return its result. Each has a dunder alias
(__add__ for add) as in CPython.
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem',
    'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift',
    'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
    'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift',
    'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow',
    'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

from builtins import abs as _abs


# Comparisons

def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b


# Truth and identity

def not_(a, /): return not a
def truth(a, /): return True if a else False
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b


# Arithmetic and bitwise

def abs(a, /): return _abs(a)
def add(a, b, /): return a + b
def and_(a, b, /): return a & b
def floordiv(a, b, /): return a // b
def inv(a, /): return ~a
invert = inv
def lshift(a, b, /): return a << b
def mod(a, b, /): return a % b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def neg(a, /): return -a
def or_(a, b, /): return a | b
def pos(a, /): return +a
def pow(a, b, /): return a ** b
def rshift(a, b, /): return a >> b
def sub(a, b, /): return a - b
def truediv(a, b, /): return a / b
def xor(a, b, /): return a ^ b


def index(a, /):
    """Return a converted to an integer; the same as a.__index__()."""
    if type(a) is int:
        return a
    if isinstance(a, int):
        # An int subclass (bool included) gives a plain int of its value, as CPython's.
        return int.__index__(a)
    cls = type(a)
    try:
        method = cls.__index__
    except AttributeError:
        raise TypeError(f"'{cls.__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


# Sequences

def _check_sequence(a):
    if not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    """Same as a + b, for a and b sequences."""
    _check_sequence(a)
    return a + b


def contains(a, b, /): return b in a


def countOf(a, b, /):
    """Return the number of items in a which are, or which equal, b."""
    return sum(1 for item in a if item is b or item == b)


def delitem(a, b, /): del a[b]
def getitem(a, b, /): return a[b]
def setitem(a, b, c, /): a[b] = c


def indexOf(a, b, /):
    """Return the first index of b in a."""
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj: len(obj) if it has one, else
    obj.__length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(value).__name__}')
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# In-place operators: apply the augmented assignment, return the result

def iadd(a, b, /): a += b; return a
def iand(a, b, /): a &= b; return a
def ifloordiv(a, b, /): a //= b; return a
def ilshift(a, b, /): a <<= b; return a
def imod(a, b, /): a %= b; return a
def imul(a, b, /): a *= b; return a
def imatmul(a, b, /): a @= b; return a
def ior(a, b, /): a |= b; return a
def ipow(a, b, /): a **= b; return a
def irshift(a, b, /): a >>= b; return a
def isub(a, b, /): a -= b; return a
def itruediv(a, b, /): a /= b; return a
def ixor(a, b, /): a ^= b; return a


def iconcat(a, b, /):
    """Same as a += b, for a and b sequences."""
    _check_sequence(a)
    a += b
    return a


# Callables made from operations

class _Final:
    """Base of the callable classes: like their C counterparts, they cannot be subclassed."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if _Final not in cls.__bases__:
            raise TypeError(f"type 'operator.{cls.__base__.__name__}' is not an acceptable base type")


def _resolve_dotted(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class attrgetter(_Final):
    """attrgetter(attr, ...) returns a callable fetching the given attribute(s) of its operand.

    attrgetter('name')(r) is r.name; attrgetter('a', 'b')(r) is (r.a, r.b); attrgetter('a.b')(r)
    is r.a.b.
    """
    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr, /, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return _resolve_dotted(obj, self._paths[0])
        return tuple(_resolve_dotted(obj, path) for path in self._paths)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter(_Final):
    """itemgetter(item, ...) returns a callable fetching the given item(s) of its operand.

    itemgetter(1)(r) is r[1]; itemgetter(1, 3)(r) is (r[1], r[3]).
    """
    __slots__ = ('_items',)

    def __init__(self, item, /, *items):
        self._items = (item,) + items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[item] for item in self._items)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return type(self), self._items


class methodcaller(_Final):
    """methodcaller(name, /, *args, **kwargs) returns a callable calling the named method of its
    operand with the given arguments: methodcaller('split', ',')(s) is s.split(',').
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, *rest = args
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = tuple(rest)
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f'{key}={value!r}' for key, value in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"


# The dunder aliases

__lt__ = lt; __le__ = le; __eq__ = eq; __ne__ = ne; __ge__ = ge; __gt__ = gt
__not__ = not_
__abs__ = abs; __add__ = add; __and__ = and_; __floordiv__ = floordiv; __index__ = index
__inv__ = inv; __invert__ = invert; __lshift__ = lshift; __mod__ = mod; __mul__ = mul
__matmul__ = matmul; __neg__ = neg; __or__ = or_; __pos__ = pos; __pow__ = pow
__rshift__ = rshift; __sub__ = sub; __truediv__ = truediv; __xor__ = xor
__concat__ = concat; __contains__ = contains; __delitem__ = delitem; __getitem__ = getitem
__setitem__ = setitem; __call__ = call
__iadd__ = iadd; __iand__ = iand; __iconcat__ = iconcat; __ifloordiv__ = ifloordiv
__ilshift__ = ilshift; __imod__ = imod; __imul__ = imul; __imatmul__ = imatmul; __ior__ = ior
__ipow__ = ipow; __irshift__ = irshift; __isub__ = isub; __itruediv__ = itruediv; __ixor__ = ixor
