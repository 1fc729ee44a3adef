"""Weak references and the containers built on them (written for Ferrython).

`ref`, `getweakrefcount` and `getweakrefs` are native (`_weakref`); proxies, `WeakMethod`, the
weak dictionaries and `finalize` are written here in Python.
"""

from _weakref import getweakrefcount, getweakrefs, ref
from _weakrefset import WeakSet
import _weakref
import _collections_abc
import operator as _operator

ReferenceType = _weakref.ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


# ---------------------------------------------------------------------------------------------
# Proxies

def _referent(proxy):
    target = object.__getattribute__(proxy, "_ref")()
    if target is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return target


def _unwrap(value):
    """A proxy operand stands for its referent."""
    if isinstance(value, ProxyTypes):
        return _referent(value)
    return value


def _binary(function, name, reflected=False):
    def method(self, other):
        target, other = _referent(self), _unwrap(other)
        return function(other, target) if reflected else function(target, other)
    method.__name__ = name
    return method


def _unary(function, name):
    def method(self):
        return function(_referent(self))
    method.__name__ = name
    return method


def _forward(name):
    def method(self, *args):
        return getattr(_referent(self), name)(*args)
    method.__name__ = name
    return method


class ProxyType:
    """What `proxy(obj)` returns: it behaves as `obj` while `obj` lives."""

    __slots__ = ("_ref", "__weakref__")

    def __init__(self, target, callback=None):
        if callback is not None:
            def relay(_, proxy_ref=ref(self), callback=callback):
                proxy = proxy_ref()
                if proxy is not None:
                    callback(proxy)
            object.__setattr__(self, "_ref", ref(target, relay))
        else:
            # A reference of its own (a callback makes it unshared), so that getweakrefcount
            # counts the proxy as CPython does.
            object.__setattr__(self, "_ref", ref(target, _proxy_reference_died))

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        target = object.__getattribute__(self, "_ref")()
        if target is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(target).__name__, id(target))

    def __str__(self):
        return str(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __iter__(self):
        return iter(_referent(self))

    def __eq__(self, other):
        return _referent(self) == other

    def __ne__(self, other):
        return _referent(self) != other

    def __lt__(self, other):
        return _referent(self) < other

    def __le__(self, other):
        return _referent(self) <= other

    def __gt__(self, other):
        return _referent(self) > other

    def __ge__(self, other):
        return _referent(self) >= other

    def __len__(self):
        return len(_referent(self))

    def __contains__(self, item):
        return _unwrap(item) in _referent(self)

    def __next__(self):
        target = _referent(self)
        if not hasattr(type(target), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%.200s' object"
                            % type(target).__name__)
        return next(target)

    def __getitem__(self, key):
        return _referent(self)[_unwrap(key)]

    def __setitem__(self, key, value):
        _referent(self)[_unwrap(key)] = _unwrap(value)

    def __delitem__(self, key):
        del _referent(self)[_unwrap(key)]

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __index__(self):
        return _operator.index(_referent(self))

    # Methods the proxy calls by name on its referent.
    for _name in ("__reversed__", "__enter__", "__exit__", "__bytes__"):
        locals()[_name] = _forward(_name)
    # The number protocol goes through the operators, so that the other operand's
    # reflected method and NotImplemented work as with the referent itself; proxies
    # among the operands stand for their referents.
    for _name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
                  "lshift", "rshift", "and", "or", "xor"):
        _function = getattr(_operator, _name + "_" if _name in ("and", "or") else _name)
        _inplace = getattr(_operator, "i" + _name)
        locals()["__%s__" % _name] = _binary(_function, "__%s__" % _name)
        locals()["__r%s__" % _name] = _binary(_function, "__r%s__" % _name, reflected=True)
        locals()["__i%s__" % _name] = _binary(_inplace, "__i%s__" % _name)
    __divmod__ = _binary(divmod, "__divmod__")
    __rdivmod__ = _binary(divmod, "__rdivmod__", reflected=True)
    for _name in ("neg", "pos", "abs", "invert"):
        locals()["__%s__" % _name] = _unary(getattr(_operator, _name), "__%s__" % _name)
    del _name, _function, _inplace


