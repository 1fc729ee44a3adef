"""Warning control: issuing warnings and deciding, through filters, whether each one is shown,
ignored or raised.

The filters list, the "once" registry and the decision itself live in the interpreter
(`_warnings`), so that warnings the interpreter issues (a SyntaxWarning while compiling, a
DeprecationWarning of a builtin) obey the same filters as those Python code issues. This module
adds what is written in Python: adding and removing filters, formatting and showing warnings,
catch_warnings, and the -W / PYTHONWARNINGS options.
"""

import sys

from _warnings import (filters, _defaultaction, _onceregistry, warn, warn_explicit,
                       _filters_mutated)

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

defaultaction = _defaultaction
onceregistry = _onceregistry

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---- Showing ----

def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning, as it is shown: `file:line: Category: message` and the line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def _source_line(msg):
    if msg.line is not None:
        return msg.line
    try:
        import linecache
        return linecache.getline(msg.filename, msg.lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = _source_line(msg)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # Without tracemalloc there is no record of where the source object was made.
        text += f"{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n"
    return text


def _showwarnmsg_impl(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        return
    try:
        stream.write(_formatwarnmsg(msg))
    except OSError:
        pass


# The functions above as first defined: a program that replaces showwarning or formatwarning
# gets its own called instead.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    """Show a warning that passed the filters (the interpreter calls this)."""
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage(object):
    """One warning, as catch_warnings(record=True) records it and showwarning receives it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


# ---- Filters ----

def _check_filter(action, message, category, module, lineno):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: `message` (a regular expression matched, ignoring case, at the start of
    the text) and `module` (one matched against the whole module name) narrow it."""
    _check_filter(action, message, category, module, lineno)
    if message or module:
        import re
    message_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _add_filter(action, message_pattern, category, module_pattern, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that any message of `category` from any module matches."""
    _check_filter(action, "", category, "", lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter already present moves (to the front) rather than being added twice.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter, the default ones too."""
    filters[:] = []
    _filters_mutated()


class catch_warnings(object):
    """A context manager that saves the filters and showwarning on entry and puts them back on
    exit; with record=True, warnings are collected in the list `__enter__` returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._saved_filters = module.filters[:]
        self._saved_show = module.showwarning
        self._saved_showmsg = module._showwarnmsg_impl
        module._filters_mutated()
        if self._filter is not None:
            action, category, lineno, append = self._filter
            simplefilter(action, category, lineno, append)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        # A recording context shows nothing, even through a replaced showwarning.
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters[:] = self._saved_filters
        module._filters_mutated()
        module.showwarning = self._saved_show
        module._showwarnmsg_impl = self._saved_showmsg


# ---- -W options and PYTHONWARNINGS ----

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(options):
    for option in options:
        try:
            _setoption(option)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


def _setoption(option):
    """Add the filter an option `action:message:category:module:lineno` describes."""
    parts = option.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [part.strip() for part in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for known in _ACTIONS:
        if known.startswith(action):
            return known
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        found = getattr(builtins, category, None)
        if found is None:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        module_name, _, name = category.rpartition('.')
        try:
            module = __import__(module_name, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
        try:
            found = getattr(module, name)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# ---- Helpers the standard library uses ----

_DEPRECATION_TEXT = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATION_TEXT, *, remove, _version=sys.version_info):
    """Warn that `name` goes away in version `remove` (a (major, minor) pair); once that version
    is reached, it is an error to still have it."""
    remove_text = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {remove_text} alpha")
    warn(message.format(name=name, remove=remove_text), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    message = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(message, category=RuntimeWarning, stacklevel=2, source=coro)


if sys.warnoptions:
    _processoptions(sys.warnoptions)
