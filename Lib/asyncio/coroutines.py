"""Telling coroutines and coroutine functions apart from other objects."""

__all__ = ("iscoroutinefunction", "iscoroutine")

import collections.abc
import inspect
import types

def _is_debug_mode():
    """Whether loops start in debug mode: -X dev, or PYTHONASYNCIODEBUG (unless -E)."""
    import os
    import sys
    flags = sys.flags
    return bool(flags.dev_mode or (not flags.ignore_environment
                                   and os.environ.get("PYTHONASYNCIODEBUG")))


# Set on functions by the old `@asyncio.coroutine` convention; still honoured.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for `async def` functions (and functions marked as coroutine functions)."""
    return (inspect.iscoroutinefunction(func)
            or getattr(func, "_is_coroutine", None) is _is_coroutine)


# Types already seen to be coroutines, so that the abc check runs once per type.
_coroutine_types = {types.CoroutineType}
_checked_other = set()


def iscoroutine(obj):
    """True for coroutine objects (native ones, and instances of collections.abc.Coroutine)."""
    kind = type(obj)
    if kind in _coroutine_types:
        return True
    if kind in _checked_other:
        return False
    if isinstance(obj, collections.abc.Coroutine):
        if len(_coroutine_types) < 100:
            _coroutine_types.add(kind)
        return True
    if len(_checked_other) < 100:
        _checked_other.add(kind)
    return False


def _format_coroutine(coro):
    """How a Task's repr shows its coroutine: `name() running at FILE:LINE` or `... done, defined at`."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    if not name:
        name = "<%s without __name__>" % type(coro).__name__
    name += "()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    if not code:
        running = getattr(coro, "cr_running", getattr(coro, "gi_running", False))
        return name + " running" if running else name
    frame = getattr(coro, "gi_frame", None) or getattr(coro, "cr_frame", None)
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        lineno = frame.f_lineno
        suspended = getattr(coro, "cr_suspended", getattr(coro, "gi_suspended", True))
        running = getattr(coro, "cr_running", getattr(coro, "gi_running", False))
        if not suspended and not running:
            # Not started yet: its frame is at the `def` line (this VM reports the first
            # line of the body there).
            lineno = code.co_firstlineno
        return "%s running at %s:%s" % (name, filename, lineno)
    return "%s done, defined at %s:%s" % (name, filename, code.co_firstlineno)
