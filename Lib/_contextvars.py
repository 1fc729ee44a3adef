"""Context variables (PEP 567), written in Python: the module `contextvars` re-exports it.

A `Context` maps `ContextVar` objects to values. Its mapping is never changed in place: setting a
variable gives the context a new dict, so `copy()` only has to share the current one. Each thread
has its own current context (a fresh empty one until it runs something in another context).
"""

import _threading_local
from _thread import get_ident
from types import GenericAlias

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_NO_DEFAULT = object()

# The current context of each thread, by thread identity (Ferrython never reuses one). A
# thread's entry goes when the thread ends: a guard kept in a thread-local object (which
# `threading` clears for a finished thread) removes it as it is freed.
_contexts = {}
_guards = _threading_local.local()


class _Guard:
    __slots__ = ("ident",)

    def __init__(self, ident):
        self.ident = ident

    def __del__(self):
        _contexts.pop(self.ident, None)


def _current():
    ident = get_ident()
    ctx = _contexts.get(ident)
    if ctx is None:
        ctx = _contexts[ident] = Context()
        _guards.guard = _Guard(ident)
    return ctx


def _set_current(ctx):
    _contexts[get_ident()] = ctx


def copy_context():
    """A new Context holding the current thread's context's variables."""
    ctx = _contexts.get(get_ident())
    if ctx is None:
        ctx = _current()
    new = _new_context(Context)
    new._vars = ctx._vars
    new._entered = False
    return new


def _check_key(key):
    if type(key) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


def _no_subclass(cls):
    def __init_subclass__(sub, **kwargs):
        raise TypeError("type '_contextvars.%s' is not an acceptable base type" % cls.__name__)
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


@_no_subclass
class Context:
    """A mapping of context variables to their values, in which code can be run."""

    __slots__ = ("_vars", "_entered")

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._vars = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context as the current one."""
        if self._entered:
            raise RuntimeError("cannot enter context: %s is already entered" % object.__repr__(self))
        ident = get_ident()
        outer = _contexts.get(ident)
        if outer is None:
            outer = _current()
        self._entered = True
        _contexts[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _contexts[ident] = outer
            self._entered = False

    def copy(self):
        new = _new_context(Context)
        new._vars = self._vars
        new._entered = False
        return new

    def __getitem__(self, var):
        _check_key(var)
        try:
            return self._vars[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, var, default=None):
        _check_key(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_key(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __repr__(self):
        return "<_contextvars.Context object at %#x>" % id(self)


Context.__module__ = "_contextvars"
_new_context = object.__new__


@_no_subclass
class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ("_name", "_default", "__weakref__")

    def __init__(self, *args, default=_NO_DEFAULT):
        if len(args) != 1:
            if not args:
                raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
            raise TypeError("ContextVar() takes at most 1 positional argument (%d given)"
                            % len(args))
        name, = args
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_default", default)

    def __setattr__(self, name, value):
        if name == "name":
            raise AttributeError("readonly attribute")
        raise AttributeError("'_contextvars.ContextVar' object has no attribute %r" % name)

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The variable's value in the current context, else `default`, else its own default."""
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        ctx = _contexts.get(get_ident())
        if ctx is None:
            ctx = _current()
        try:
            return ctx._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the variable's value in the current context; returns a Token for `reset`."""
        ctx = _current()
        old = ctx._vars.get(self, Token.MISSING)
        new = dict(ctx._vars)
        new[self] = value
        ctx._vars = new
        return Token._make(ctx, self, old)

    def reset(self, token):
        """Gives the variable back the value it had before the `set` that returned `token`."""
        if type(token) is not Token:
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._context is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        new = dict(ctx._vars)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._vars = new
        token._used = True

    __class_getitem__ = classmethod(GenericAlias)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        text = "<ContextVar name=%r" % (self._name,)
        if self._default is not _NO_DEFAULT:
            text += " default=%r" % (self._default,)
        return text + " at %#x>" % id(self)


ContextVar.__module__ = "_contextvars"


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


@_no_subclass
class Token:
    """What `ContextVar.set` returns: `reset` takes it to undo that set."""

    __slots__ = ("_context", "_var", "_old", "_used")

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, context, var, old):
        token = object.__new__(cls)
        token._context = context
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at %#x>" % (used, self._var, id(self))


Token.__module__ = "_contextvars"
