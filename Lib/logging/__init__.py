"""Event logging for applications and libraries.

Loggers form a tree by their dotted names (the root logger at the top); a logging call makes a
LogRecord, which the logger and its ancestors hand to their handlers (unless a logger's
`propagate` is false), each handler filtering it by level and filters and writing it out through
its formatter. This module holds the core: levels, LogRecord, Formatter with the three format
styles, Filter, Handler, StreamHandler, FileHandler, NullHandler, Logger, LoggerAdapter, and the
module-level conveniences (basicConfig, getLogger, debug() ...).

Every shared structure (the logger tree, the level names, each handler) is guarded by a lock:
Ferrython runs threads in parallel.
"""

import io
import os
import sys
import threading
import time
import traceback
import weakref
import collections.abc
from string import Template

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
           'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
           'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
           'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug', 'disable',
           'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
           'getLevelNamesMapping', 'getHandlerByName', 'getHandlerNames']

# raiseExceptions: whether errors met while emitting are reported (Handler.handleError);
# the others: whether records carry thread, process, multiprocessing and asyncio details.
raiseExceptions = logThreads = logMultiprocessing = logProcesses = logAsyncioTasks = True

# The moment this module was imported (LogRecord.relativeCreated counts from it), in ns.
_startTime = time.time_ns()

# ---- Levels ----

_STANDARD_LEVELS = (('CRITICAL', 50), ('ERROR', 40), ('WARNING', 30), ('INFO', 20),
                    ('DEBUG', 10), ('NOTSET', 0))
CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = (number for _, number in _STANDARD_LEVELS)
FATAL, WARN = CRITICAL, WARNING

_levelToName = {number: label for label, number in _STANDARD_LEVELS}
_nameToLevel = {label: number for label, number in _STANDARD_LEVELS}
_nameToLevel.update(FATAL=FATAL, WARN=WARN)

# Guards the level tables, the logger tree and the handler registry. Reentrant: a handler's
# or filter's code may log while the module holds it.
_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def getLevelNamesMapping():
    """A copy of the table from level names to numbers."""
    with _lock:
        return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, or the number of a level name; 'Level %s' for a level
    that has neither."""
    with _lock:
        found = _levelToName.get(level)
        if found is None:
            found = _nameToLevel.get(level)
    return found if found is not None else 'Level %s' % level


def addLevelName(level, levelName):
    """Name the level number `level` (both ways: getLevelName works from either)."""
    with _lock:
        _levelToName.update({level: levelName})
        _nameToLevel.update({levelName: level})


def _checkLevel(level):
    """A level number from a number or a registered name."""
    if type(level) is int or isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError('Level not an integer or a valid string: %r' % (level,))
    with _lock:
        number = _nameToLevel.get(level)
    if number is None:
        raise ValueError('Unknown level: %r' % level)
    return number


# ---- Where a call comes from ----

def _this_file(filename):
    return os.path.normcase(filename) == _srcfile


_srcfile = os.path.normcase(__file__)


# ---- LogRecord ----

def _process_name():
    # multiprocessing names the processes it starts; without it this is the main one.
    started = sys.modules.get('multiprocessing')
    try:
        return started.current_process().name if started is not None else 'MainProcess'
    except Exception:
        return 'MainProcess'


def _task_name():
    # The asyncio task running, if asyncio is in use.
    loop_module = sys.modules.get('asyncio')
    try:
        return loop_module.current_task().get_name() if loop_module is not None else None
    except Exception:
        return None


class LogRecord:
    """Everything about one logged event. `msg` % `args` is the message (getMessage); a single
    mapping argument is used for %(key)s-style messages."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time_ns()
        only = args[0] if args and len(args) == 1 else None
        if isinstance(only, collections.abc.Mapping) and only:
            args = only     # '%(key)s' % mapping
        try:
            base = os.path.basename(pathname)
            stem = os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            base, stem = pathname, 'Unknown module'
        vars(self).update({
            'name': name, 'msg': msg, 'args': args,
            'levelname': getLevelName(level), 'levelno': level,
            'pathname': pathname, 'filename': base, 'module': stem,
            'exc_info': exc_info, 'exc_text': None, 'stack_info': sinfo,
            'lineno': lineno, 'funcName': func,
            'created': now / 1e9,
            'msecs': (now % 1_000_000_000) // 1_000_000 + 0.0,
            'relativeCreated': (now - _startTime) / 1e6,
            'thread': threading.get_ident() if logThreads else None,
            'threadName': threading.current_thread().name if logThreads else None,
            'processName': _process_name() if logMultiprocessing else None,
            'process': os.getpid() if logProcesses and hasattr(os, 'getpid') else None,
            'taskName': _task_name() if logAsyncioTasks else None,
        })

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        """The message: str(msg), %-formatted with args when there are any."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make loggers build their records with `factory` (called as LogRecord is)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable loggers build their records with."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are those of `dict` (for records that travelled, as a
    dict, over a socket or the like)."""
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# ---- Format styles ----

