"""Names for the interpreter's built-in types, plus tools for building classes dynamically
(new_class, prepare_class, resolve_bases, get_original_bases), DynamicClassAttribute and
coroutine().

Each type is obtained from a sample object of that kind, so the names refer to the interpreter's
own classes.
"""

import sys
import _thread

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType',
    'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
    'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
    'ClassMethodDescriptorType', 'ModuleType', 'TracebackType', 'FrameType',
    'GetSetDescriptorType', 'MemberDescriptorType', 'new_class', 'resolve_bases',
    'prepare_class', 'get_original_bases', 'DynamicClassAttribute', 'coroutine', 'GenericAlias',
    'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType',
]


# ---- Types of Python-level objects, taken from samples made here ----

def _samples():
    """Make one object of each kind that only code can produce, and return their types."""
    def plain():
        pass

    def closure_maker():
        captured = 0
        return lambda: captured

    def generator_function():
        yield

    async def coroutine_function():
        pass

    async def async_generator_function():
        yield

    class Holder:
        __slots__ = ('slot',)

        def method(self):
            pass

    pending = coroutine_function()
    coroutine_type = type(pending)
    pending.close()   # closed right away: it is never awaited

    try:
        raise LookupError
    except LookupError as caught:
        tb = caught.__traceback__
    return {
        'FunctionType': type(plain),
        'CodeType': type(plain.__code__),
        'CellType': type(closure_maker().__closure__[0]),
        'GeneratorType': type(generator_function()),
        'CoroutineType': coroutine_type,
        'AsyncGeneratorType': type(async_generator_function()),
        'MethodType': type(Holder().method),
        'MemberDescriptorType': type(vars(Holder)['slot']),
        'TracebackType': type(tb),
        'FrameType': type(tb.tb_frame),
    }


globals().update(_samples())
del _samples
LambdaType = FunctionType

# ---- Types of built-in objects ----

BuiltinFunctionType = BuiltinMethodType = type(abs)
WrapperDescriptorType = type(object.__repr__)
MethodWrapperType = type(object().__repr__)
MethodDescriptorType = type(str.upper)
ClassMethodDescriptorType = type(vars(bytes)['fromhex'])
GetSetDescriptorType = type(vars(type)['__dict__'])
ModuleType = type(_thread)
GenericAlias = type(tuple[int])
UnionType = type(int | None)
EllipsisType = type(...)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


# ---- SimpleNamespace ----

# The interpreter's own class (sys.implementation is one).
SimpleNamespace = type(sys.implementation)


# ---- MappingProxyType ----

# The interpreter's own class (a class's __dict__ is one).
MappingProxyType = type(type.__dict__)


# ---- Building classes dynamically ----

def resolve_bases(bases):
    """Apply PEP 560: every base that is not a class but has __mro_entries__ is replaced by the
    tuple that method returns. The same tuple object comes back when nothing was replaced."""
    resolved = []
    replaced = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            resolved.append(base)
            continue
        substitutes = hook(bases)
        if not isinstance(substitutes, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(substitutes)
        replaced = True
    return tuple(resolved) if replaced else bases


def _most_derived_metaclass(meta, bases):
    """Of `meta` and the metaclasses of `bases`, the one that is a subclass of all the others;
    TypeError when there is none."""
    chosen = meta
    for candidate in map(type, bases):
        if issubclass(chosen, candidate):
            continue
        if not issubclass(candidate, chosen):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                            '(non-strict) subclass of the metaclasses of all its bases')
        chosen = candidate
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """Work out the metaclass of a class and create its namespace (with __prepare__ when the
    metaclass has one). Returns (metaclass, namespace, kwds), kwds being a copy of the given
    keywords without 'metaclass'."""
    keywords = {} if kwds is None else dict(kwds)
    # Without an explicit metaclass, the first base's class is the starting point.
    meta = keywords.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **keywords)
    return meta, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement does; `exec_body(namespace)`, when given,
    fills in the namespace (it plays the part of the class body)."""
    final_bases = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, final_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if final_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, final_bases, namespace, **keywords)


def get_original_bases(cls, /):
    """The bases of `cls` as its class statement listed them, before __mro_entries__ replaced
    any (its __bases__ when nothing was replaced)."""
    try:
        own = cls.__dict__
        fallback = cls.__bases__
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None
    return own.get('__orig_bases__', fallback)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    On an instance this behaves like a property. Looked up on the class itself it raises
    AttributeError, so that the class's __getattr__ (in practice the metaclass's) answers: an
    instance attribute and a class attribute of one name can then coexist (enum uses this)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = getattr(fget, '__doc__', None) if doc is None else doc
        # Whether later getter() calls should take the new getter's docstring.
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, fget, fset, fdel, doc):
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        new_doc = fget.__doc__ if self.overwrite_doc else None
        return self._with(fget, self.fset, self.fdel, new_doc or self.__doc__)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


# ---- Generator-based coroutines ----

_FLAG_GENERATOR = 0x20
_FLAG_COROUTINE = 0x80
_FLAG_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """Makes a generator object awaitable: what coroutine() hands out when the decorated
    function returns a generator and its code could not be marked as a coroutine's."""

    def __init__(self, gen):
        self._gen = gen
        self._plain_generator = isinstance(gen, GeneratorType)
        for attr in ('__name__', '__qualname__'):
            setattr(self, attr, getattr(gen, attr, None))

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        return self._gen if self._plain_generator else self

    __await__ = __iter__

    # The generator's introspection attributes, under the generator and the coroutine names.
    gi_code = cr_code = property(lambda self: self._gen.gi_code)
    gi_frame = cr_frame = property(lambda self: self._gen.gi_frame)
    gi_running = cr_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self._gen.gi_yieldfrom)


def coroutine(func):
    """Decorator turning a generator function into one whose result can be awaited (a
    generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(getattr(func, '__code__', None)) is CodeType:
        code = func.__code__
        # Already a coroutine function (async def, or flagged before).
        if code.co_flags & (_FLAG_COROUTINE | _FLAG_ITERABLE_COROUTINE):
            return func
        # A generator function: its code is flagged, and the same function returned.
        if code.co_flags & _FLAG_GENERATOR:
            func.__code__ = code.replace(co_flags=code.co_flags | _FLAG_ITERABLE_COROUTINE)
            return func

    from functools import wraps
    import _collections_abc

    def call_and_adapt(*args, **kwargs):
        outcome = func(*args, **kwargs)
        if (type(outcome) is CoroutineType or
                type(outcome) is GeneratorType and outcome.gi_code.co_flags & _FLAG_ITERABLE_COROUTINE):
            return outcome
        if (isinstance(outcome, _collections_abc.Generator) and
                not isinstance(outcome, _collections_abc.Coroutine)):
            # A generator (or a duck one) made awaitable.
            return _GeneratorWrapper(outcome)
        return outcome

    return wraps(func)(call_and_adapt)
