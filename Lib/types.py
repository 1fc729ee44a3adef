"""Names for the interpreter's built-in types, and helpers to create classes dynamically.

The types are taken from objects of each kind (type(len) is BuiltinFunctionType, ...), so they
are the interpreter's own classes. new_class, prepare_class and resolve_bases run the steps of a
class statement one at a time.
"""

import sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType',
    'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
    'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
    'ClassMethodDescriptorType', 'ModuleType', 'TracebackType', 'FrameType',
    'GetSetDescriptorType', 'MemberDescriptorType', 'new_class', 'resolve_bases',
    'prepare_class', 'get_original_bases', 'DynamicClassAttribute', 'coroutine', 'GenericAlias',
    'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType',
]


def _function(): pass
FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


def _cell_maker():
    value = None
    return lambda: value
CellType = type(_cell_maker().__closure__[0])


def _generator():
    yield 1
GeneratorType = type(_generator())


async def _coroutine(): pass
_instance = _coroutine()
CoroutineType = type(_instance)
_instance.close()   # never awaited: closed now so that no warning is reported


async def _async_generator():
    yield 1
AsyncGeneratorType = type(_async_generator())


class _Class:
    __slots__ = ('_slot',)

    def _method(self): pass
MethodType = type(_Class()._method)
MemberDescriptorType = type(_Class.__dict__['_slot'])

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(type.__dict__['__dict__'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
    del _exc

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _function, _cell_maker, _generator, _coroutine, _instance, _async_generator, _Class


# Per-thread set of the namespaces and proxies whose repr is being computed, so that a
# namespace containing itself prints as "namespace(...)" instead of recursing.
import _thread
_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = (id(self), _thread.get_ident())
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


class _MappingProxy:
    """A read-only view of a mapping: mappingproxy(mapping)."""
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key): return self._mapping[key]
    def __iter__(self): return iter(self._mapping)
    def __len__(self): return len(self._mapping)
    def __contains__(self, key): return key in self._mapping
    def __reversed__(self): return reversed(self._mapping)
    def get(self, key, default=None): return self._mapping.get(key, default)
    def keys(self): return self._mapping.keys()
    def values(self): return self._mapping.values()
    def items(self): return self._mapping.items()
    def copy(self): return self._mapping.copy()
    def __repr__(self): return f'mappingproxy({self._mapping!r})'
    def __str__(self): return str(self._mapping)

    def __eq__(self, other): return self._mapping == other
    def __ne__(self, other): return self._mapping != other
    __hash__ = None

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError(f"'|=' is not supported by mappingproxy; use '|' instead")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")


_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'

# The interpreter's own mappingproxy type, when it can be called; the Python one otherwise.
MappingProxyType = type(type.__dict__)
try:
    MappingProxyType({})
except TypeError:
    MappingProxyType = _MappingProxy
del _MappingProxy


# Creating classes dynamically

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: exec_body(ns) fills the namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that are not classes by what their __mro_entries__(bases) returns."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new_base = entries(bases)
        changed = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) for a class of these bases and keywords; the
    'metaclass' keyword is removed from kwds."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement, before __mro_entries__."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None


class DynamicClassAttribute:
    """A property whose class access raises AttributeError, so that the class's __getattr__
    (usually its metaclass's) answers instead; instances see the property."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


# Generator-based coroutines

_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """A generator made awaitable, for coroutine() of functions that return generators."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = isinstance(gen, GeneratorType)
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value): return self.__wrapped.send(value)
    def throw(self, *args): return self.__wrapped.throw(*args)
    def close(self): return self.__wrapped.close()

    @property
    def gi_code(self): return self.__wrapped.gi_code
    @property
    def gi_frame(self): return self.__wrapped.gi_frame
    @property
    def gi_running(self): return self.__wrapped.gi_running
    @property
    def gi_yieldfrom(self): return self.__wrapped.gi_yieldfrom
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self): return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self
    __await__ = __iter__


def coroutine(func):
    """Make a generator function usable as a coroutine (awaitable) function."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & _CO_GENERATOR:
        try:
            func.__code__ = func.__code__.replace(
                co_flags=func.__code__.co_flags | _CO_ITERABLE_COROUTINE)
            return func
        except TypeError:
            pass   # this interpreter cannot mark code objects: wrap the generators instead

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (CoroutineType, _GeneratorWrapper)):
            return result
        if isinstance(result, GeneratorType):
            return _GeneratorWrapper(result)
        return result
    return wrapped
