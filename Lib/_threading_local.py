"""Thread-local data: `local` objects whose attributes are seen only by the thread that set them.

Each `local` keeps one attribute dict per thread, keyed by the thread's identity (identities are
never reused in Ferrython, so a dict cannot leak from a finished thread into a new one). Only the
owning thread creates, reads or drops its own entry, so the shared table of dicts needs no lock:
dicts guard themselves against concurrent updates of different keys.

A thread started by `threading` drops its entries when it ends (`_forget_thread`); a thread
started with `_thread` directly keeps them until the `local` object itself goes away.
"""

import _thread
from _thread import get_ident
from _weakref import ref

__all__ = ["local"]

# The locals each living thread has touched: ident -> {id of a state: weak reference to it}
# (weak, so that a `local` in a reference cycle, or no longer used, can still go away; the
# reference's callback then drops the entry).
_touched_by_thread = {}


def _remember(ident, state):
    """Notes that the thread `ident` has a table in `state`, for `_forget_thread`."""
    touched = _touched_by_thread.setdefault(ident, {})
    key = id(state)

    def gone(_, touched=touched, key=key):
        touched.pop(key, None)

    touched[key] = ref(state, gone)


def _forget_thread(ident):
    """Drops the attributes the thread `ident` stored in any `local` (called as it ends)."""
    for state_ref in list(_touched_by_thread.pop(ident, {}).values()):
        state = state_ref()
        if state is not None:
            state.tables.pop(ident, None)


class _LocalState:
    """What a `local` holds for all threads: the constructor's arguments and the tables."""

    __slots__ = ("args", "kwargs", "tables", "__weakref__")

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.tables = {}


def _state(obj):
    return object.__getattribute__(obj, "_local__state")


def _thread_dict(obj):
    """The calling thread's attribute dict of `obj`, made (and `__init__` rerun) on first use."""
    state = _state(obj)
    ident = get_ident()
    found = state.tables.get(ident)
    if found is not None:
        return found
    mine = {}
    state.tables[ident] = mine
    _remember(ident, state)
    # A subclass's __init__ runs again in every thread that uses the object, with the
    # arguments the object was made with (the documented behaviour of threading.local).
    init = type(obj).__init__
    if init is not object.__init__:
        init(obj, *state.args, **state.kwargs)
    return mine


def _class_attribute(cls, name):
    """The attribute `name` as found on `cls`'s MRO, or `_MISSING`."""
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


_MISSING = object()

# The type of the descriptors __slots__ makes (a slot is shared by all threads, as in CPython).
_SLOT = type(_LocalState.__dict__["args"])


def _is_data_descriptor(attr):
    # Slots count even where their type does not show __set__.
    kind = type(attr)
    return isinstance(attr, _SLOT) or hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def _type_name(obj):
    # Error messages name the base class as CPython names its built-in one.
    cls = type(obj)
    return "_thread._local" if cls is local else cls.__name__


class local:
    """Thread-local data: each thread sees its own attributes on the same object."""

    __slots__ = ("_local__state",)
    __module__ = "_thread"

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__state", _LocalState(args, kwargs))
        # The creating thread's dict exists at once, so __init__ (run by the call that made the
        # object) is not run a second time for it.
        ident = get_ident()
        state = _state(self)
        state.tables[ident] = {}
        _remember(ident, state)
        return self

    def __getattribute__(self, name):
        if name == "__dict__":
            return _thread_dict(self)
        if name in ("__class__", "_local__state"):
            return object.__getattribute__(self, name)
        values = _thread_dict(self)
        if name in values:
            attr = _class_attribute(type(self), name)
            if attr is _MISSING or not _is_data_descriptor(attr):
                return values[name]
        # Everything else (data descriptors, class attributes, methods) is found as usual: the
        # object's own __dict__, if it has one, is never written to.
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is not local:
                raise
        raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        values = _thread_dict(self)
        if _is_data_descriptor(_class_attribute(type(self), name)):
            object.__setattr__(self, name, value)
        else:
            values[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        values = _thread_dict(self)
        if _is_data_descriptor(_class_attribute(type(self), name)):
            object.__delattr__(self, name)
        elif name in values:
            del values[name]
        else:
            raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")


# Named as CPython names its built-in class (`threading.local` is `_thread._local` there).
local.__name__ = local.__qualname__ = "_local"
# `_thread._local` is this class (the module's `__getattr__` imports this module on first use).
_thread._local = local
