"""Registries that pickle and copy consult: reduction functions for types that cannot
describe themselves, helpers that object.__reduce_ex__ refers to, and the table of
"extension codes" that pickle protocol 2 can use instead of module and class names.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> function(obj) returning a reduce tuple; used by pickle and copy.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register how objects of ob_type are reduced (for pickle and copy)."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve to rebuild pickled objects."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    """`int | str` is rebuilt by or-ing its members together again."""
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# ---- Helpers of object.__reduce_ex__ for protocols 0 and 1 ----

def _reconstructor(cls, base, state):
    """Rebuild an instance of cls whose builtin base base held state."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _builtin_base(cls):
    """The first class in cls's MRO that is a builtin type (object at worst)."""
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
    return object


def _reduce_ex(self, proto):
    """The reduce tuple of an instance for pickle protocols 0 and 1: the class, the builtin
    base holding the value (a str subclass keeps its string), and the instance state."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, '__getstate__', None)
    if getstate is None or type(self).__getstate__ is object.__getstate__:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled with protocol 0 or 1")
        namespace = getattr(self, '__dict__', None)
    else:
        namespace = getstate()
    if namespace:
        return _reconstructor, args, namespace
    return _reconstructor, args


def __newobj__(cls, *args):
    """What pickle protocol 2 calls to make an object: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments too (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases (private names mangled), cached on cls
    as __slotnames__. __dict__ and __weakref__ are not included."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            slots = klass.__dict__.get("__slots__", ())
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = klass.__name__.lstrip('_')
                    name = f'_{stripped}{name}' if stripped else name
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass  # builtin classes cannot cache it
    return names


# ---- Extension codes ----
#
# A registered (module, name) pair is pickled as its code (protocol 2 and later). Codes
# 1-127 are reserved for Python itself, 128-191 for Zope, 192-239 for third parties and
# 240-255 for private use; larger codes are unassigned.

_extension_registry = {}  # (module, name) -> code
_inverted_registry = {}   # code -> (module, name)
_extension_cache = {}     # code -> object, filled by unpicklers


def add_extension(module, name, code):
    """Register code as the extension code of the object module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return  # already registered as asked
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code "
                         f"{_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
