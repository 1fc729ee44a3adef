"""Tools working on functions and callables: partial application (partial, partialmethod),
folding (reduce), wrapper metadata (update_wrapper, wraps), memoisation (lru_cache, cache,
cached_property), ordering helpers (total_ordering, cmp_to_key) and single dispatch
(singledispatch, singledispatchmethod)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property']

import sys as _sys
import _thread
# Public by accident in CPython (tests and some programs reach for functools.RLock).
from _thread import RLock
import collections as _collections

# The type of list[int]: what Class[...] gives for the classes below.
GenericAlias = type(tuple[int])

_ABSENT = object()


def _generic_alias_support(cls):
    cls.__class_getitem__ = classmethod(GenericAlias)
    return cls


# ---- Wrapper metadata ----

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Give `wrapper` the look of `wrapped`: copy over the attributes named in `assigned` that
    `wrapped` has, merge `wrapped`'s mappings named in `updated` into `wrapper`'s, and point
    wrapper.__wrapped__ at `wrapped`. Returns `wrapper`."""
    for name in assigned:
        found = getattr(wrapped, name, _ABSENT)
        if found is not _ABSENT:
            setattr(wrapper, name, found)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Done after the updates: a __wrapped__ that came along with wrapped's __dict__ must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped, assigned, updated) to the function
    it decorates."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering ----

