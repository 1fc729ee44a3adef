"""Warning control: issuing warnings and deciding, through filters, whether each one is shown,
ignored or raised.

The filters list, the "once" registry and the decision itself live in the interpreter
(`_warnings`), so that warnings the interpreter issues (a SyntaxWarning while compiling, a
DeprecationWarning of a builtin) obey the same filters as those Python code issues. This module
adds what is written in Python: adding and removing filters, formatting and showing warnings,
catch_warnings, and the -W / PYTHONWARNINGS options.
"""

import sys

import _warnings
from _warnings import filters, warn, warn_explicit, _filters_mutated

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

defaultaction = _warnings._defaultaction
onceregistry = _warnings._onceregistry

# What a filter may do with the warnings it matches.
_KNOWN_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---- How a warning looks ----

class WarningMessage(object):
    """One warning, as catch_warnings(record=True) records it and showwarning receives it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for field, value in zip(self._WARNING_DETAILS, given):
            setattr(self, field, value)
        self._category_name = None if not category else category.__name__

    def __str__(self):
        shown = (self.message, self._category_name, self.filename, self.lineno, self.line)
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % shown


def _render(record):
    """The text a warning is shown as: the location and the message, then the stripped source
    line when there is one (and a note when the warning names its source object)."""
    kind = record.category.__name__
    pieces = [f"{record.filename}:{record.lineno}: {kind}: {record.message}\n"]
    code = record.line
    if code is None:
        try:
            import linecache
            code = linecache.getline(record.filename, record.lineno)
        except Exception:
            code = None
    if code and code.strip():
        pieces.append("  " + code.strip() + "\n")
    if record.source is not None:
        # Without tracemalloc there is no record of where the source object was made.
        pieces.append(f"{kind}: Enable tracemalloc to get the object allocation traceback\n")
    return "".join(pieces)


def _write(record):
    """Writes a warning to its file, or to sys.stderr (silently nowhere when that is None)."""
    target = sys.stderr if record.file is None else record.file
    if target is None:
        return
    try:
        target.write(_text_of(record))
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning, as it is shown: `file:line: Category: message` and the line."""
    return _render(WarningMessage(message, category, filename, lineno, line=line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default)."""
    _write(WarningMessage(message, category, filename, lineno, file, line))


# The two functions as this module defines them: a program may replace either one, and is then
# called for every warning shown.
_as_defined = {"show": showwarning, "format": formatwarning}

# Where a shown warning goes; catch_warnings(record=True) points it at its list.
_sink = _write


def _text_of(record):
    if formatwarning is _as_defined["format"]:
        return _render(record)
    return formatwarning(record.message, record.category, record.filename, record.lineno,
                         record.line)


def _showwarnmsg(record):
    """Show a warning that passed the filters (the interpreter calls this)."""
    replaced = showwarning
    if replaced is _as_defined["show"]:
        _sink(record)
        return
    if not callable(replaced):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    replaced(record.message, record.category, record.filename, record.lineno, record.file,
             record.line)


# ---- Filters ----

def _validate(action, message, category, module, lineno):
    checks = (
        (action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)),
        (isinstance(message, str), "message must be a string"),
        (isinstance(category, type), "category must be a class"),
        (isinstance(category, type) and issubclass(category, Warning),
         "category must be a Warning subclass"),
        (isinstance(module, str), "module must be a string"),
        (isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"),
    )
    for passed, complaint in checks:
        if not passed:
            raise AssertionError(complaint)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: `message` (a regular expression matched, ignoring case, at the start of
    the text) and `module` (one matched against the module name) narrow it."""
    _validate(action, message, category, module, lineno)
    text_pattern = module_pattern = None
    if message or module:
        import re
        text_pattern = re.compile(message, re.I) if message else None
        module_pattern = re.compile(module) if module else None
    _place_filter((action, text_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that any message of `category` from any module matches. (Unlike
    filterwarnings, the category is not checked: a tuple of classes works, as in CPython.)"""
    _validate(action, "", Warning, "", lineno)
    _place_filter((action, None, category, None, lineno), append)


def _place_filter(entry, at_end):
    # An equal filter already present moves to the front rather than being listed twice; one
    # added at the end never displaces an equal one.
    if at_end:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters[0:0] = [entry]
    _filters_mutated()


def resetwarnings():
    """Remove every filter, the default ones too."""
    del filters[:]
    _filters_mutated()


class catch_warnings(object):
    """A context manager that saves the filters and showwarning on entry and puts them back on
    exit; with record=True, warnings are collected in the list `__enter__` returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._collect = record
        self._target = module if module is not None else sys.modules['warnings']
        self._filter_args = None if action is None else (action, category, lineno, append)
        self._active = False

    def __repr__(self):
        options = ["record=True"] if self._collect else []
        if self._target is not sys.modules['warnings']:
            options.append("module=%r" % (self._target,))
        return type(self).__name__ + "(" + ", ".join(options) + ")"

    def __enter__(self):
        if self._active:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._active = True
        target = self._target
        self._saved = (list(target.filters), target.showwarning, target._sink)
        target._filters_mutated()
        if self._filter_args is not None:
            simplefilter(*self._filter_args)
        if not self._collect:
            return None
        collected = []
        target._sink = collected.append
        # A recording context shows nothing, even through a replaced showwarning.
        target.showwarning = target._as_defined["show"]
        return collected

    def __exit__(self, *exc_info):
        if not self._active:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._target
        saved_filters, target.showwarning, target._sink = self._saved
        target.filters[:] = saved_filters
        target._filters_mutated()


# ---- -W options and PYTHONWARNINGS ----

class _BadOption(Exception):
    """A -W option that cannot be understood."""


def _processoptions(options):
    for text in options:
        try:
            _apply_option(text)
        except _BadOption as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


def _apply_option(text):
    """Add the filter an option `action:message:category:module:lineno` describes."""
    fields = [field.strip() for field in text.split(':')]
    if len(fields) > 5:
        raise _BadOption("too many fields (max 5): %r" % (text,))
    fields.extend([''] * (5 - len(fields)))
    action_text, message, category_text, module, lineno_text = fields
    action = _action_named(action_text)
    category = _category_named(category_text)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    lineno = 0
    if lineno_text:
        try:
            lineno = int(lineno_text)
        except (ValueError, OverflowError):
            lineno = -1
        if lineno < 0:
            raise _BadOption("invalid lineno %r" % (lineno_text,))
    filterwarnings(action, message, category, module, lineno)


def _action_named(text):
    if text == "all":
        return "always"
    if not text:
        return "default"
    for action in _KNOWN_ACTIONS:
        if action.startswith(text):
            return action
    raise _BadOption("invalid action: %r" % (text,))


def _category_named(text):
    if not text:
        return Warning
    module_name, dot, name = text.rpartition('.')
    if not dot:
        import builtins
        found = getattr(builtins, name, None)
        if found is None:
            raise _BadOption("unknown warning category: %r" % (text,))
    else:
        try:
            owner = __import__(module_name, None, None, [name])
        except ImportError:
            raise _BadOption("invalid module name: %r" % (module_name,)) from None
        found = getattr(owner, name, None)
        if found is None:
            raise _BadOption("unknown warning category: %r" % (text,))
    if isinstance(found, type) and issubclass(found, Warning):
        return found
    raise _BadOption("invalid warning category: %r" % (text,))


# ---- Helpers the standard library uses ----

def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}",
                *, remove, _version=sys.version_info):
    """Warn that `name` goes away in version `remove` (a (major, minor) pair); once that version
    is reached, it is an error to still have it."""
    removal = "%d.%d" % remove
    current = tuple(_version[:2])
    if current > remove or (current == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {removal} alpha")
    warn(message.format(name=name, remove=removal), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    warn(f"coroutine '{coro.__qualname__}' was never awaited", category=RuntimeWarning,
         stacklevel=2, source=coro)


if sys.warnoptions:
    _processoptions(sys.warnoptions)
