"""Shared registry used by the pickle and copy modules.

Three things live here:

* ``dispatch_table`` -- per-type reduction functions, consulted before an
  object's own ``__reduce_ex__``;
* the helpers that ``object.__reduce_ex__`` refers to in the reductions it
  produces (``__newobj__``, ``__newobj_ex__``, ``_reconstructor``,
  ``_reduce_ex`` and ``_slotnames``);
* the extension-code registry behind the EXT1/EXT2/EXT4 opcodes.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]


def _require_callable(candidate, what):
    if callable(candidate):
        return
    raise TypeError("%s must be callable" % what)


# ---------------------------------------------------------------------------
# Per-type reductions
# ---------------------------------------------------------------------------

# Maps a type to a function taking an instance and returning its reduction.
dispatch_table = dict()


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make `pickle_function` the reducer for instances of `ob_type`.

    `constructor_ob`, when given, is only checked for being callable.
    """
    _require_callable(pickle_function, "reduction functions")
    dispatch_table.update({ob_type: pickle_function})
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    """Validate a constructor; kept for backwards compatibility."""
    _require_callable(object, "constructors")


def pickle_complex(c):
    """Reduce a complex number to complex(real, imag)."""
    parts = (c.real, c.imag)
    return complex, parts


def pickle_union(obj):
    """Reduce `X | Y` to functools.reduce(operator.or_, (X, Y))."""
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


for _kind, _reducer in ((complex, pickle_complex),
                        (type(int | str), pickle_union)):
    pickle(_kind, _reducer)
del _kind, _reducer


# ---------------------------------------------------------------------------
# Protocols 0 and 1: rebuild from the closest builtin ancestor
# ---------------------------------------------------------------------------

_HEAPTYPE_FLAG = 0x200


def _defined_in_python(klass):
    """True for classes created by a class statement (heap types)."""
    flags = getattr(klass, "__flags__", None)
    if flags is None:
        return klass.__module__ != "builtins"
    return (flags & _HEAPTYPE_FLAG) != 0


def _reconstructor(cls, base, state):
    """Create an instance of `cls` whose builtin `base` part holds `state`."""
    if base is not object:
        instance = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(instance, state)
        return instance
    return object.__new__(cls)


def _builtin_ancestor(klass):
    for candidate in klass.__mro__:
        if not _defined_in_python(candidate):
            return candidate
    return object


def _reduce_ex(self, proto):
    """Reduction used by object.__reduce_ex__ for protocols 0 and 1."""
    if proto >= 2:
        raise AssertionError("_reduce_ex only handles protocols 0 and 1")
    klass = self.__class__
    ancestor = _builtin_ancestor(klass)
    if ancestor is object:
        ancestor_value = None
    elif ancestor is klass:
        raise TypeError(f"cannot pickle {klass.__name__!r} object")
    else:
        ancestor_value = ancestor(self)

    inherited = getattr(type(self), "__getstate__", None) is object.__getstate__
    if inherited and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    custom = None if inherited else getattr(self, "__getstate__", None)
    if custom is None:
        state = getattr(self, "__dict__", None)
    else:
        state = custom()

    head = (_reconstructor, (klass, ancestor, ancestor_value))
    return head + (state,) if state else head


# ---------------------------------------------------------------------------
# Protocol 2 and later
# ---------------------------------------------------------------------------

def __newobj__(cls, *args):
    """Target of the NEWOBJ opcode: cls.__new__(cls, *args)."""
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Target of NEWOBJ_EX: like __newobj__ but with keyword arguments."""
    make = cls.__new__
    return make(cls, *args, **kwargs)


def _declared_slots(klass):
    """Yield the attribute names that `klass` itself declares in __slots__."""
    declared = klass.__dict__.get("__slots__", ())
    if isinstance(declared, str):
        declared = [declared]
    prefix = "_" + klass.__name__.lstrip("_")
    for slot in declared:
        if slot == "__dict__" or slot == "__weakref__":
            continue
        private = slot.startswith("__") and not slot.endswith("__")
        if private and prefix != "_":
            yield prefix + slot
        else:
            yield slot


def _slotnames(cls):
    """List the slot names of `cls` and its bases, with private names mangled.

    The answer is remembered in ``cls.__slotnames__`` when possible.
    """
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    found = []
    for klass in cls.__mro__:
        found.extend(_declared_slots(klass))
    try:
        setattr(cls, "__slotnames__", found)
    except (AttributeError, TypeError):
        pass  # e.g. a builtin type: recompute on the next call
    return found


# ---------------------------------------------------------------------------
# Extension codes
# ---------------------------------------------------------------------------
#
# A registered (module, name) pair can be pickled as a small integer code.
# Ranges: 1..127 reserved for Python, 128..191 for third-party frameworks,
# 192..239 for applications, 240..255 reserved, anything above is free.

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object, filled by pickle on lookup

_MAX_CODE = 0x7fffffff


def add_extension(module, name, code):
    """Associate `code` with the object `module`.`name`."""
    code = int(code)
    if code < 1 or code > _MAX_CODE:
        raise ValueError("code out of range")
    pair = (module, name)
    old_code = _extension_registry.get(pair)
    old_pair = _inverted_registry.get(code)
    if old_code == code and old_pair == pair:
        return  # registering the same thing twice is harmless
    if old_code is not None:
        raise ValueError("key %s is already registered with code %s"
                         % (pair, old_code))
    if old_pair is not None:
        raise ValueError("code %s is already in use for key %s"
                         % (code, old_pair))
    _extension_registry.update({pair: code})
    _inverted_registry.update({code: pair})


def remove_extension(module, name, code):
    """Undo add_extension (meant for tests)."""
    pair = (module, name)
    if (_extension_registry.get(pair) != code
            or _inverted_registry.get(code) != pair):
        raise ValueError("key %s is not registered with code %s"
                         % (pair, code))
    _extension_registry.pop(pair)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget every object looked up through an extension code."""
    _extension_cache.clear()