# How each missing comparison follows from the one the class defines (the "root"), as
# (negate the root's answer?, what to combine it with). '&ne' means "and the operands differ",
# '|eq' "or the operands are equal".
_DERIVATIONS = {
    '__lt__': {'__gt__': (True, '&ne'), '__le__': (False, '|eq'), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, '|eq'), '__lt__': (False, '&ne'), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, '&ne'), '__ge__': (False, '|eq'), '__le__': (True, None)},
    '__ge__': {'__le__': (True, '|eq'), '__gt__': (False, '&ne'), '__lt__': (True, None)},
}
# When a class defines several, the first of these is the root.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def _derived_comparison(name, root, negate, combine):
    """The comparison `name` computed from the method `root`. One function per (root, name)
    pair is made at import and kept in this module under its __qualname__ (_gt_from_lt and the
    like), so that pickle can find the methods total_ordering() adds."""
    def comparison(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return answer
        if negate:
            answer = not answer
        if combine == '&ne':
            return answer and self != other
        if combine == '|eq':
            return answer or self == other
        return answer
    comparison.__name__ = name
    comparison.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
    return comparison


_DERIVED = {}
for _root, _table in _DERIVATIONS.items():
    for _name, (_negate, _combine) in _table.items():
        _DERIVED[_root, _name] = _derived_comparison(_name, _root, _negate, _combine)
        globals()[_DERIVED[_root, _name].__qualname__] = _DERIVED[_root, _name]
del _root, _table, _name, _negate, _combine


def _own_comparison(cls, name):
    """Whether the class (not merely object) supplies the comparison `name`."""
    for klass in cls.__mro__:
        if klass is object:
            break
        if name in vars(klass):
            return vars(klass)[name] is not None
    return False


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__ or __ge__ (plus __eq__), supply the
    other ordering methods the class lacks."""
    present = [name for name in _ROOT_PREFERENCE if _own_comparison(cls, name)]
    if not present:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = present[0]
    for name in _DERIVATIONS[root]:
        if name not in present:
            setattr(cls, name, _DERIVED[root, name])
    return cls


# ---- cmp_to_key ----

def cmp_to_key(mycmp):
    """Adapt an old-style comparison function (returning a negative number, zero or a
    positive number) into a key function for sorted(), min(), max() and the like."""
    class K(object):
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _against(self, other):
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._against(other) < 0

        def __gt__(self, other):
            return self._against(other) > 0

        def __eq__(self, other):
            return self._against(other) == 0

        def __le__(self, other):
            return self._against(other) <= 0

        def __ge__(self, other):
            return self._against(other) >= 0

        # Keys only order things; they are not meant to be hashed.
        __hash__ = None

    return K


# ---- reduce ----

_NO_INITIAL = object()


def reduce(function, iterable, initial=_NO_INITIAL, /):
    """reduce(function, iterable[, initial]) -> value

    Fold the iterable from the left with a two-argument function: the running value (the
    initial one, else the first item) is combined with each following item in turn, so
    reduce(f, [a, b, c]) is f(f(a, b), c). An empty iterable without an initial value is an
    error.
    """
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    accumulated = initial
    if accumulated is _NO_INITIAL:
        for accumulated in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        accumulated = function(accumulated, item)
    return accumulated


# ---- partial and partialmethod ----

def _call_text(func, args, keywords):
    """The inside of a partial's repr: func, then the frozen arguments."""
    shown = [repr(func)]
    shown += map(repr, args)
    shown += ['%s=%r' % (name, value) for name, value in keywords.items()]
    return ', '.join(shown)


# Partials whose repr is being computed, as (id, thread) pairs: a partial that contains itself
# shows as '...'.
_reprs_in_progress = set()


@_generic_alias_support
class partial:
    """partial(func, *args, **keywords) - a new callable that calls `func` with `args` in
    front of its own positional arguments, and with `keywords` overridden by its own keyword
    arguments."""

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # Flatten: partial(partial(f, a), b) freezes f with a, b directly.
            args = (*func.args, *args)
            keywords = dict(func.keywords, **keywords)
            func = func.func
        made = super().__new__(cls)
        made.func, made.args, made.keywords = func, args, keywords
        return made

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        marker = (id(self), _thread.get_ident())
        if marker in _reprs_in_progress:
            return '...'
        _reprs_in_progress.add(marker)
        try:
            inside = _call_text(self.func, self.args, self.keywords)
        finally:
            _reprs_in_progress.discard(marker)
        kind = type(self)
        label = 'functools.partial' if kind is partial else kind.__qualname__
        return '%s(%s)' % (label, inside)

    def __reduce__(self):
        state = (self.func, self.args, self.keywords or None, self.__dict__ or None)
        return type(self), (self.func,), state

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError(f'expected 4 items in state, got {len(state)}')
        func, args, keywords, extra = state
        valid = (callable(func) and isinstance(args, tuple)
                 and (keywords is None or isinstance(keywords, dict)))
        if not valid:
            raise TypeError('invalid partial state')
        # Exact tuples and dicts are taken as they are (a copy shares them with the original);
        # the state's dict replaces the instance's.
        self.func = func
        self.args = args if type(args) is tuple else tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        self.keywords = keywords
        self.__dict__ = {} if extra is None else extra

    def __get__(self, obj, objtype=None):
        # As with CPython's C partial: stored in a class, a partial does not bind like a method.
        return self


@_generic_alias_support
class partialmethod:
    """partialmethod(func, *args, **keywords) - partial application for methods: a descriptor
    whose frozen arguments come after the instance (or class) the method is looked up on."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            args = (*func.args, *args)
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        kind = type(self)
        inside = _call_text(self.func, self.args, self.keywords)
        return '%s.%s(%s)' % (kind.__module__, kind.__qualname__, inside)

    def _plain_function(self):
        # A function taking the instance first, for a wrapped callable that does not bind.
        owner = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(owner.keywords)
            merged.update(keywords)
            return owner.func(cls_or_self, *owner.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        # inspect.signature finds the partialmethod through this attribute.
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None and not isinstance(self.func, partial):
            bound = binder(obj, cls)
            if bound is not self.func:
                # The callable bound itself (a method, classmethod, ...): freeze the bound form.
                frozen = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _ABSENT)
                if owner is not _ABSENT:
                    frozen.__self__ = owner
                return frozen
        return self._plain_function().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- lru_cache and cache ----

_CacheInfo = _collections.namedtuple('CacheInfo', 'hits misses maxsize currsize', module='functools')

# Separates positional arguments from keyword pairs in a cache key.
_KEYWORDS_FOLLOW = object()


def _call_key(args, kwds, typed):
    """The dict key under which a call's result is cached.

    A plain tuple of the arguments (keyword names and values after a marker, then the argument
    types when `typed`). A call with a single int or str argument is keyed by that argument
    itself, which is why f(1) and f(1.0) get separate entries even when not typed."""
    # (No len() here: the program may have replaced it by a cached function.)
    if not kwds and not typed and args and not args[1:] and type(args[0]) in (int, str):
        return args[0]
    parts = list(args)
    if kwds:
        parts.append(_KEYWORDS_FOLLOW)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(map(type, args))
        parts.extend(map(type, kwds.values()))
    return _Key(tuple(parts))


class _Key:
    """A cache key that hashes its parts once: the dict asks for the hash again on every store
    and eviction, and an argument's __hash__ may be slow or have side effects."""
    __slots__ = ('parts', 'hashed')

    def __init__(self, parts):
        self.parts = parts
        self.hashed = hash(parts)

    def __hash__(self):
        return self.hashed

    def __eq__(self, other):
        return type(other) is _Key and self.parts == other.parts


class _Memo:
    """The state of one lru_cache wrapper, and the lock that guards it (threads run in
    parallel); the wrapped function itself is called with the lock released.

    `results` maps a key to [value, stamp]; `order` maps the stamps to the keys, least recently
    used first. A hit gives its entry a new stamp, so no key is ever removed and re-added on a
    hit: that would compare the arguments (their __eq__ may call the cached function again,
    which is why the lock is reentrant too). The count is kept apart from len(), which the
    program may have replaced by a cached function."""

    def __init__(self, limit):
        self.limit = limit
        self.results = {}
        self.order = {}
        self.clock = 0
        self.size = 0
        self.hits = 0
        self.misses = 0
        self.lock = _thread.RLock()

    def lookup(self, key):
        with self.lock:
            entry = self.results.get(key)
            if entry is None:
                self.misses += 1
                return _ABSENT
            self.hits += 1
            # A nested call (from the key's __eq__) may have evicted the entry meanwhile.
            if self.limit is not None and self.order.pop(entry[1], _ABSENT) is not _ABSENT:
                self.clock += 1
                entry[1] = self.clock
                self.order[self.clock] = key
            return entry[0]

    def store(self, key, value):
        with self.lock:
            if key in self.results:
                return  # another call computed it meanwhile
            if self.limit is not None and self.size >= self.limit:
                for stamp in self.order:
                    break
                oldest = self.order.pop(stamp)
                del self.results[oldest]
                self.size -= 1
            self.clock += 1
            self.results[key] = [value, self.clock]
            self.order[self.clock] = key
            self.size += 1

    def miss(self):
        with self.lock:
            self.misses += 1

    def info(self):
        with self.lock:
            return _CacheInfo(self.hits, self.misses, self.limit, self.size)

    def reset(self):
        with self.lock:
            self.results.clear()
            self.order.clear()
            self.size = self.hits = self.misses = 0


def _lru_cache_wrapper(user_function, maxsize, typed):
    memo = _Memo(maxsize)
    if maxsize == 0:
        def wrapper(*args, **kwds):
            memo.miss()
            return user_function(*args, **kwds)
    else:
        def wrapper(*args, **kwds):
            key = _call_key(args, kwds, typed)
            found = memo.lookup(key)
            if found is not _ABSENT:
                return found
            value = user_function(*args, **kwds)
            memo.store(key, value)
            return value

    def cache_info():
        """Report cache statistics"""
        return memo.info()

    def cache_clear():
        """Clear the cache and cache statistics"""
        memo.reset()

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def _lru_decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    settings = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(settings)
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoising a function for the `maxsize` most recently used argument
    combinations (no limit when None).

    With typed=True, arguments of different types are cached apart (f(3) and f(3.0)). The
    arguments must be hashable. The decorated function has cache_info(), cache_clear() and
    cache_parameters(), and the original function as __wrapped__.
    """
    if callable(maxsize) and isinstance(typed, bool):
        # Applied bare, as @lru_cache: the "maxsize" is the function itself.
        return _lru_decorate(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_decorate(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch ----

_UnionType = type(int | str)


def _union_members(spec):
    """The members of a union (int | str, typing.Union[int, str], typing.Optional[int]);
    None when `spec` is not one."""
    if isinstance(spec, _UnionType):
        return spec.__args__
    # A typing.Union can only exist once typing has been imported.
    typing = _sys.modules.get('typing')
    if typing is not None and typing.get_origin(spec) is typing.Union:
        return typing.get_args(spec)
    return None


def _dispatch_classes(spec):
    """The classes a register() argument stands for: a class, or the members of a union of
    classes; None when it is neither."""
    if isinstance(spec, type):
        return (spec,)
    members = _union_members(spec)
    if members is not None and all(isinstance(member, type) for member in members):
        return members
    return None


def _lookup_order(cls, candidates):
    """cls's MRO, with each registered ABC that cls belongs to without inheriting it inserted
    right after the last class of the MRO that belongs to it."""
    order = list(cls.__mro__)
    for abc in candidates:
        if abc in order or not issubclass(cls, abc):
            continue
        spot = len(order)
        while spot > 0 and not issubclass(order[spot - 1], abc):
            spot -= 1
        order.insert(spot if spot else len(order), abc)
    return order


def _find_impl(cls, registry):
    """The implementation registered for the most specific class or ABC that `cls` belongs to.
    RuntimeError when the entry right after the chosen one is an unrelated registered ABC, so
    that neither is more specific than the other."""
    real_mro = cls.__mro__
    order = _lookup_order(cls, registry)
    for klass, runner_up in zip(order, order[1:] + [None]):
        if klass not in registry:
            continue
        if (runner_up in registry and runner_up not in real_mro and klass not in real_mro
                and not issubclass(klass, runner_up)):
            raise RuntimeError(f'Ambiguous dispatch: {klass} or {runner_up}')
        return registry[klass]
    return None


class _Dispatcher:
    """The registry of a singledispatch function, with a per-class cache of the answers (weakly
    keyed). Registering an ABC makes the cache also depend on abc's cache token, since any
    later register() call on an ABC can change the answers."""

    def __init__(self, default):
        import weakref
        self._weak_dict = weakref.WeakKeyDictionary
        self.registry = {object: default}
        self.answers = self._weak_dict()
        self.token = None
        # Reentrant: the lookups run __eq__ and __hash__ of metaclasses, which may dispatch.
        self.lock = _thread.RLock()

    def forget(self):
        # Emptied in place: the cache object made at creation is kept for good.
        self.answers.clear()

    def implementation(self, cls):
        with self.lock:
            if self.token is not None:
                from abc import get_cache_token
                latest = get_cache_token()
                if latest != self.token:
                    self.token = latest
                    self.forget()
            cached = self.answers.get(cls, _ABSENT)
        if cached is not _ABSENT:
            return cached
        impl = self.registry.get(cls, _ABSENT)
        if impl is _ABSENT:
            impl = _find_impl(cls, self.registry)
        with self.lock:
            self.answers[cls] = impl
        return impl

    def add(self, classes, func):
        with self.lock:
            for klass in classes:
                self.registry[klass] = func
                if self.token is None and hasattr(klass, '__abstractmethods__'):
                    from abc import get_cache_token
                    self.token = get_cache_token()
            self.forget()


def _classes_from_annotation(func):
    annotations = getattr(func, '__annotations__', None) or {}
    if not annotations:
        raise TypeError(f'Invalid first argument to `register()`: {func!r}. '
                        f'Use either `@register(some_class)` or plain `@register` '
                        f'on an annotated function.')
    if any(isinstance(value, str) for value in annotations.values()):
        # Annotations written as strings name their classes: evaluate them.
        from typing import get_type_hints
        annotations = get_type_hints(func)
    argname, annotation = next(iter(annotations.items()))
    classes = _dispatch_classes(annotation)
    if classes is None:
        if _union_members(annotation) is not None:
            raise TypeError(f'Invalid annotation for {argname!r}. '
                            f'{annotation!r} not all arguments are classes.')
        raise TypeError(f'Invalid annotation for {argname!r}. {annotation!r} is not a class.')
    return classes


def singledispatch(func):
    """Turn `func` into a single-dispatch generic function: a call runs the implementation
    registered for the class of its first argument (through .register), `func` being the one
    for object."""
    table = _Dispatcher(func)
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        The implementation that calls with a first argument of class `cls` run."""
        return table.implementation(cls)

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Register `func` for `cls` (a class or a union of classes). Also usable as
        @register(cls), or as a bare @register taking the class from the annotation of the
        function's first parameter."""
        classes = _dispatch_classes(cls)
        if classes is not None:
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(f'Invalid first argument to `register()`. '
                            f'{cls!r} is not a class or union type.')
        else:
            func = cls
            classes = _classes_from_annotation(func)
        table.add(classes, func)
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return table.implementation(args[0].__class__)(*args, **kw)

    import types
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(table.registry)
    wrapper._clear_cache = table.forget
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: dispatch happens on the first argument after self or cls.
    Works with plain functions and with descriptors such as classmethod."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func: as singledispatch's register."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        choose = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            chosen = choose(args[0].__class__)
            return chosen.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property ----

@_generic_alias_support
class cached_property:
    """A property whose getter runs once per instance: the value is then stored in the
    instance's __dict__ under the property's name, where later lookups find it first (until it
    is deleted)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__, self.__module__ = func.__doc__, func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        kind = type(instance).__name__
        storage = getattr(instance, '__dict__', _ABSENT)
        if storage is _ABSENT:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache {name!r} property.")
        value = storage.get(name, _ABSENT)
        if value is not _ABSENT:
            return value
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not support "
                            f"item assignment for caching {name!r} property.") from None
        return value