class PercentStyle:
    """Format strings of the %(name)s kind."""

    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'
    _style_char = '%'

    def __init__(self, fmt, *, defaults=None):
        self._fmt, self._defaults = (fmt or self.default_format), defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """ValueError unless the format has at least one field."""
        if not self._has_field():
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt,
                                                                    self._style_char))

    def _has_field(self):
        import re
        spec = r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]'
        return re.search(spec, self._fmt, re.I) is not None

    def _fields(self, record):
        # The record's attributes, over the defaults given to the Formatter.
        if not self._defaults:
            return vars(record)
        return {**self._defaults, **vars(record)}

    def _render(self, fields):
        return self._fmt % fields

    def format(self, record):
        try:
            return self._render(self._fields(record))
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """Format strings of the {name} kind (str.format)."""

    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'
    _style_char = '{'

    def _render(self, fields):
        return self._fmt.format_map(fields)

    def validate(self):
        import string
        try:
            parsed = list(string.Formatter().parse(self._fmt))
        except ValueError as bad:
            raise ValueError('invalid format: %s' % bad)
        import re
        # Only named fields count ('{}' and '{0}' alone are not enough); a field is a name or
        # a number, then attributes and [indexes].
        named = [(field, spec, conv) for _, field, spec, conv in parsed if field]
        for field, spec, conv in named:
            if not re.fullmatch(r'(\d+|\w+)(\.\w+|\[[^]]+\])*', field):
                raise ValueError('invalid format: invalid field name/expression: %r' % field)
            if conv and conv not in 'rsa':
                raise ValueError('invalid format: invalid conversion: %r' % conv)
            if spec and not re.fullmatch(_FORMAT_SPEC, spec, re.S):
                raise ValueError('invalid format: bad specifier: %r' % spec)
        if not named:
            raise ValueError('invalid format: no fields')


# A format spec as str.format reads it: [[fill]align][sign][#][0][width][grouping]
# [.precision][type], where the width or precision may be a nested {field}.
_FORMAT_SPEC = r'(.?[<>=^])?[-+ ]?#?0?(\d+|\{\w+\})?[,_]?(\.(\d+|\{\w+\}))?[bcdeEfFgGnosxX%]?'


class StringTemplateStyle(PercentStyle):
    """Format strings of the $name kind (string.Template)."""

    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'
    _style_char = '$'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return any(probe in self._fmt for probe in ('$asctime', '${asctime}'))

    def validate(self):
        named = False
        for found in Template.pattern.finditer(self._fmt):
            parts = found.groupdict()
            if parts['invalid'] is not None:
                raise ValueError("invalid format: bare '$' not allowed")
            named = named or bool(parts['named'] or parts['braced'])
        if not named:
            raise ValueError('invalid format: no fields')

    def _render(self, fields):
        return self._tpl.substitute(fields)


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# Each style's class and the format basicConfig() uses with it.
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, BASIC_FORMAT.replace('%(', '{').replace(')s', '}')),
    '$': (StringTemplateStyle, BASIC_FORMAT.replace('%(', '${').replace(')s', '}')),
}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style][0]


