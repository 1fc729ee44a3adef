"""Configuring logging from a dictionary (dictConfig) or from an INI file (fileConfig), and
from a socket (listen, which needs the socket modules).

dictConfig's schema: `version` (1), `formatters`, `filters` and `handlers` (each a dict of
named dicts), `loggers` (named dicts), `root`, `incremental` and `disable_existing_loggers`.
An entry with a `()` key is made by calling that factory with the other keys; a `.` key holds
attributes set on the result. String values of the form `ext://a.b.c` name an importable
object, `cfg://path.to[key]` another part of the configuration.
"""

import errno
import functools
import io
import logging
import logging.handlers
import os
import re
import struct
import threading

# The port listen() serves on.
DEFAULT_LOGGING_CONFIG_PORT = 9030

# The error a peer closing the connection gives.
RESET_ERROR = errno.ECONNRESET

# The server thread of listen(), while it runs.
_listener = None


def _resolve(dotted):
    """The object a dotted name names, importing the modules along it as needed."""
    parts = dotted.split('.')
    path = parts[0]
    found = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        if not hasattr(found, part):
            __import__(path)
        found = getattr(found, part)
    return found


def _strip_spaces(items):
    return [item.strip() for item in items]


def _clearExistingHandlers():
    """Close and forget every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _children_of(name, existing):
    """The names in the sorted list `existing` that are descendants of `name`."""
    prefix = name + '.'
    start = existing.index(name) + 1
    return [other for other in existing[start:] if other.startswith(prefix)]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """The loggers a configuration did not name: those below a configured logger are reset
    (so that their records reach it), the others disabled when `disable_existing`."""
    table = logging.root.manager.loggerDict
    for name in existing:
        alogger = table[name]
        if name not in child_loggers:
            alogger.disabled = disable_existing
        elif not isinstance(alogger, logging.PlaceHolder):
            alogger.setLevel(logging.NOTSET)
            alogger.handlers = []
            alogger.propagate = True


# ---- fileConfig ----

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from an INI file (a path, an open file or a ConfigParser) with the
    sections [loggers], [handlers] and [formatters] listing `keys`, and a [logger_NAME],
    [handler_NAME] or [formatter_NAME] section for each key."""
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        try:
            parser = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as exc:
            raise RuntimeError(f'{fname} is invalid: {exc}')
    formatters = _create_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _install_handlers(parser, formatters)
        _install_loggers(parser, handlers, disable_existing_loggers)


def _keys(parser, section):
    listed = parser[section]['keys']
    return _strip_spaces(listed.split(',')) if listed else []


def _create_formatters(parser):
    made = {}
    for key in _keys(parser, 'formatters'):
        section = 'formatter_' + key
        option = functools.partial(parser.get, section, raw=True)
        fmt, datefmt = option('format', fallback=None), option('datefmt', fallback=None)
        style = option('style', fallback='%')
        defaults = option('defaults', fallback=None)
        class_name = parser[section].get('class')
        factory = _resolve(class_name) if class_name else logging.Formatter
        if defaults is None:
            made[key] = factory(fmt, datefmt, style)
        else:
            made[key] = factory(fmt, datefmt, style, defaults=eval(defaults, vars(logging)))
    return made


