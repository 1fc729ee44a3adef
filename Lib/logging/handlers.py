"""More handlers for the logging package.

Files that rotate by size (RotatingFileHandler) or by time (TimedRotatingFileHandler), a file
handler that reopens its file when something else moved it (WatchedFileHandler), handlers that
buffer records (BufferingHandler, MemoryHandler) or pass them through a queue to a background
thread (QueueHandler, QueueListener), and handlers that send records over the network (sockets,
syslog, SMTP, HTTP) or to the Windows event log.

The network modules are imported only when a handler needs them, so that this module can be
imported where they are missing.
"""

import copy
import functools
import io
import logging
import os
import re
import threading
import time

# The ports of the network handlers and of logging.config.listen()'s peers.
DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_SECONDS_PER_DAY = 24 * 60 * 60


def _reporting(emit):
    """emit() with its failures handed to handleError(): logging must not break the program
    that logs."""
    @functools.wraps(emit)
    def guarded(self, record):
        try:
            emit(self, record)
        except Exception:
            self.handleError(record)
    return guarded


def _socket():
    # Imported on first use: the rest of the module works without it.
    import socket
    return socket


# ---- Files ----

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that, before writing a record, asks shouldRollover() whether to start a
    new file, and if so calls doRollover(). The renaming of old files goes through
    rotation_filename() and rotate(), which call `namer` and `rotator` when they are set."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode, self.encoding, self.errors = mode, encoding, errors

    @_reporting
    def emit(self, record):
        if self.shouldRollover(record):
            self.doRollover()
        super().emit(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: `default_name`, or what `namer` makes of it."""
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        """Move the current file `source` to `dest` (by `rotator` when it is set)."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)

    def _drop_stream(self):
        opened, self.stream = self.stream, None
        if opened:
            opened.close()

    def _reopen_unless_delayed(self):
        if not self.delay:
            self.stream = self._open()


def _is_regular_file_or_missing(path):
    # Devices, pipes and the like are never rotated.
    return not os.path.exists(path) or os.path.isfile(path)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow to `maxBytes` or beyond, keeping up to
    `backupCount` old ones named FILE.1 (the newest) to FILE.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        # Truncating on open would lose the file the rotation is meant to keep.
        if maxBytes > 0:
            mode = 'a'
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def doRollover(self):
        self._drop_stream()
        if self.backupCount >= 1:
            numbered = lambda n: self.rotation_filename('%s.%d' % (self.baseFilename, n))
            # Shift FILE.n to FILE.n+1, oldest first; the last one falls off.
            for n in range(self.backupCount - 1, 0, -1):
                older, newer = numbered(n), numbered(n + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = numbered(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        self._reopen_unless_delayed()

    def shouldRollover(self, record):
        if not _is_regular_file_or_missing(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()   # delayed until now
        if self.maxBytes <= 0:
            return False
        size = self.stream.tell()
        if not size:
            # An empty file is never rotated, however long the record.
            return False
        return size + len('%s\n' % self.format(record)) >= self.maxBytes


# For each `when`: seconds per unit, the strftime suffix of rotated files, and the regular
# expression matching such a suffix.
_DATE = r'\d{4}-\d{2}-\d{2}'
_TIMED_UNITS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', _DATE + r'_\d{2}-\d{2}-\d{2}'),
    'M': (60, '%Y-%m-%d_%H-%M', _DATE + r'_\d{2}-\d{2}'),
    'H': (60 * 60, '%Y-%m-%d_%H', _DATE + r'_\d{2}'),
    'D': (_SECONDS_PER_DAY, '%Y-%m-%d', _DATE),
    'MIDNIGHT': (_SECONDS_PER_DAY, '%Y-%m-%d', _DATE),
    'W': (7 * _SECONDS_PER_DAY, '%Y-%m-%d', _DATE),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file at regular times: every `interval` seconds ('S'), minutes ('M'),
    hours ('H') or days ('D'), at midnight ('midnight') or on a weekday ('W0' Monday to 'W6'),
    the last two at `atTime` (a datetime.time) rather than midnight when it is given. Old files
    are named FILE.<date and time>; `backupCount` of them are kept. Times are local unless
    `utc`."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if not '0' <= unit[1] <= '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        seconds, self.suffix, pattern = _TIMED_UNITS[unit]
        # The suffix must stand alone: no digits right before or after it.
        self.extMatch = re.compile(r'(?<!\d)%s(?!\d)' % pattern, re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _time_tuple(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def computeRollover(self, currentTime):
        """The time (seconds since the epoch) of the rollover after `currentTime`."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        now = self._time_tuple(currentTime)
        at = self.atTime
        if at is not None:
            target = (at.hour * 60 + at.minute) * 60 + at.second
        else:
            target = _SECONDS_PER_DAY
        weekday = now.tm_wday
        wait = target - ((now.tm_hour * 60 + now.tm_min) * 60 + now.tm_sec)
        if wait <= 0:
            # Today's moment has passed: the first one is tomorrow's.
            wait += _SECONDS_PER_DAY
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when[0] == 'W':
            result += (self.dayOfWeek - weekday) % 7 * _SECONDS_PER_DAY
            result += self.interval - 7 * _SECONDS_PER_DAY
        else:
            result += self.interval - _SECONDS_PER_DAY
        if self.utc:
            return result
        # A daylight-saving change in between moves the wall clock by an hour.
        dst_now, dst_then = now.tm_isdst, time.localtime(result).tm_isdst
        if dst_now != dst_then:
            result += 3600 if dst_now else -3600
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if not _is_regular_file_or_missing(self.baseFilename):
            # Never rotated; look again only at the next rollover time.
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The rotated files beyond the `backupCount` newest, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        found = []
        for name in os.listdir(folder):
            if self.namer is not None:
                belongs = self._named_after_suffix(name)
            else:
                stem, dot, rest = name.partition(base + '.')
                belongs = dot and not stem and self.extMatch.fullmatch(rest)
            if belongs:
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def _named_after_suffix(self, name):
        # With a namer, a rotated file is one the namer makes of FILE.<suffix> for a suffix
        # found somewhere in its name.
        match = self.extMatch.search(name)
        while match:
            renamed = self.namer('%s.%s' % (self.baseFilename, match.group()))
            if os.path.basename(renamed) == name:
                return True
            match = self.extMatch.search(name, match.start() + 1)
        return False

    def doRollover(self):
        now = int(time.time())
        began = self.rolloverAt - self.interval
        stamp = self._time_tuple(began)
        if not self.utc:
            dst_now = time.localtime(now).tm_isdst
            if dst_now != stamp.tm_isdst:
                stamp = time.localtime(began + (3600 if dst_now else -3600))
        target = self.rotation_filename(
            self.baseFilename + '.' + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            # Another process rotated this period already.
            return
        self._drop_stream()
        self.rotate(self.baseFilename, target)
        for stale in self.getFilesToDelete() if self.backupCount >= 1 else ():
            os.remove(stale)
        self._reopen_unless_delayed()
        self.rolloverAt = self.computeRollover(now)


class WatchedFileHandler(logging.FileHandler):
    """A file handler for files that other programs (logrotate, newsyslog) move or delete:
    before each record it checks that its path still names the file it has open, and reopens
    the path when it does not."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        # Remember which file is open (device and inode), to notice a replaced one.
        if self.stream is None:
            return
        facts = os.fstat(self.stream.fileno())
        self.dev, self.ino = facts.st_dev, facts.st_ino

    def reopenIfNeeded(self):
        """Reopen the file when the path no longer leads to the open one."""
        try:
            facts = os.stat(self.baseFilename)
        except FileNotFoundError:
            facts = None
        if facts is not None and (facts.st_dev, facts.st_ino) == (self.dev, self.ino):
            return
        opened, self.stream = self.stream, None
        if opened is not None:
            opened.flush()
            opened.close()
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        super().emit(record)


# ---- Network ----

class SocketHandler(logging.Handler):
    """Sends each record, pickled (its attribute dict), over a TCP connection (or a Unix
    socket when `port` is None), each prefixed by its length as 4 big-endian bytes. A failed
    connection is retried after a delay that doubles up to `retryMax` seconds."""

    def __init__(self, host, port):
        super().__init__()
        self.host, self.port = host, port
        self.address = host if port is None else (host, port)
        # No socket yet; retryTime: when to try connecting again after a failure.
        self.sock = self.retryTime = None
        self.closeOnError = False
        self.retryStart, self.retryMax, self.retryFactor = 1.0, 30.0, 2.0

    def makeSocket(self, timeout=1):
        socket = _socket()
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        made = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        made.settimeout(timeout)
        try:
            made.connect(self.address)
        except OSError:
            made.close()
            raise
        return made

    def createSocket(self):
        """Connect, unless the last failure is too recent to try again."""
        moment = time.time()
        first_failure = self.retryTime is None
        if not first_failure and moment < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
        except OSError:
            if first_failure:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = moment + self.retryPeriod
        else:
            self.retryTime = None

    def _forget_socket(self):
        connection, self.sock = self.sock, None
        connection.close()

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if not self.sock:
            return
        try:
            self.sock.sendall(s)
        except OSError:
            self._forget_socket()

    def makePickle(self, record):
        """The bytes sent for `record`: length prefix, then the pickle."""
        import pickle
        import struct
        if record.exc_info:
            # Formatting fills exc_text, which travels instead of the traceback.
            self.format(record)
        fields = dict(record.__dict__)
        fields.update(msg=record.getMessage(), args=None, exc_info=None)
        fields.pop('message', None)
        data = pickle.dumps(fields, 1)
        return struct.pack('>L', len(data)) + data

    def handleError(self, record):
        if not (self.closeOnError and self.sock):
            super().handleError(record)
        else:
            self._forget_socket()

    @_reporting
    def emit(self, record):
        self.send(self.makePickle(record))

    def close(self):
        with self.lock:
            if self.sock:
                self._forget_socket()
            super().close()


class DatagramHandler(SocketHandler):
    """A SocketHandler sending each record as one UDP datagram (or Unix datagram when `port`
    is None)."""

    def __init__(self, host, port):
        super().__init__(host, port)
        self.closeOnError = False   # there is no connection to lose

    def makeSocket(self):
        socket = _socket()
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        # No retrying: a datagram that cannot be sent is lost anyway.
        self.sock.sendto(s, self.address)


def _names_to_codes(names, *codes):
    return dict(zip(names.split(), codes))


class SysLogHandler(logging.Handler):
    """Sends records to a syslog daemon: over UDP by default, over TCP with `socktype`
    SOCK_STREAM, or to a Unix socket when `address` is a path. Each message starts with
    <PRI>, the facility and the priority mapped from the record's level."""

    # Priorities.
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR = 0, 1, 2, 3
    LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = 4, 5, 6, 7

    # Facilities.
    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG = 0, 1, 2, 3, 4, 5
    LOG_LPR, LOG_NEWS, LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP = 6, 7, 8, 9, 10, 11
    LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = 12, 13, 14, 15
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 16, 17, 18, 19
    LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 20, 21, 22, 23

    priority_names = _names_to_codes(
        'alert crit critical debug emerg err error info notice panic warn warning',
        1, 2, 2, 7, 0, 3, 3, 6, 5, 0, 4, 4)

    facility_names = _names_to_codes(
        'auth authpriv console cron daemon ftp kern lpr mail news ntp security solaris-cron '
        'syslog user uucp local0 local1 local2 local3 local4 local5 local6 local7',
        4, 10, 14, 9, 3, 11, 0, 6, 2, 7, 12, 13, 15, 5, 1, 8, *range(16, 24))

    # Level names to priority names; other levels map to "warning".
    priority_map = {label: label.lower()
                    for label in ('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL')}

    # Put before every message; a NUL is put after it when append_nul.
    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None):
        super().__init__()
        self.address, self.facility, self.socktype = address, facility, socktype
        self.socket = None
        self.createSocket()

    def _connect_unixsocket(self, address):
        socket = _socket()
        kinds = (self.socktype,) if self.socktype is not None else (socket.SOCK_DGRAM,
                                                                    socket.SOCK_STREAM)
        for position, kind in enumerate(kinds):
            self.socket = socket.socket(socket.AF_UNIX, kind)
            try:
                self.socket.connect(address)
            except OSError:
                self.socket.close()
                if position == len(kinds) - 1:
                    raise
            else:
                self.socktype = kind
                return

    def createSocket(self):
        """Open the socket: connect to the Unix socket, or resolve the host and (for TCP)
        connect."""
        socket = _socket()
        address, kind = self.address, self.socktype
        if isinstance(address, str):
            self.unixsocket = True
            # A daemon not running yet is fine: emit() connects again.
            try:
                self._connect_unixsocket(address)
            except OSError:
                pass
            return
        self.unixsocket = False
        if kind is None:
            kind = socket.SOCK_DGRAM
        host, port = address
        candidates = socket.getaddrinfo(host, port, 0, kind)
        if not candidates:
            raise OSError('getaddrinfo returns an empty list')
        for family, kind, proto, _, where in candidates:
            failure = made = None
            try:
                made = socket.socket(family, kind, proto)
                if kind == socket.SOCK_STREAM:
                    made.connect(where)
                break
            except OSError as exc:
                failure = exc
                if made is not None:
                    made.close()
        if failure is not None:
            raise failure
        self.socket, self.socktype = made, kind

    def encodePriority(self, facility, priority):
        """The <PRI> number of a facility and priority, each a number or a name."""
        code = self.facility_names[facility] if isinstance(facility, str) else facility
        level = self.priority_names[priority] if isinstance(priority, str) else priority
        return code << 3 | level

    def close(self):
        with self.lock:
            opened, self.socket = self.socket, None
            if opened:
                opened.close()
            super().close()

    def mapPriority(self, levelName):
        """The syslog priority name of a level name."""
        return self.priority_map.get(levelName, 'warning')

    @_reporting
    def emit(self, record):
        text = (self.ident or '') + self.format(record) + ('\0' if self.append_nul else '')
        pri = self.encodePriority(self.facility, self.mapPriority(record.levelname))
        payload = ('<%d>' % pri).encode('utf-8') + text.encode('utf-8')
        if not self.socket:
            self.createSocket()
        if not self.unixsocket:
            if self.socktype == _socket().SOCK_DGRAM:
                self.socket.sendto(payload, self.address)
            else:
                self.socket.sendall(payload)
            return
        try:
            self.socket.send(payload)
        except OSError:
            # The daemon restarted: connect again, once.
            self.socket.close()
            self._connect_unixsocket(self.address)
            self.socket.send(payload)


class SMTPHandler(logging.Handler):
    """Mails each record: `mailhost` is a host or a (host, port) pair, `toaddrs` one address
    or a list, `credentials` a (user, password) pair, and `secure` (with credentials) the
    arguments of starttls() as a tuple, () for none."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None, secure=None,
                 timeout=5.0):
        super().__init__()
        pair = (list, tuple)
        self.mailhost, self.mailport = mailhost if isinstance(mailhost, pair) else (mailhost, None)
        if isinstance(credentials, pair):
            self.username, self.password = credentials
        else:
            self.username = None   # no login (and no `password` attribute)
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.fromaddr, self.subject = fromaddr, subject
        self.secure, self.timeout = secure, timeout

    def getSubject(self, record):
        """The subject of the mail of `record` (override to make it depend on the record)."""
        return self.subject

    @_reporting
    def emit(self, record):
        import smtplib
        from email import message, utils
        server = smtplib.SMTP(self.mailhost, self.mailport or smtplib.SMTP_PORT,
                              timeout=self.timeout)
        mail = message.EmailMessage()
        for header, value in (('From', self.fromaddr), ('To', ','.join(self.toaddrs)),
                              ('Subject', self.getSubject(record)),
                              ('Date', utils.localtime())):
            mail[header] = value
        mail.set_content(self.format(record))
        if self.username:
            if self.secure is not None:
                server.ehlo()
                server.starttls(*self.secure)
                server.ehlo()
            server.login(self.username, self.password)
        server.send_message(mail)
        server.quit()


class NTEventLogHandler(logging.Handler):
    """Writes records to the Windows event log under `appname` (needs the pywin32
    extensions; without them the handler does nothing)."""

    def __init__(self, appname, dllname=None, logtype='Application'):
        super().__init__()
        try:
            import win32evtlogutil
            import win32evtlog
        except ImportError:
            print('The Python Win32 extensions for NT (service, event logging) appear not '
                  'to be available.')
            self._welu = None
            return
        self.appname, self._welu = appname, win32evtlogutil
        if not dllname:
            dllname = os.path.join(os.path.split(win32evtlogutil.__file__)[0],
                                   r'win32service.pyd')
        self.dllname, self.logtype = dllname, logtype
        try:
            win32evtlogutil.AddSourceToRegistry(appname, dllname, logtype)
        except Exception as exc:
            # Registering needs administrator rights; logging works without it.
            if getattr(exc, 'winerror', None) != 5:
                raise
        information, warning, error = (win32evtlog.EVENTLOG_INFORMATION_TYPE,
                                       win32evtlog.EVENTLOG_WARNING_TYPE,
                                       win32evtlog.EVENTLOG_ERROR_TYPE)
        self.deftype = error
        self.typemap = dict(zip((logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR,
                                 logging.CRITICAL),
                                (information, information, warning, error, error)))

    def getMessageID(self, record):
        return 1

    def getEventCategory(self, record):
        return 0

    def getEventType(self, record):
        return self.typemap.get(record.levelno, self.deftype)

    def emit(self, record):
        if self._welu:
            self._report(record)

    @_reporting
    def _report(self, record):
        self._welu.ReportEvent(self.appname, self.getMessageID(record),
                               self.getEventCategory(record), self.getEventType(record),
                               [self.format(record)])

    def close(self):
        # The event source stays registered: the log viewer needs it to show the events.
        super().close()


class HTTPHandler(logging.Handler):
    """Sends each record's attributes (mapLogRecord()) to a web server, URL-encoded, by GET
    (in the query) or POST (in the body); `credentials` adds basic authentication."""

    def __init__(self, host, url, method='GET', secure=False, credentials=None,
                 context=None):
        super().__init__()
        method = method.upper()
        if method not in ('GET', 'POST'):
            raise ValueError('method must be GET or POST')
        if not secure and context is not None:
            raise ValueError('context parameter only makes sense with secure=True')
        self.host, self.url, self.method = host, url, method
        self.secure, self.credentials, self.context = secure, credentials, context

    def mapLogRecord(self, record):
        """The fields sent for `record` (its attribute dict)."""
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    @_reporting
    def emit(self, record):
        from urllib.parse import urlencode
        connection = self.getConnection(self.host, self.secure)
        fields = urlencode(self.mapLogRecord(record))
        posting = self.method == 'POST'
        target = self.url
        if not posting:
            target += ('&' if '?' in target else '?') + fields
        # putrequest() sends the Host header itself.
        connection.putrequest(self.method, target)
        if posting:
            connection.putheader('Content-type', 'application/x-www-form-urlencoded')
            connection.putheader('Content-length', str(len(fields)))
        if self.credentials:
            from base64 import b64encode
            secret = b64encode(('%s:%s' % self.credentials).encode('utf-8'))
            connection.putheader('Authorization', 'Basic ' + secret.strip().decode('ascii'))
        connection.endheaders()
        if posting:
            connection.send(fields.encode('utf-8'))
        connection.getresponse()


# ---- Buffering and queues ----

class BufferingHandler(logging.Handler):
    """Keeps records in `buffer` and flushes when shouldFlush() says so (by default when
    `capacity` records are held); this base class's flush() just empties the buffer."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity, self.buffer = capacity, []

    def shouldFlush(self, record):
        return self.capacity <= len(self.buffer)

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            del self.buffer[:]

    def close(self):
        try:
            self.flush()
        finally:
            super().close()


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full or a record of
    `flushLevel` or above arrives (and, when `flushOnClose`, on close())."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        return record.levelno >= self.flushLevel if len(self.buffer) < self.capacity else True

    def setTarget(self, target):
        """Hand the records to `target` from now on."""
        with self.lock:
            self.target = target

    def flush(self):
        # Without a target the records stay buffered.
        with self.lock:
            if not self.target:
                return
            for buffered in self.buffer:
                self.target.handle(buffered)
            del self.buffer[:]

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                super().close()


class QueueHandler(logging.Handler):
    """Puts records on a queue (anything with put_nowait()), for a QueueListener or another
    consumer to handle elsewhere. The records are prepared first: formatted, and stripped of
    what may not survive pickling."""

    def __init__(self, queue):
        super().__init__()
        # `listener`: the QueueListener made for this handler by logging.config, if any.
        self.queue, self.listener = queue, None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of `record` whose message is the formatted text, without arguments,
        exception or stack."""
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.message = prepared.msg = text
        prepared.args = None
        prepared.exc_info = prepared.exc_text = prepared.stack_info = None
        return prepared

    @_reporting
    def emit(self, record):
        self.enqueue(self.prepare(record))


class QueueListener:
    """Takes records off a queue on a thread of its own and hands them to `handlers` (to
    those whose level they reach, when `respect_handler_level`)."""

    # Put on the queue by stop(): tells the thread to end.
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        """Start the thread that handles the records."""
        worker = threading.Thread(target=self._monitor, daemon=True)
        self._thread = worker
        worker.start()

    def prepare(self, record):
        """The record as the handlers get it (override to transform)."""
        return record

    def handle(self, record):
        prepared = self.prepare(record)
        for target in self.handlers:
            if self.respect_handler_level and prepared.levelno < target.level:
                continue
            target.handle(prepared)

    def _monitor(self):
        import queue
        done = getattr(self.queue, 'task_done', None)
        while True:
            try:
                item = self.dequeue(True)
            except queue.Empty:
                break
            finished = item is self._sentinel
            if not finished:
                self.handle(item)
            if done is not None:
                done()
            if finished:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Let the thread handle what is queued, then end it (start() must have run)."""
        self.enqueue_sentinel()
        worker, self._thread = self._thread, None
        worker.join()
