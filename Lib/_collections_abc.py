"""Abstract base classes for containers; collections.abc re-exports them.

Every ABC here names a few abstract methods and derives the rest of its interface (the mixin
methods) from them. The small protocol ABCs (Hashable, Sized, Iterable, ...) accept, through
their __subclasshook__, any class whose MRO provides the protocol's methods without blanking them
to None. The builtin containers are registered at the bottom with the richer ABCs they satisfy.
"""

import sys
from abc import abstractmethod, ABCMeta

# The class of subscripted builtins such as list[int].
GenericAlias = type(tuple[int])

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
    "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
    "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString", "Buffer",
]

# Classes defined below take their __module__ from this global: make it the public home.
__name__ = 'collections.abc'

_NOWHERE = object()


def _mro_lookup(klass, attr):
    """The first value bound to `attr` along klass's MRO, or _NOWHERE."""
    for ancestor in klass.__mro__:
        namespace = ancestor.__dict__
        if attr in namespace:
            return namespace[attr]
    return _NOWHERE


def _check_methods(klass, *names):
    """True when every name resolves, on klass, to something other than None; otherwise
    NotImplemented (so that the ABC machinery falls back to registration and subclassing)."""
    for attr in names:
        if _mro_lookup(klass, attr) in (None, _NOWHERE):
            return NotImplemented
    return True


def _protocol(*names):
    """Class decorator: give the ABC a __subclasshook__ recognising any class that provides
    `names`. Subclasses of the ABC do not inherit the structural test."""
    def install(abc_class):
        def __subclasshook__(cls, candidate):
            if cls is not abc_class:
                return NotImplemented
            return _check_methods(candidate, *names)
        __subclasshook__.__qualname__ = abc_class.__qualname__ + '.__subclasshook__'
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return install


def _subscriptable(abc_class):
    """Class decorator: ABC[X] builds a types.GenericAlias."""
    abc_class.__class_getitem__ = classmethod(GenericAlias)
    return abc_class


def _raise_thrown(typ, val, tb):
    """What the default throw()/athrow() do: raise the exception described by the old
    three-argument signature (a class or an instance, an optional value, a traceback)."""
    if val is not None:
        exc = val
    else:
        exc = typ if tb is None else typ()
    if tb is not None:
        exc = exc.with_traceback(tb)
    raise exc


def _close_by_throwing(gen, stop_class, complaint):
    try:
        gen.throw(GeneratorExit)
    except (GeneratorExit, stop_class):
        return
    raise RuntimeError(complaint)


# ---- The single-protocol ABCs ----

@_protocol('__hash__')
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_subscriptable
@_protocol('__await__')
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield from ()