class CallableProxyType(ProxyType):
    """A proxy for a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def _proxy_reference_died(_):
    pass


# The proxy without a callback of each object, shared by every `proxy(obj)` as CPython shares
# it while it lives: id(obj) -> a weak reference to the proxy.
_shared_proxies = {}


def proxy(object, callback=None):
    """A proxy to `object` that does not keep it alive."""
    kind = CallableProxyType if callable(object) else ProxyType
    if callback is not None:
        return kind(object, callback)
    key = id(object)
    held = _shared_proxies.get(key)
    shared = held() if held is not None else None
    # The id may be a dead object's, reused.
    if shared is not None and type(shared) is kind and _target_of(shared) is object:
        return shared
    made = kind(object)

    def forget(reference, key=key):
        if _shared_proxies.get(key) is reference:
            del _shared_proxies[key]
    _shared_proxies[key] = ref(made, forget)
    return made


def _target_of(proxy):
    return object.__getattribute__(proxy, "_ref")()


# ---------------------------------------------------------------------------------------------
# WeakMethod

class WeakMethod(ref):
    """A weak reference to a bound method: calling it re-binds the method while both its
    object and its function live, and gives None once either died."""

    def __new__(cls, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        # Both references report to one notifier, which calls `callback` once, with this
        # WeakMethod, whichever of the two dies first.
        state = {"dead": False, "me": None}

        def notify(_):
            if state["dead"]:
                return
            state["dead"] = True
            me = state["me"]() if state["me"] is not None else None
            if callback is not None and me is not None:
                callback(me)
        self = ref.__new__(cls, target, notify)
        self._function_ref = ref(function, notify)
        self._state = state
        state["me"] = ref(self)
        return self

    def __call__(self):
        target = ref.__call__(self)
        function = self._function_ref()
        if target is None or function is None:
            return None
        return function.__get__(target, type(target))

    def _both_alive(self, other):
        return not self._state["dead"] and not other._state["dead"]

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._both_alive(other):
            return self is other
        return ref.__eq__(self, other) and self._function_ref == other._function_ref

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------------------------
# Weak dictionaries

class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (WeakValueDictionary's)."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _MappingMethods(_collections_abc.MutableMapping):
    """The mapping methods both weak dictionaries derive from their primitives (and, as
    in CPython, they are MutableMappings: equality, popitem, ... come from there)."""

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (len(args) + 1))
        try:
            value = self[key]
        except KeyError:
            if args:
                return args[0]
            raise
        del self[key]
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                # A mapping with keys() only, or a sequence of pairs, as dict() takes.
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def values(self):
        for _, value in self.items():
            yield value

    def __iter__(self):
        return self.keys()

    def __contains__(self, key):
        try:
            self[key]
        except (KeyError, TypeError):
            return False
        return True

    def __or__(self, other):
        if hasattr(other, "keys"):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "keys"):
            result = type(self)()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__qualname__, id(self))


# The weak dictionaries iterate over `self.data.copy()`: a dict is copied in one step under its
# lock, where `list(self.data)` walks it while weakref callbacks (on any thread, without a GIL)
# remove entries, and would raise "dictionary changed size during iteration".


class WeakValueDictionary(_MappingMethods):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kwargs):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                # Only an entry that still holds a dead reference: checked and deleted in one
                # step, since a collection on another thread may call this while a new value
                # is stored under the key.
                _weakref._remove_dead_weakref(self.data, wr.key)
        self._remove = remove
        self.data = {}
        self.update(other, **kwargs)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.copy().values()) if wr() is not None)

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def keys(self):
        for key, wr in list(self.data.copy().items()):
            if wr() is not None:
                yield key

    def items(self):
        for key, wr in list(self.data.copy().items()):
            value = wr()
            if value is not None:
                yield key, value

    def itervaluerefs(self):
        yield from list(self.data.copy().values())

    def valuerefs(self):
        return list(self.data.copy().values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        # The keys are copied; the values stay the same objects, held weakly.
        from copy import deepcopy
        return WeakValueDictionary((deepcopy(key, memo), value) for key, value in self.items())


class WeakKeyDictionary(_MappingMethods):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data.copy()) if wr() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def keys(self):
        for wr in list(self.data.copy()):
            key = wr()
            if key is not None:
                yield key

    def items(self):
        for wr, value in list(self.data.copy().items()):
            key = wr()
            if key is not None:
                yield key, value

    def keyrefs(self):
        return list(self.data.copy())

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    __copy__ = copy

    def __deepcopy__(self, memo):
        # The values are copied; the keys stay the same objects, held weakly.
        from copy import deepcopy
        return WeakKeyDictionary({key: deepcopy(value, memo) for key, value in self.items()})


# ---------------------------------------------------------------------------------------------
# finalize

class finalize:
    """Calls `func(*args, **kwargs)` once: when `obj` dies, when called, or (if `atexit` stays
    true) when the interpreter exits."""

    # Pending finalizers, each with its call: (weak reference, func, args, kwargs, run at exit,
    # order of creation). Kept here so that a finalizer outlives the code that made it.
    _pending = {}
    _made = 0
    _exit_hook_installed = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._exit_hook_installed:
            import atexit
            atexit.register(cls._run_at_exit)
            cls._exit_hook_installed = True
        cls._made += 1
        cls._pending[self] = [ref(obj, self), func, args, kwargs, True, cls._made]

    def _entry(self):
        return finalize._pending.get(self)

    def _referent(self):
        entry = self._entry()
        return None if entry is None else entry[0]()

    def __call__(self, _=None):
        entry = finalize._pending.pop(self, None)
        if entry is None:
            return None
        _, func, args, kwargs, _, _ = entry
        return func(*args, **kwargs)

    def detach(self):
        target = self._referent()
        if target is None:
            return None
        _, func, args, kwargs, _, _ = finalize._pending.pop(self)
        return (target, func, args, kwargs)

    def peek(self):
        target = self._referent()
        if target is None:
            return None
        _, func, args, kwargs, _, _ = self._entry()
        return (target, func, args, kwargs)

    @property
    def alive(self):
        return self._entry() is not None

    def _get_atexit(self):
        entry = self._entry()
        return entry is not None and entry[4]

    def _set_atexit(self, value):
        entry = self._entry()
        if entry is not None:
            entry[4] = bool(value)

    atexit = property(_get_atexit, _set_atexit)

    def __repr__(self):
        target = self._referent()
        if target is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self),
                                                      type(target).__name__, id(target))

    @classmethod
    def _run_at_exit(cls):
        # The newest first, one at a time: a finalizer made by one that runs here runs next.
        # An exception goes to sys.excepthook, and the others still run.
        import sys
        while True:
            due = [(entry[5], f) for f, entry in cls._pending.items() if entry[4]]
            if not due:
                return
            _, f = max(due, key=lambda pair: pair[0])
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
