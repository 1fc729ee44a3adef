"""HTTP/1.1 client protocol: the response side.

This module reads HTTP responses: ``HTTPResponse`` wraps anything with a
``makefile()`` method returning a binary file (a socket, or a stand-in
serving canned bytes), parses the status line and headers (into an
``HTTPMessage``, an ``email.message.Message``) and reads the body, whether
delimited by Content-Length, chunked or ended by closing the connection.

It also holds the ``HTTPException`` hierarchy, the status constants (``OK``,
``NOT_FOUND``, ... as ``http.HTTPStatus`` members) and ``responses``.

``HTTPConnection`` (the request side) needs the ``socket`` module, which
Ferrython does not have yet, and is not provided.
"""

import email.message
import email.parser
import io

from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding',
           'UnimplementedFileMode', 'IncompleteRead', 'InvalidURL',
           'ImproperConnectionState', 'CannotSendRequest', 'CannotSendHeader',
           'ResponseNotReady', 'BadStatusLine', 'LineTooLong',
           'RemoteDisconnected', 'error', 'responses']

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# Connection states (of HTTPConnection).
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# Status code constants, and their reason phrases.
globals().update(HTTPStatus.__members__)
responses = {status: status.phrase for status in HTTPStatus}

# Limits guarding against a misbehaving server.
_MAXLINE = 65536
_MAXHEADERS = 100

# Lines that end the header section.
_END_OF_HEADERS = (b'\r\n', b'\n', b'')


class HTTPException(Exception):
    """Base of the errors of this module."""


error = HTTPException


class NotConnected(HTTPException):
    """A request was sent on a connection that is not open."""


class InvalidURL(HTTPException):
    """The URL or host:port given is malformed."""


class UnknownProtocol(HTTPException):
    """The status line names a protocol other than HTTP/0.9 to 1.x."""

    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    """The response uses a Transfer-Encoding this module cannot decode."""


class UnimplementedFileMode(HTTPException):
    """Kept for compatibility; nothing raises it."""


class IncompleteRead(HTTPException):
    """The body ended early: *partial* holds what was read, *expected*
    (if known) how many bytes were missing."""

    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = ''
        if self.expected is not None:
            more = ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__,
                                        len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    """The connection is not in the state the operation needs."""


class CannotSendRequest(ImproperConnectionState):
    """A request was started while another one is in progress."""


class CannotSendHeader(ImproperConnectionState):
    """A header was added after the headers were sent."""


class ResponseNotReady(ImproperConnectionState):
    """The response was asked for before the request was sent."""