@_protocol('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with `value`; give back what it yields next, or raise
        StopIteration once it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the coroutine's suspension point; give back what it yields
        next, or raise StopIteration once it finishes."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Make the coroutine exit by raising GeneratorExit inside it."""
        _close_by_throwing(self, StopIteration, 'coroutine ignored GeneratorExit')


@_subscriptable
@_protocol('__aiter__')
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_protocol('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Produce the following item, or raise StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume the generator with `value`; give back what it yields next, or raise
        StopAsyncIteration once it finishes."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point."""
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Make the generator exit by raising GeneratorExit inside it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


@_subscriptable
@_protocol('__iter__')
class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        yield from ()


@_protocol('__iter__', '__next__')
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Produce the following item, or raise StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


@_protocol('__reversed__', '__iter__')
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        yield from ()


@_protocol('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with `value`; give back what it yields next, or raise
        StopIteration once it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Make the generator exit by raising GeneratorExit inside it."""
        _close_by_throwing(self, StopIteration, 'generator ignored GeneratorExit')


@_protocol('__len__')
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_subscriptable
@_protocol('__contains__')
class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


@_protocol('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_protocol('__buffer__')
class Buffer(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError


def _stands_for_parameters(arg):
    """Whether a Callable's first argument describes all the parameters at once: `...`, a
    ParamSpec or a Concatenate (else it is a list of the parameters' types)."""
    if arg is Ellipsis:
        return True
    kind = type(arg)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_SubscriptedConcatenate')


def _shown(arg):
    """An argument as a generic alias's repr shows it."""
    if isinstance(arg, type) and not isinstance(arg, GenericAlias):
        return arg.__qualname__ if arg.__module__ == 'builtins' else f'{arg.__module__}.{arg.__qualname__}'
    if arg is Ellipsis:
        return '...'
    if type(arg).__name__ == 'function':
        return arg.__name__
    return repr(arg)


class _CallableGenericAlias(GenericAlias):
    """`Callable[[int, str], bool]`: the parameter types and the result type, flattened into
    `__args__` ((int, str, bool)), as typing expects; shown and pickled as written."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        parameters, result = args
        if isinstance(parameters, (list, tuple)):
            flat = (*parameters, result)
        elif _stands_for_parameters(parameters):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            f"Got {parameters}")
        return super().__new__(cls, origin, flat)

    def _as_written(self):
        """The two arguments as the subscription spelled them."""
        args = self.__args__
        if len(args) == 2 and _stands_for_parameters(args[0]):
            return args
        return list(args[:-1]), args[-1]

    def __repr__(self):
        parameters, result = self._as_written()
        if isinstance(parameters, list):
            shown = '[' + ', '.join(_shown(p) for p in parameters) + ']'
        else:
            shown = _shown(parameters)
        return f'collections.abc.Callable[{shown}, {_shown(result)}]'

    def __reduce__(self):
        return _CallableGenericAlias, (Callable, self._as_written())

    def __getitem__(self, item):
        # GenericAlias substitutes the type variables; the result is given this shape again.
        substituted = super().__getitem__(item).__args__
        if len(substituted) == 2 and _stands_for_parameters(substituted[0]):
            return _CallableGenericAlias(Callable, substituted)
        if len(substituted) == 2 and isinstance(substituted[0], (tuple, list)):
            # A ParamSpec replaced by the list of the parameters' types.
            return _CallableGenericAlias(Callable, (list(substituted[0]), substituted[1]))
        return _CallableGenericAlias(Callable, (list(substituted[:-1]), substituted[-1]))


@_protocol('__call__')
class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# ---- Sets ----

def _contained(small, big, strict):
    """Whether every element of `small` also belongs to `big`; when `strict`, `big` must have
    more elements as well."""
    spare = len(big) - len(small)
    if spare < 0 or (strict and spare == 0):
        return False
    for item in small:
        if item not in big:
            return False
    return True


def _chain(*iterables):
    for iterable in iterables:
        yield from iterable


def _as_set_operand(owner, other):
    """`other` as a Set for the binary operators, or None when it is not even iterable."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return owner._from_iterable(other)
    return None


class Set(Collection):
    """A finite container that can be iterated; from __contains__, __iter__ and __len__ it
    derives the comparisons (as subset tests) and the operators & | - ^. New sets are made by
    the class method _from_iterable, which by default passes an iterable to the class: override
    it when the constructor takes something else."""
    __slots__ = ()

    # The orderings are the subset/superset relations; a non-Set operand is not comparable.
    def __le__(self, other):
        return _contained(self, other, False) if isinstance(other, Set) else NotImplemented

    def __lt__(self, other):
        return _contained(self, other, True) if isinstance(other, Set) else NotImplemented

    def __ge__(self, other):
        return _contained(other, self, False) if isinstance(other, Set) else NotImplemented

    def __gt__(self, other):
        return _contained(other, self, True) if isinstance(other, Set) else NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and _contained(self, other, False)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def isdisjoint(self, other):
        """Whether no element of `other` belongs to this set."""
        for item in other:
            if item in self:
                return False
        return True

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(_chain(self, other))
        return NotImplemented

    def __sub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        only_mine = self - other
        only_theirs = other - self
        return only_mine | only_theirs

    # &, | and ^ are symmetric: the reflected forms are the same functions.
    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__

    def _hash(self):
        """A hash value that all equal sets share; an immutable Set subclass may use it as
        its __hash__."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A Set that can change through add() and discard(); from them it derives remove(),
    pop(), clear() and the augmented operators |= &= ^= -=."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put `value` in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take `value` out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take `value` out of the set; KeyError when it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take out and return some element; KeyError when the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Empty the set."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        for item in self - it:
            self.discard(item)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        toggled = it if isinstance(it, Set) else self._from_iterable(it)
        for item in toggled:
            (self.discard if item in self else self.add)(item)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for item in it:
            self.discard(item)
        return self


# ---- Mappings ----

class Mapping(Collection):
    """A read-only association of keys with values; from __getitem__, __iter__ and __len__ it
    derives get(), `in`, keys(), items(), values() and ==."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        """A set-like view on the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view on the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view on the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(other.items()) == dict(self.items())
        return NotImplemented

    # Mappings have no defined order to reverse.
    __reversed__ = None


@_subscriptable
class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


def _plain_set(cls, iterable):
    # Views are not constructible from an iterable: their operators give plain sets.
    return set(iterable)


class KeysView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


def _same(a, b):
    return a is b or a == b


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, wanted = item
        try:
            stored = self._mapping[key]
        except KeyError:
            return False
        return _same(stored, wanted)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(stored, value) for stored in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that can change through __setitem__ and __delitem__; from them it derives
    pop(), popitem(), clear(), update() and setdefault()."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
        If key is not found, d is returned if given, otherwise KeyError is raised."""
        try:
            found = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return found

    def popitem(self):
        """Take out and return some (key, value) pair; KeyError when the mapping is empty."""
        for key in self:
            break
        else:
            raise KeyError
        found = self[key]
        del self[key]
        return key, found

    def clear(self):
        """Remove all the items."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Store the items of `other` (a Mapping, an object with keys(), or an iterable of
        key/value pairs), then those given as keyword arguments."""
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            keys = other if isinstance(other, Mapping) else other.keys()
            pairs = ((key, other[key]) for key in keys)
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


# ---- Sequences ----

class Sequence(Reversible, Collection):
    """A read-only container indexed by integers; from __getitem__ and __len__ it derives
    iteration, `in`, reversed(), index() and count()."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        position = len(self)
        while position > 0:
            position -= 1
            yield self[position]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
        Raises ValueError if the value is not present."""
        # Negative bounds count from the end, as in slicing; a start before the beginning
        # means the beginning.
        if (start or 0) < 0:
            start = max(0, start + len(self))
        if (stop or 0) < 0:
            stop = stop + len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """S.count(value) -> integer -- how many times value occurs."""
        total = 0
        for item in self:
            if _same(item, value):
                total += 1
        return total


def _warn_byte_string():
    import warnings
    # Two levels up: past this function and the metaclass method, to the user's line.
    warnings.warn("'collections.abc.ByteString' is deprecated and slated for removal in Python 3.14",
                  DeprecationWarning, stacklevel=3)


class _DeprecateByteStringMeta(ABCMeta):
    """Warns when ByteString is subclassed or used in isinstance() (deprecated in 3.12)."""

    def __new__(mcs, name, bases, namespace, **kwargs):
        if name != 'ByteString':
            _warn_byte_string()
        return super().__new__(mcs, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        _warn_byte_string()
        return super().__instancecheck__(instance)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """Deprecated since Python 3.12; test for Buffer, or for bytes | bytearray, instead."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change through __setitem__, __delitem__ and insert(); from them it
    derives append(), clear(), reverse(), extend(), pop(), remove() and +=."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put `value` in front of position `index`."""
        raise IndexError

    def append(self, value):
        """Add `value` at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove all the items."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the order of the items, in place."""
        low, high = 0, len(self) - 1
        while low < high:
            self[low], self[high] = self[high], self[low]
            low += 1
            high -= 1

    def extend(self, values):
        """Add the items of `values` at the end."""
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        """Take out and return the item at `index` (the last one by default); IndexError when
        the position does not exist."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Take out the first item equal to `value`; ValueError when there is none."""
        position = self.index(value)
        del self[position]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- Registration of the builtin types ----

def _register_all(abc_class, *classes):
    for klass in classes:
        abc_class.register(klass)


def _builtin_iterator_types():
    samples = (b'', bytearray(), {}, {}.keys(), {}.values(), {}.items(), [], reversed([]),
               range(0), range(1 << 1000), set(), '', '\xe9', (), zip())
    found = []
    for sample in samples:
        kind = type(iter(sample))
        if kind not in found:
            found.append(kind)
    return found


def _native_coroutine_kinds():
    def plain():
        yield

    async def native():
        pass

    async def native_gen():
        yield

    coro = native()
    kinds = type(plain()), type(coro), type(native_gen())
    coro.close()
    return kinds


_register_all(Iterator, *_builtin_iterator_types())
_kinds = _native_coroutine_kinds()
Generator.register(_kinds[0])
Coroutine.register(_kinds[1])
AsyncGenerator.register(_kinds[2])
del _kinds

_register_all(Set, frozenset)
_register_all(MutableSet, set)
_register_all(Mapping, type(type.__dict__))
_register_all(MutableMapping, dict)
_register_all(KeysView, type({}.keys()))
_register_all(ValuesView, type({}.values()))
_register_all(ItemsView, type({}.items()))
_register_all(Sequence, tuple, str, range, memoryview)
_register_all(MutableSequence, list, bytearray)
_register_all(ByteString, bytes, bytearray)
# Buffer objects of this interpreter do not all have a __buffer__ method yet: register those.
_register_all(Buffer, *(kind for kind in (bytes, bytearray, memoryview)
                        if not hasattr(kind, '__buffer__')))
