"""What pickle and copy share: the table of reduction functions registered for types, the
helpers object.__reduce_ex__ names in its reductions (__newobj__, __newobj_ex__, _reconstructor,
_reduce_ex, _slotnames), and the registry of extension codes (protocol 2's EXT opcodes)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function(obj) returning the reduction, consulted before __reduce_ex__.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reduction of the objects of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# Reductions below protocol 2: an instance of a class is rebuilt by _reconstructor from the
# nearest builtin base of its class and the value of that base it holds.

_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _is_heap_type(cls):
    flags = getattr(cls, "__flags__", None)
    if flags is not None:
        return bool(flags & _HEAPTYPE)
    return cls.__module__ != "builtins"


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = next((b for b in cls.__mro__ if not _is_heap_type(b)), object)
    if base is object:
        base_state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        base_state = base(self)
    args = (cls, base, base_state)
    getstate = getattr(self, "__getstate__", None)
    default_getstate = getattr(type(self), "__getstate__", None) is object.__getstate__
    if default_getstate and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    if getstate is None:
        state = getattr(self, "__dict__", None)
    elif default_getstate:
        state = getattr(self, "__dict__", None)
    else:
        state = getstate()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


# Reductions of protocol 2 and up.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Calls cls.__new__ with keyword arguments too (protocol 4's NEWOBJ_EX)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names mangled), cached in
    cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if "__slots__" in cls.__dict__ or any("__slots__" in vars(b) for b in cls.__mro__[1:]):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        name = "_%s%s" % (owner, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass  # a class that refuses attributes: computed again next time
    return names


# Extension codes: small integers standing for (module, name) pairs in protocol 2 pickles.
# Codes 1-127 are for Python's own use, 128-191 for frameworks, 192-239 for applications,
# 240-255 reserved; larger codes are free. Registered here, by both directions.

_extension_registry = {}   # (module, name) -> code
_inverted_registry = {}    # code -> (module, name)
_extension_cache = {}      # code -> object


def add_extension(module, name, code):
    """Registers `code` for the object `name` of `module`."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Forgets the registration of `code`; for tests."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
