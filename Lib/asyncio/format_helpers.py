"""How callbacks are shown in the reprs of handles and futures, and in error messages."""

import functools
import inspect


def _short_repr(obj, limit=30):
    # What reprlib.repr gives for the common cases: long reprs keep their two ends.
    if isinstance(obj, (list, tuple)) and not hasattr(type(obj), "_fields"):
        items = [_short_repr(x) for x in obj[:6]]
        if len(obj) > 6:
            items.append("...")
        if isinstance(obj, tuple):
            return "(%s)" % (items[0] + "," if len(items) == 1 else ", ".join(items))
        return "[%s]" % ", ".join(items)
    text = repr(obj)
    if isinstance(obj, int) and not isinstance(obj, bool):
        limit = 40
    if len(text) > limit:
        head = (limit - 3) // 2
        tail = limit - 3 - head
        text = text[:head] + "..." + text[len(text) - tail:]
    return text


def _get_function_source(func):
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs, *, debug=False):
    show = repr if debug else _short_repr
    items = [show(arg) for arg in args or ()]
    items.extend("%s=%s" % (key, show(value)) for key, value in (kwargs or {}).items())
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs, *, debug=False, suffix=""):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs, debug=debug) + suffix
        return _format_callback(func.func, func.args, func.keywords, debug=debug, suffix=suffix)
    text = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return text + _format_args_and_kwargs(args, kwargs, debug=debug) + suffix


def _format_callback_source(func, args, *, debug=False):
    text = _format_callback(func, args, None, debug=debug)
    source = _get_function_source(func)
    if source:
        text += " at %s:%s" % source
    return text


def extract_stack(f=None, limit=None):
    """The stack of the caller (for debug mode's source tracebacks)."""
    import sys
    import traceback
    if f is None:
        f = sys._getframe().f_back
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit, lookup_lines=False)
    stack.reverse()
    return stack