def _install_handlers(parser, formatters):
    made = {}
    targets = []
    for key in _keys(parser, 'handlers'):
        section = parser['handler_' + key]
        # Class names and arguments are expressions in the logging package's namespace
        # (so `handlers.RotatingFileHandler` or `sys.stdout` work), or dotted names.
        try:
            klass = eval(section['class'], vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(section['class'])
        args = eval(section.get('args', '()'), vars(logging))
        kwargs = eval(section.get('kwargs', '{}'), vars(logging))
        handler = klass(*args, **kwargs)
        handler.name = key
        if 'level' in section:
            handler.setLevel(section['level'])
        formatter = section.get('formatter', '')
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get('target', '')
            if target:
                targets.append((handler, target))
        made[key] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _attach_listed(alogger, listed, handlers):
    for handler in alogger.handlers[:]:
        alogger.removeHandler(handler)
    if listed:
        for key in _strip_spaces(listed.split(',')):
            alogger.addHandler(handlers[key])


def _install_loggers(parser, handlers, disable_existing):
    names = _keys(parser, 'loggers')
    names.remove('root')
    section = parser['logger_root']
    root = logging.root
    if 'level' in section:
        root.setLevel(section['level'])
    _attach_listed(root, section['handlers'], handlers)

    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for name in names:
        section = parser['logger_' + name]
        qualname = section['qualname']
        alogger = logging.getLogger(qualname)
        if qualname in existing:
            child_loggers += _children_of(qualname, existing)
            existing.remove(qualname)
        if 'level' in section:
            alogger.setLevel(section['level'])
        alogger.propagate = section.getint('propagate', fallback=1)
        alogger.disabled = 0
        _attach_listed(alogger, section['handlers'], handlers)
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# ---- dictConfig ----

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True when `s` can be a keyword argument; raises ValueError otherwise."""
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


_CONVERTING_TYPES = ()   # filled in below, once the classes exist


class ConvertingMixin:
    """For the containers of a configuration: values read from them pass through the
    configurator's convert() (cfg:// and ext:// strings, nested containers), and a converted
    value replaces the original so that it is converted once."""

    def _adopt(self, result, key=None):
        if type(result) in _CONVERTING_TYPES:
            result.parent = self
            if key is not None:
                result.key = key
        return result

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if result is not value:
            if replace:
                self[key] = result
            self._adopt(result, key)
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if result is not value:
            self._adopt(result)
        return result


class ConvertingDict(dict, ConvertingMixin):
    """A configuration dict converting its values as they are read."""

    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    """A configuration list converting its items as they are read."""

    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    """A configuration tuple converting its items as they are read (without storing)."""

    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


_CONVERTING_TYPES = (ConvertingDict, ConvertingList, ConvertingTuple)


class BaseConfigurator:
    """What every configurator shares: the conversion of values (cfg:// and ext:// strings,
    plain containers into converting ones), `()` factories and resolving dotted names."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    # The steps of a cfg:// path: a first key, then `.key` and `[key]` (digits: an index).
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    # Prefixes of the strings that convert(), and the methods converting them.
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    # How resolve() imports (replaceable, e.g. to import from somewhere else).
    importer = staticmethod(__import__)

    def __init__(self, config):
        wrapped = ConvertingDict(config)
        wrapped.configurator = self
        self.config = wrapped

    def resolve(self, s):
        """The object the dotted name `s` names; ValueError when it cannot be imported."""
        parts = s.split('.')
        path = parts.pop(0)
        try:
            found = self.importer(path)
            for part in parts:
                path += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(path)
                    found = getattr(found, part)
            return found
        except ImportError as exc:
            raise ValueError('Cannot resolve %r: %s' % (s, exc)) from exc

    def ext_convert(self, value):
        """ext://NAME: the object NAME names."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """cfg://PATH: the part of the configuration PATH leads to."""
        first = self.WORD_PATTERN.match(value)
        if first is None:
            raise ValueError('Unable to convert %r' % value)
        node = self.config[first.group(1)]
        rest = value[first.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            if step:
                node = node[step.group(1)]
            else:
                step = self.INDEX_PATTERN.match(rest)
                if not step:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = step.group(1)
                if self.DIGIT_PATTERN.match(key):
                    # A number indexes a sequence, or is a mapping's string key.
                    try:
                        node = node[int(key)]
                    except TypeError:
                        node = node[key]
                else:
                    node = node[key]
            rest = rest[step.end():]
        return node

    def convert(self, value):
        """Plain containers become converting ones; a string with a known prefix:// is
        replaced by what it refers to."""
        wrapper = None
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            wrapper = ConvertingDict
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            wrapper = ConvertingList
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, '_fields')):
            # Named tuples stay as they are.
            wrapper = ConvertingTuple
        elif isinstance(value, str):
            match = self.CONVERT_PATTERN.match(value)
            if match:
                method = self.value_converters.get(match.group('prefix'))
                if method:
                    value = getattr(self, method)(match.group('suffix'))
            return value
        if wrapper is not None:
            value = wrapper(value)
            value.configurator = self
        return value

    def configure_custom(self, config):
        """Call the factory under `()` with the other keys as keyword arguments, then set the
        attributes under `.`."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        made = factory(**_keyword_arguments(config))
        _set_properties(made, config)
        return made

    def as_tuple(self, value):
        """A list as a tuple (JSON has no tuples); anything else as it is."""
        return tuple(value) if isinstance(value, list) else value


def _keyword_arguments(config):
    # Every key but `.` (the properties) must be an identifier.
    return {key: config[key] for key in config if key != '.' and valid_ident(key)}


def _set_properties(made, config):
    # The attributes under `.`, set once the object is made.
    for attribute, value in (config.pop('.', None) or {}).items():
        setattr(made, attribute, value)


def _is_queue_like_object(obj):
    """Whether `obj` can serve as a QueueHandler's queue: a queue.Queue, or anything with
    the methods of one that a handler and its listener use."""
    import queue
    if isinstance(obj, queue.Queue):
        return True
    return all(callable(getattr(obj, name, None))
               for name in ('put', 'put_nowait', 'get', 'get_nowait', 'task_done', 'join',
                            'empty', 'full', 'qsize'))


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig() configuration."""

    def configure(self):
        """Apply the configuration."""
        if 'version' not in self.config:
            raise ValueError("dictionary doesn't specify a version")
        version = self.config['version']
        if version != 1:
            raise ValueError('Unsupported version: %s' % version)
        apply = (self._configure_incrementally if self.config.pop('incremental', False)
                 else self._configure_afresh)
        with logging._lock:
            apply(self.config)

    def _configure_incrementally(self, config):
        # Only levels of existing handlers and the loggers' levels and propagation change.
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as exc:
                raise ValueError('Unable to configure handler %r' % name) from exc
        self._configure_loggers(config, incremental=True)

    def _configure_loggers(self, config, incremental=False, existing=None,
                           disable_existing=True):
        loggers = config.get('loggers', {})
        child_loggers = []
        for name in loggers:
            if existing is not None and name in existing:
                child_loggers += _children_of(name, existing)
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name], incremental)
            except Exception as exc:
                raise ValueError('Unable to configure logger %r' % name) from exc
        if existing is not None:
            _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, incremental)
            except Exception as exc:
                raise ValueError('Unable to configure root logger') from exc

    def _configure_section(self, config, section, kind, make):
        entries = config.get(section, {})
        for name in entries:
            try:
                entries[name] = make(entries[name])
            except Exception as exc:
                raise ValueError('Unable to configure %s %r' % (kind, name)) from exc

    def _configure_afresh(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        # Formatters and filters refer to nothing else; handlers refer to them.
        self._configure_section(config, 'formatters', 'formatter', self.configure_formatter)
        self._configure_section(config, 'filters', 'filter', self.configure_filter)

        # A handler may refer to another (MemoryHandler's target, a QueueHandler's
        # handlers): one whose reference is not made yet is tried again after the others.
        handlers = config.get('handlers', {})
        postponed = []
        for name in sorted(handlers):
            try:
                self._make_handler(handlers, name)
            except Exception as exc:
                if ' not configured yet' in str(exc.__cause__):
                    postponed.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from exc
        for name in postponed:
            try:
                self._make_handler(handlers, name)
            except Exception as exc:
                raise ValueError('Unable to configure handler %r' % name) from exc

        # Loggers that exist but are not configured: see _handle_existing_loggers.
        existing = sorted(logging.root.manager.loggerDict)
        self._configure_loggers(config, existing=existing, disable_existing=disable_existing)

    def _make_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        """A formatter from its configuration dict."""
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as exc:
                if "'format'" not in str(exc):
                    raise
                # Factories written for the keyword `fmt` rather than `format`.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt, datefmt = config.get('format', None), config.get('datefmt', None)
        style = config.get('style', '%')
        class_name = config.get('class', None)
        factory = _resolve(class_name) if class_name else logging.Formatter
        options = {}
        # Passed only when given: a custom class need not accept them.
        if 'validate' in config:
            options['validate'] = config['validate']
        defaults = config.get('defaults', None)
        if defaults:
            options['defaults'] = defaults
        return factory(fmt, datefmt, style, **options)

    def configure_filter(self, config):
        """A filter from its configuration dict."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        """Add the filters named (or given as filter objects or callables) to `filterer`."""
        for entry in filters:
            try:
                if callable(entry) or callable(getattr(entry, 'filter', None)):
                    chosen = entry
                else:
                    chosen = self.config['filters'][entry]
                filterer.addFilter(chosen)
            except Exception as exc:
                raise ValueError('Unable to add filter %r' % entry) from exc

    def _configured_handler(self, name, config, original, complaint):
        # The handler `name` refers to; TypeError when it is not made yet (the caller
        # postpones the referring handler, whose configuration is put back as it was).
        found = self.config['handlers'][name]
        if not isinstance(found, logging.Handler):
            config.update(original)
            raise TypeError(complaint)
        return found

    def _queue_handler_options(self, config, original):
        if 'queue' in config:
            spec = config['queue']
            if isinstance(spec, str):
                maker = self.resolve(spec)
                if not callable(maker):
                    raise TypeError('Invalid queue specifier %r' % spec)
                config['queue'] = maker()
            elif isinstance(spec, dict):
                if '()' not in spec:
                    raise TypeError('Invalid queue specifier %r' % spec)
                config['queue'] = self.configure_custom(dict(spec))
            elif not _is_queue_like_object(spec):
                raise TypeError('Invalid queue specifier %r' % spec)
        if 'listener' in config:
            spec = config['listener']
            if isinstance(spec, type):
                if not issubclass(spec, logging.handlers.QueueListener):
                    raise TypeError('Invalid listener specifier %r' % spec)
            else:
                if isinstance(spec, str):
                    listener = self.resolve(spec)
                    if isinstance(listener, type) and not issubclass(
                            listener, logging.handlers.QueueListener):
                        raise TypeError('Invalid listener specifier %r' % spec)
                elif isinstance(spec, dict):
                    if '()' not in spec:
                        raise TypeError('Invalid listener specifier %r' % spec)
                    listener = self.configure_custom(dict(spec))
                else:
                    raise TypeError('Invalid listener specifier %r' % spec)
                if not callable(listener):
                    raise TypeError('Invalid listener specifier %r' % spec)
                config['listener'] = listener
        if 'handlers' in config:
            found = []
            name = None
            try:
                for name in config['handlers']:
                    found.append(self._configured_handler(
                        name, config, original,
                        'Required handler %r is not configured yet' % name))
            except Exception as exc:
                raise ValueError('Unable to set required handler %r' % name) from exc
            config['handlers'] = found

    def configure_handler(self, config):
        """A handler from its configuration dict."""
        original = dict(config)
        formatter, level, filters = (config.pop(key, None)
                                     for key in ('formatter', 'level', 'filters'))
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as exc:
                raise ValueError('Unable to set formatter %r' % formatter) from exc
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            klass = config.pop('class')
            if not callable(klass):
                klass = self.resolve(klass)
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                target = config['target']
                try:
                    config['target'] = self._configured_handler(
                        target, config, original, 'target not configured yet')
                except Exception as exc:
                    raise ValueError('Unable to set target handler %r' % target) from exc
            elif issubclass(klass, logging.handlers.QueueHandler):
                self._queue_handler_options(config, original)
            elif issubclass(klass, logging.handlers.SMTPHandler) and 'mailhost' in config:
                config['mailhost'] = self.as_tuple(config['mailhost'])
            elif issubclass(klass, logging.handlers.SysLogHandler) and 'address' in config:
                config['address'] = self.as_tuple(config['address'])
            if issubclass(klass, logging.handlers.QueueHandler):
                factory = functools.partial(self._configure_queue_handler, klass)
            else:
                factory = klass
        arguments = _keyword_arguments(config)
        try:
            made = factory(**arguments)
        except TypeError as exc:
            if "'stream'" not in str(exc):
                raise
            # Handlers written for the keyword `strm` rather than `stream`.
            arguments['strm'] = arguments.pop('stream')
            made = factory(**arguments)
        if formatter:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(made, filters)
        _set_properties(made, config)
        return made

    def _configure_queue_handler(self, klass, **kwargs):
        # A QueueHandler with its QueueListener (not started) as its `listener`.
        if 'queue' in kwargs:
            queue = kwargs.pop('queue')
        else:
            import queue as queue_module
            queue = queue_module.Queue()
        respect = kwargs.pop('respect_handler_level', False)
        listener_class = kwargs.pop('listener', logging.handlers.QueueListener)
        targets = kwargs.pop('handlers', [])
        listener = listener_class(queue, *targets, respect_handler_level=respect)
        handler = klass(queue, **kwargs)
        handler.listener = listener
        return handler

    def add_handlers(self, logger, handlers):
        """Add the handlers named to `logger`."""
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as exc:
                raise ValueError('Unable to add handler %r' % name) from exc

    def common_logger_config(self, logger, config, incremental=False):
        """Level, handlers and filters of a logger or the root (only the level when
        `incremental`)."""
        if config.get('level', None) is not None:
            logger.setLevel(logging._checkLevel(config['level']))
        if not incremental:
            for previous in list(logger.handlers):
                logger.removeHandler(previous)
            for key, attach in (('handlers', self.add_handlers), ('filters', self.add_filters)):
                listed = config.get(key, None)
                if listed:
                    attach(logger, listed)

    def configure_logger(self, name, config, incremental=False):
        """Configure the logger `name` (enabling it)."""
        alogger = logging.getLogger(name)
        self.common_logger_config(alogger, config, incremental)
        alogger.disabled = False
        if config.get('propagate', None) is not None:
            alogger.propagate = config['propagate']

    def configure_root(self, config, incremental=False):
        """Configure the root logger."""
        self.common_logger_config(logging.getLogger(), config, incremental)


# The class dictConfig() uses (replaceable by a subclass).
dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from the dictionary `config` (see the module's docstring)."""
    dictConfigClass(config).configure()


# ---- listen ----

def _apply_received(text):
    """Apply a configuration received by listen(): JSON for dictConfig, else INI text for
    fileConfig. Errors are printed: the server keeps running."""
    import json
    import traceback
    try:
        try:
            parsed = json.loads(text)
        except ValueError:
            fileConfig(io.StringIO(text))
        else:
            dictConfig(parsed)
    except Exception:
        traceback.print_exc()


def _read_exactly(connection, size):
    received = connection.recv(size)
    while len(received) < size:
        received += connection.recv(size - len(received))
    return received


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """A thread (not started) serving on `port` (0: any free port, in the thread's `port`
    once its `ready` event is set): each connection sends a 4-byte big-endian length and then
    a configuration, JSON for dictConfig or else an INI file for fileConfig. `verify`, when
    given, receives the bytes and returns those to apply (None: ignore them). Stop it with
    stopListening()."""
    import select
    import socketserver

    class RequestHandler(socketserver.StreamRequestHandler):
        def handle(self):
            server = self.server
            try:
                header = self.connection.recv(4)
                if len(header) != 4:
                    return
                payload = _read_exactly(self.connection, struct.unpack('>L', header)[0])
                if server.verify is not None:
                    payload = server.verify(payload)
                if payload is not None:
                    _apply_received(payload.decode('utf-8'))
                if server.ready:
                    server.ready.set()
            except OSError as exc:
                # A peer that hangs up is no error.
                if exc.errno != RESET_ERROR:
                    raise

    class Receiver(socketserver.ThreadingTCPServer):
        allow_reuse_address = True

        def __init__(self, host='localhost', port=DEFAULT_LOGGING_CONFIG_PORT, handler=None,
                     ready=None, verify=None):
            super().__init__((host, port), handler)
            with logging._lock:
                self.abort = 0
            # Seconds between looks at `abort`.
            self.timeout = 1
            self.ready, self.verify = ready, verify

        def serve_until_stopped(self):
            stopping = False
            while not stopping:
                waiting, _, _ = select.select([self.socket.fileno()], [], [], self.timeout)
                if waiting:
                    self.handle_request()
                with logging._lock:
                    stopping = bool(self.abort)
            self.server_close()

    class ListenerThread(threading.Thread):
        def __init__(self):
            super().__init__()
            self.port, self.verify = port, verify
            self.ready = threading.Event()

        def run(self):
            global _listener
            receiver = Receiver(port=self.port, handler=RequestHandler, ready=self.ready,
                                verify=self.verify)
            if not self.port:
                self.port = receiver.server_address[1]
            self.ready.set()
            with logging._lock:
                _listener = receiver
            receiver.serve_until_stopped()

    return ListenerThread()


def stopListening():
    """Stop the server listen() started, if it runs."""
    global _listener
    with logging._lock:
        running, _listener = _listener, None
        if running:
            running.abort = 1