class BadStatusLine(HTTPException):
    """The status line of the response could not be parsed."""

    def __init__(self, line):
        # an empty line shows as its repr, so the message is not blank
        line = line or repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    """A status, header, chunk-size or trailer line exceeds _MAXLINE."""

    def __init__(self, line_type):
        super().__init__('got more than %d bytes when reading %s'
                         % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before sending a status line."""

    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *args, **kwargs)


class HTTPMessage(email.message.Message):
    """The headers of a response."""

    def getallmatchingheaders(self, name):
        """The header names starting with "*name*:" plus the continuation
        lines that follow them (kept from the old mimetools API)."""
        prefix = name.lower() + ':'
        found = []
        matching = False
        for line in self.keys():
            if line[:len(prefix)].lower() == prefix:
                matching = True
            elif not line[:1].isspace():
                matching = False
            if matching:
                found.append(line)
        return found


def _read_headers(fp):
    """The raw header lines read from *fp*, up to and including the empty
    line that ends them."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('header line')
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        if line in _END_OF_HEADERS:
            return lines


def _parse_header_lines(header_lines, _class=HTTPMessage):
    # Header bytes are Latin-1 by RFC 9110's rules for field values.
    text = b''.join(header_lines).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


def parse_headers(fp, _class=HTTPMessage):
    """Read a header section from the binary file *fp* into an instance
    of *_class* (HTTPMessage)."""
    return _parse_header_lines(_read_headers(fp), _class)


class HTTPResponse(io.BufferedIOBase):
    """A response read from ``sock.makefile('rb')``.

    Call ``begin()`` to read the status line and headers; then ``status``,
    ``reason``, ``version`` and ``headers`` are set and the body can be
    read with the file methods."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        # *url* is accepted for compatibility; urllib sets self.url itself
        self.headers = self.msg = None
        self.version = self.status = self.reason = _UNKNOWN
        self.chunked = self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN       # bytes of body left, None if unknown
        self.will_close = _UNKNOWN   # whether the connection ends the body

    # -- the status line and headers --

    def _read_status(self):
        raw = self.fp.readline(_MAXLINE + 1)
        line = str(raw, 'iso-8859-1')
        if len(line) > _MAXLINE:
            raise LineTooLong('status line')
        if self.debuglevel > 0:
            print('reply:', repr(line))
        if not line:
            # closed before answering: often a stale keep-alive connection
            raise RemoteDisconnected('Remote end closed connection without'
                                     ' response')
        fields = line.split(None, 2)
        version = fields[0] if len(fields) > 1 else ''
        status = fields[1] if len(fields) > 1 else ''
        reason = fields[2] if len(fields) > 2 else ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Read the status line and headers (skipping 100 Continue
        interim responses) and work out how the body is delimited."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            skipped = _read_headers(self.fp)
            if self.debuglevel > 0:
                print('headers:', skipped)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)

        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print('header:', name + ':', value)

        encoding = self.headers.get('transfer-encoding')
        self.chunked = bool(encoding) and encoding.lower() == 'chunked'
        self.chunk_left = None if self.chunked else _UNKNOWN
        self.will_close = self._check_close()

        self.length = None
        declared = self.headers.get('content-length')
        if declared and not self.chunked:
            try:
                self.length = int(declared)
            except ValueError:
                pass
            else:
                if self.length < 0:
                    self.length = None
        if (status in (NO_CONTENT, NOT_MODIFIED) or 100 <= status < 200
                or self._method == 'HEAD'):
            self.length = 0  # these responses never have a body
        if not self.will_close and not self.chunked and self.length is None:
            # only closing the connection can end this body
            self.will_close = True

    def _check_close(self):
        connection = (self.headers.get('connection') or '').lower()
        if self.version == 11:
            return 'close' in connection
        # HTTP/1.0 closes unless one of the keep-alive headers says not to
        if self.headers.get('keep-alive') or 'keep-alive' in connection:
            return False
        proxy = (self.headers.get('proxy-connection') or '').lower()
        return 'keep-alive' not in proxy

    def _close_conn(self):
        fp, self.fp = self.fp, None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def readable(self):
        return True

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def isclosed(self):
        """Whether the body has been read to its end (or the response
        closed)."""
        return self.fp is None

    def fileno(self):
        return self.fp.fileno()

    # -- the body --

    def _no_body(self):
        """Whether there is nothing (more) to read; closes after HEAD."""
        if self.fp is None:
            return True
        if self._method == 'HEAD':
            self._close_conn()
            return True
        return False

    def _consumed(self, data, asked):
        """Account for *data* read from a Content-Length or close-delimited
        body, closing at its end."""
        if not data and asked:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return data

    def _clip(self, amt):
        """*amt* limited to what is left of a known-length body; a negative
        or None amount means all of it."""
        if self.length is not None and (amt is None or amt < 0
                                        or amt > self.length):
            return self.length
        return amt

    def read(self, amt=None):
        """Read *amt* bytes of the body, or all that is left."""
        if self._no_body():
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            amt = self._clip(amt)
            return self._consumed(self.fp.read(amt), amt)
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        if self._no_body():
            return b''
        if self.chunked:
            return self._read1_chunked(n)
        n = self._clip(n)
        return self._consumed(self.fp.read1(n), n)

    def peek(self, n=-1):
        if self._no_body():
            return b''
        if self.chunked:
            return self._peek_chunked(n)
        return self.fp.peek(n)

    def readline(self, limit=-1):
        if self._no_body():
            return b''
        if self.chunked:
            return self._readline_chunked(limit)
        limit = self._clip(limit)
        return self._consumed(self.fp.readline(limit), limit)

    def _safe_read(self, amt):
        """Exactly *amt* bytes, or IncompleteRead."""
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    # -- chunked transfer coding (RFC 9112 section 7.1) --

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong('chunk size')
        size = line.split(b';', 1)[0]  # drop chunk extensions
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong('trailer line')
            if line in _END_OF_HEADERS:
                return

    def _get_chunk_left(self):
        """Bytes left in the current chunk, starting the next one when it
        is used up; None at the end of the body."""
        left = self.chunk_left
        if left:
            return left
        if left is not None:
            self._safe_read(2)  # the CRLF ending the previous chunk
        try:
            left = self._read_next_chunk_size()
        except ValueError:
            raise IncompleteRead(b'') from None
        if left == 0:
            # the last chunk: skip the trailer section, the body is done
            self._read_and_discard_trailer()
            self._close_conn()
            left = None
        self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while True:
                left = self._get_chunk_left()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    parts.append(self._safe_read(amt))
                    self.chunk_left = left - amt
                    break
                parts.append(self._safe_read(left))
                self.chunk_left = 0
                if amt is not None:
                    amt -= left
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts)) from exc
        return b''.join(parts)

    def _read1_chunked(self, n):
        left = self._get_chunk_left()
        if left is None or n == 0:
            return b''
        if not 0 <= n <= left:
            n = left
        data = self.fp.read1(n)
        self.chunk_left -= len(data)
        if not data:
            raise IncompleteRead(b'')
        return data

    def _peek_chunked(self, n):
        try:
            left = self._get_chunk_left()
        except IncompleteRead:
            return b''
        if left is None:
            return b''
        return self.fp.peek(left)[:left]

    def _readline_chunked(self, limit):
        line = b''
        while limit < 0 or len(line) < limit:
            want = -1 if limit < 0 else limit - len(line)
            ahead = self.peek(want)
            if not ahead:
                break
            end = ahead.find(b'\n') + 1 or len(ahead)
            if limit >= 0:
                end = min(end, want)
            line += self.read1(end)
            if line.endswith(b'\n'):
                break
        return line

    # -- the headers --

    def getheader(self, name, default=None):
        """The value of header *name*; several values are joined with
        ', '; *default* when it is absent."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        """The (name, value) pairs of the headers."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    # the interface of urllib's response objects

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status