# ---- Formatter ----

class Formatter:
    """Turns a LogRecord into text with a format string (of the %, { or $ `style`); the
    time (asctime) with `datefmt` for time.strftime, and exceptions and stacks appended."""

    # How record.created becomes a time tuple, and the default shape of asctime (the
    # milliseconds appended with the second format, when it is not None).
    converter = time.localtime
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        style_class = _style_class(style)
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: time.strftime(datefmt) when given, else the date and time
        with the milliseconds ('2003-07-08 16:49:45,896')."""
        moment = self.converter(record.created)
        text = time.strftime(datefmt or self.default_time_format, moment)
        if datefmt or not self.default_msec_format:
            return text
        return self.default_msec_format % (text, record.msecs)

    def formatException(self, ei):
        """The traceback text of the exception info `ei` (without a final newline)."""
        buffer = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buffer)
        text = buffer.getvalue()
        buffer.close()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text: sets record.message (and record.asctime when the format uses
        it), formats, then appends the exception's traceback (cached in record.exc_text) and
        the stack information."""
        setattr(record, 'message', record.getMessage())
        if self.usesTime():
            setattr(record, 'asctime', self.formatTime(record, self.datefmt))
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # Kept: the traceback is rendered once for all the handlers.
            setattr(record, 'exc_text', self.formatException(record.exc_info))
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if text[-1:] != '\n':
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: a header, each record with `linefmt`, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        return (self.formatHeader(records)
                + ''.join(self.linefmt.format(record) for record in records)
                + self.formatFooter(records))


# ---- Filters ----

def _add_once(items, item):
    if item not in items:
        items.append(item)


def _remove_if_there(items, item):
    try:
        items.remove(item)
    except ValueError:
        pass


class Filter:
    """Lets through the records of the logger named `name` and of its descendants (all
    records when `name` is empty)."""

    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        wanted = self.name
        return (not wanted or record.name == wanted
                or record.name.startswith(wanted + '.'))


class Filterer:
    """Something holding filters: loggers and handlers."""

    def __init__(self):
        self.filters = list()

    def addFilter(self, filter):
        """Add `filter` (once)."""
        _add_once(self.filters, filter)

    def removeFilter(self, filter):
        """Remove `filter`, if it is there."""
        _remove_if_there(self.filters, filter)

    def filter(self, record):
        """Run the filters (objects with a filter() method, or callables) in turn: False as
        soon as one rejects the record; a filter may also return a LogRecord, which replaces
        the record from then on and is what this returns."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


# ---- Handlers ----

# The named handlers (weakly: a handler closed and dropped leaves the table).
_handlers = weakref.WeakValueDictionary()
# Every handler made, for shutdown() (most recent first).
_handlerList = []


def _removeHandlerRef(ref):
    with _lock:
        _remove_if_there(_handlerList, ref)


def getHandlerByName(name):
    """The handler named `name`, or None."""
    return _handlers.get(name)


def getHandlerNames():
    """The names of the named handlers, as a frozenset."""
    return frozenset(_handlers)


class Handler(Filterer):
    """Sends records somewhere: subclasses define emit(). A handler has a level below which it
    drops records, filters, a formatter and a lock taken around emit()."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self._name, self.formatter, self._closed = None, None, False
        self.level = _checkLevel(level)
        with _lock:
            _handlerList.append(weakref.ref(self, _removeHandlerRef))
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        """Make the lock emit() runs under (reentrant)."""
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock is not None:
            self.lock.acquire()

    def release(self):
        if self.lock is not None:
            self.lock.release()

    def setLevel(self, level):
        """Drop the records below `level` (a number or a level name)."""
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text, by this handler's formatter or the module's default one."""
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Filter the record, then emit it with the lock held. Returns the record that was
        emitted (a filter may have replaced it), or False when filtered out."""
        outcome = self.filter(record)
        if isinstance(outcome, LogRecord):
            record = outcome
        if outcome:
            with self.lock:
                self.emit(record)
            return record
        return outcome

    def setFormatter(self, fmt):
        """Format the records with `fmt` (a Formatter)."""
        setattr(self, 'formatter', fmt)

    def flush(self):
        pass

    def close(self):
        """Tidy up; forget the handler's name."""
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Called when emit() fails: with raiseExceptions, print the error and where the
        logging call was made to sys.stderr, and carry on."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, value, tb = sys.exc_info()
        try:
            write = sys.stderr.write
            write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, sys.stderr)
            write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            while frame is not None and os.path.dirname(frame.f_code.co_filename) == \
                    os.path.dirname(_srcfile):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=sys.stderr)
            else:
                write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                write('Unable to print the message and arguments - possible formatting '
                      'error.\nUse the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            kind = value = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record's text, then `terminator`, to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            target = self.stream
            if target and hasattr(target, 'flush'):
                target.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to `stream` from now on; returns the previous stream (None when `stream` is
        the current one)."""
        if stream is not self.stream:
            with self.lock:
                self.flush()
                previous, self.stream = self.stream, stream
            return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(type(list[int]))


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file, opened with `mode` (at the first record when
    `delay`)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        vars(self).update(baseFilename=os.path.abspath(os.fspath(filename)), mode=mode,
                          encoding=encoding, errors=errors, delay=delay)
        # open() as it was when the handler was made (shutdown may run late at exit).
        self._builtin_open = open
        super().__init__(None if delay else self._open())
        if delay:
            self.stream = None

    def close(self):
        with self.lock:
            try:
                opened, self.stream = self.stream, None
                if opened:
                    try:
                        opened.flush()
                    finally:
                        if hasattr(opened, 'close'):
                            opened.close()
            finally:
                super().close()

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def emit(self, record):
        # A delayed handler opens its file now; a closed one in 'w' mode does not reopen it
        # (that would truncate what was written).
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the moment of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
# Used when a record finds no handler at all on its way up (None: drop such records).
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: libraries attach one so that their records are not reported through
    lastResort when the application configured no logging."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---- The logger tree ----

class PlaceHolder:
    """Stands in the tree for a logger not created yet that has created descendants."""

    def __init__(self, alogger):
        # The waiting loggers, in the order they came (a dict used as an ordered set).
        self.loggerMap = dict.fromkeys([alogger])

    def append(self, alogger):
        self.loggerMap.setdefault(alogger)


_loggerClass = None


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    return klass


def setLoggerClass(klass):
    """Make getLogger() create loggers of class `klass` (a subclass of Logger)."""
    globals()['_loggerClass'] = _check_logger_class(klass)


def getLoggerClass():
    """The class getLogger() creates loggers of."""
    return globals()['_loggerClass']


class Manager:
    """Holds the logger tree: loggerDict maps every dotted name met to its Logger (or to a
    PlaceHolder while only descendants of that name exist)."""

    def __init__(self, rootnode):
        vars(self).update(root=rootnode, emittedNoHandlerWarning=False, loggerDict={},
                          loggerClass=None, logRecordFactory=None)
        self.disable = NOTSET

    # The level of logging.disable(): a number, also when set from a level name.
    disable = property(lambda self: self._disable,
                       lambda self, value: setattr(self, '_disable', _checkLevel(value)))

    def getLogger(self, name):
        """The logger named `name`, created (with its place in the tree) on first use."""
        if type(name) is not str and not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            found = self.loggerDict.get(name)
            if isinstance(found, Logger):
                return found
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if isinstance(found, PlaceHolder):
                self._adopt(found, made)
            self._attach(made)
            return made

    def setLoggerClass(self, klass):
        """Make this manager's getLogger() create loggers of class `klass`."""
        vars(self)['loggerClass'] = _check_logger_class(klass)

    def setLogRecordFactory(self, factory):
        """Make this manager's loggers build their records with `factory`."""
        vars(self)['logRecordFactory'] = factory

    def _attach(self, alogger):
        """Give `alogger` its parent: the nearest existing logger above it (the root when
        there is none), leaving placeholders on the way for the names not created yet."""
        name = alogger.name
        cut = name.rfind('.')
        parent = None
        while cut > 0 and parent is None:
            prefix = name[:cut]
            found = self.loggerDict.get(prefix)
            if found is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(found, Logger):
                parent = found
            else:
                found.append(alogger)
            cut = name.rfind('.', 0, cut - 1)
        alogger.parent = parent if parent is not None else self.root

    def _adopt(self, placeholder, alogger):
        """`alogger` now exists where `placeholder` was: the descendants waiting there whose
        parent is above it get it as their parent."""
        prefix = alogger.name + '.'
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        # Levels changed: every logger's isEnabledFor() answers must be recomputed.
        with _lock:
            for known in (self.root, *self.loggerDict.values()):
                if isinstance(known, Logger):
                    known._cache.clear()


class Logger(Filterer):
    """A named channel for records. Its level (or the nearest set level above it) decides
    which calls make records; records go to its handlers and, while `propagate`, to those of
    the loggers above."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        vars(self).update(name=name, level=_checkLevel(level), parent=None, propagate=True,
                          handlers=[], disabled=False)
        # isEnabledFor()'s answers by level, until a level changes somewhere.
        self._cache = dict()

    def setLevel(self, level):
        """Set the level of this logger (a number or a level name)."""
        vars(self)['level'] = _checkLevel(level)
        self.manager._clear_cache()

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error() with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log at the number `level`."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of the call that
        logged: the first frame outside this module, `stacklevel` - 1 frames further up."""
        frame = sys._getframe(0)
        while frame is not None and _this_file(frame.f_code.co_filename):
            frame = frame.f_back
        while frame is not None and stacklevel > 1:
            upper = frame.f_back
            if upper is None:
                break
            frame = upper
            stacklevel -= 1
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        code = frame.f_code
        sinfo = None
        if stack_info:
            buffer = io.StringIO()
            buffer.write('Stack (most recent call last):\n')
            traceback.print_stack(frame, file=buffer)
            sinfo = buffer.getvalue()
            if sinfo.endswith('\n'):
                sinfo = sinfo[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        """Build the LogRecord (with the factory in force); `extra`'s items become its
        attributes, but may not replace any it already has."""
        factory = self.manager.logRecordFactory or _logRecordFactory
        record = factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        attributes = vars(record)
        for key, value in (extra or {}).items():
            if key in attributes or key in ('message', 'asctime'):
                raise KeyError('Attempt to overwrite %r in LogRecord' % key)
            attributes[key] = value
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        origin = ('(unknown file)', 0, '(unknown function)', None)
        if _srcfile:
            try:
                origin = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        # exc_info: an exception, a (type, value, traceback) triple, or true for the
        # exception being handled.
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and type(exc_info) is not tuple and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        where, line, function, stack = origin
        self.handle(self.makeRecord(self.name, level, where, line, msg, args, exc_info or None,
                                    function, extra, stack))

    def handle(self, record):
        """Pass the record to the handlers, unless the logger is disabled or a filter
        rejects it."""
        if self.disabled:
            return
        outcome = self.filter(record)
        if isinstance(outcome, LogRecord):
            record = outcome
        if outcome:
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Add the handler `hdlr` (once)."""
        with _lock:
            _add_once(self.handlers, hdlr)

    def removeHandler(self, hdlr):
        """Remove the handler `hdlr`, if it is there."""
        with _lock:
            _remove_if_there(self.handlers, hdlr)

    def _chain(self):
        """This logger and those above it, as far as propagation reaches."""
        current = self
        while current is not None:
            yield current
            current = current.parent if current.propagate else None

    def hasHandlers(self):
        """Whether this logger or one above it (as far as propagation goes) has handlers."""
        return any(member.handlers for member in self._chain())

    def callHandlers(self, record):
        """Give the record to every handler from this logger up, as far as propagation goes,
        each handler taking it only at or above its level; lastResort gets it when there was
        no handler at all."""
        reached = 0
        for member in self._chain():
            for handler in tuple(member.handlers):
                reached += 1
                if handler.level <= record.levelno:
                    handler.handle(record)
        if reached:
            return
        fallback = lastResort
        if fallback is not None:
            if fallback.level <= record.levelno:
                fallback.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            setattr(self.manager, 'emittedNoHandlerWarning', True)

    def getEffectiveLevel(self):
        """The first level set on this logger or above it; NOTSET when none is."""
        current = self
        while current is not None and not current.level:
            current = current.parent
        return NOTSET if current is None else current.level

    def isEnabledFor(self, level):
        """Whether a call at `level` would make a record (after logging.disable() too)."""
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            with _lock:
                known = (self.manager.disable < level
                         and level >= self.getEffectiveLevel())
                self._cache[level] = known
        return known

    def getChild(self, suffix):
        """The logger named after this one, a dot and `suffix`."""
        full = suffix if self is self.root else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def getChildren(self):
        """The loggers right below this one."""
        with _lock:
            return {found for found in self.manager.loggerDict.values()
                    if isinstance(found, Logger) and found.parent is self}

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Pickled by name; unpickling looks the logger up again.
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


# The methods named after the levels, made once for Logger and LoggerAdapter below.
_LEVEL_METHODS = {'debug': DEBUG, 'info': INFO, 'warning': WARNING, 'error': ERROR,
                  'critical': CRITICAL}


def _logger_method(label, number):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(number):
            self._log(number, msg, args, **kwargs)
    method.__name__, method.__qualname__ = label, 'Logger.' + label
    method.__doc__ = ("Log 'msg %% args' at level %s; keyword arguments: exc_info, "
                      "stack_info, stacklevel, extra." % label.upper())
    return method


for _label, _number in _LEVEL_METHODS.items():
    setattr(Logger, _label, _logger_method(_label, _number))
Logger.fatal = Logger.critical

_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---- LoggerAdapter ----

class LoggerAdapter:
    """Wraps a logger to add contextual information: process() receives every call's message
    and keyword arguments; by default it sets `extra` to the adapter's own."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        """(message, keyword arguments) for the logger: the adapter's extra put in."""
        kwargs['extra'] = self.extra
        return (msg, kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log at the number `level`, through process()."""
        if not self.isEnabledFor(level):
            return
        adapted, options = self.process(msg, kwargs)
        self.logger.log(level, adapted, *args, **options)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        wrapped = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, wrapped.name,
                                 getLevelName(wrapped.getEffectiveLevel()))

    __class_getitem__ = classmethod(type(list[int]))


def _delegate(method_name):
    def forward(self, *args, **kwargs):
        return getattr(self.logger, method_name)(*args, **kwargs)
    forward.__name__, forward.__qualname__ = method_name, 'LoggerAdapter.' + method_name
    return forward


# What the adapter answers as its logger does.
for _label in ('isEnabledFor', 'setLevel', 'getEffectiveLevel', 'hasHandlers', '_log'):
    setattr(LoggerAdapter, _label, _delegate(_label))


def _adapter_method(label, number):
    def method(self, msg, *args, **kwargs):
        self.log(number, msg, *args, **kwargs)
    method.__name__, method.__qualname__ = label, 'LoggerAdapter.' + label
    return method


for _label, _number in _LEVEL_METHODS.items():
    setattr(LoggerAdapter, _label, _adapter_method(_label, _number))
del _number


# ---- Module-level configuration and conveniences ----

def basicConfig(**kwargs):
    """Configure the root logger in one call, when it has no handlers yet (or with
    force=True, after removing and closing those it has): a StreamHandler (on `stream`, or
    sys.stderr) or a FileHandler (`filename`, `filemode`, `encoding`, `errors`), or the given
    `handlers`, all formatted with `format`/`datefmt`/`style`; `level` sets the root's level."""
    with _lock:
        if kwargs.pop('force', False):
            for present in tuple(root.handlers):
                root.removeHandler(present)
                present.close()
        if root.handlers:
            return
        options = dict(kwargs)
        encoding = options.pop('encoding', None)
        errors = options.pop('errors', 'backslashreplace')
        given = options.pop('handlers', None)
        if given is not None and ('stream' in options or 'filename' in options):
            raise ValueError("'stream' or 'filename' should not be specified together with "
                             "'handlers'")
        if given is None and 'stream' in options and 'filename' in options:
            raise ValueError("'stream' and 'filename' should not be specified together")
        if given is None:
            path, mode = options.pop('filename', None), options.pop('filemode', 'a')
            if path:
                given = [FileHandler(path, mode, encoding=encoding,
                                     errors=None if 'b' in mode else errors)]
            else:
                given = [StreamHandler(options.pop('stream', None))]
        style = options.pop('style', '%')
        _style_class(style)
        shared = Formatter(options.pop('format', _STYLES[style][1]),
                           options.pop('datefmt', None), style)
        for handler in given:
            if handler.formatter is None:
                handler.setFormatter(shared)
            root.addHandler(handler)
        if options.get('level') is not None:
            root.setLevel(options['level'])
        options.pop('level', None)
        if options:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    """The logger named `name` (the root logger when no name is given)."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


# One function per level: debug(), info(), warning(), error() and critical() log on the root
# logger, which basicConfig() configures first when it has no handler.
def _module_function(label):
    def call(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, label)(msg, *args, **kwargs)
    call.__name__ = call.__qualname__ = label
    call.__doc__ = 'Log a message with the root logger (%s).' % label
    return call


for _label in ('debug', 'info', 'warning', 'error', 'critical', 'log'):
    globals()[_label] = _module_function(_label)
del _label
fatal = critical


def exception(msg, *args, exc_info=True, **kwargs):
    """error() on the root logger, with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at `level` or below, whatever the loggers' levels."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler still alive (registered to run at exit)."""
    for alive in [ref() for ref in reversed(handlerList[:])]:
        if not alive:
            continue
        try:
            try:
                alive.acquire()
                # A MemoryHandler may ask not to be flushed on close.
                if getattr(alive, 'flushOnClose', True):
                    alive.flush()
                alive.close()
            except (OSError, ValueError):
                pass        # already closed, its stream gone, or its lock broken
            finally:
                alive.release()
        except BaseException:
            if raiseExceptions:
                raise


def _at_exit():
    import atexit as exit_hooks
    exit_hooks.register(shutdown)


_at_exit()

# ---- warnings through logging ----

_shown_by_warnings = []    # warnings.showwarning while captureWarnings(True) is in force


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # A warning written to an explicit file still goes there; the others become records of
    # the 'py.warnings' logger.
    if file is not None:
        for original in _shown_by_warnings:
            original(message, category, filename, lineno, file, line)
        return
    import warnings
    channel = getLogger('py.warnings')
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning('%s', warnings.formatwarning(message, category, filename, lineno, line))


def captureWarnings(capture):
    """With `capture`, report warnings through the logger 'py.warnings' instead of writing
    them to sys.stderr; without, undo that."""
    import warnings
    if capture and not _shown_by_warnings:
        _shown_by_warnings.append(warnings.showwarning)
        warnings.showwarning = _showwarning
    elif not capture and _shown_by_warnings:
        warnings.showwarning = _shown_by_warnings.pop()
