"""HTTP/1.1 client protocol: the response side.

This module reads HTTP responses: ``HTTPResponse`` wraps anything with a
``makefile()`` method returning a binary file (a socket, or a stand-in
serving canned bytes), parses the status line and headers (into an
``HTTPMessage``, an ``email.message.Message``) and reads the body, whether
delimited by Content-Length, chunked or ended by closing the connection.

It also holds the ``HTTPException`` hierarchy, the status constants (``OK``,
``NOT_FOUND``, ... as ``http.HTTPStatus`` members) and ``responses``.

``HTTPConnection`` writes requests.  Opening a connection needs the
``socket`` module (imported only then); a connection whose ``sock`` is set
beforehand, to any object with ``sendall()`` and ``makefile()``, works
without it.  ``HTTPSConnection`` (which needs ``ssl``) is not provided.
"""

import collections.abc
import email.message
import email.parser
import io
import re
from urllib.parse import urlsplit

from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected',
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


# -- the request side --

# RFC 9110 field names are tokens; a value may only hold a line break
# followed by whitespace (obsolete line folding).
_is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
_is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search

# Control characters (and, in URLs, spaces) would let a caller inject
# extra request lines.
_contains_disallowed_url_pchar_re = re.compile('[\x00-\x20\x7f]')
_contains_disallowed_method_pchar_re = re.compile('[\x00-\x1f]')

# Methods whose requests get "Content-Length: 0" when sent without a body.
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

try:
    from socket import _GLOBAL_DEFAULT_TIMEOUT
except ImportError:
    _GLOBAL_DEFAULT_TIMEOUT = object()


def _create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                       source_address=None):
    import socket
    return socket.create_connection(address, timeout, source_address)


def _encode(data, name='data'):
    """*data* as Latin-1 bytes, with an error message suggesting UTF-8."""
    try:
        return data.encode('latin-1')
    except UnicodeEncodeError as err:
        hint = ("%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') if "
                "you want to send it encoded in UTF-8."
                % (name.title(), data[err.start:err.end], name))
        raise UnicodeEncodeError(err.encoding, err.object, err.start,
                                 err.end, hint) from None


def _strip_ipv6_iface(enc_name):
    """Drop the zone ("%eth0") of a bracketed IPv6 host (RFC 6874)."""
    address, percent, _ = enc_name.partition(b'%')
    if percent:
        assert address.startswith(b'['), address
        address += b']'
    return address


class HTTPConnection:
    """A connection to one HTTP server, carrying one request at a time.

    Either ``request()``, or ``putrequest()``, ``putheader()`` and
    ``endheaders()``, send a request; ``getresponse()`` then reads the
    answer."""

    debuglevel = 0
    auto_open = 1  # whether send() may open the connection
    default_port = HTTP_PORT
    response_class = HTTPResponse
    _http_vsn_str = 'HTTP/1.1'
    _http_vsn = 11

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length *body* calls for, or None when it cannot be
        known beforehand (files, iterables) or no header is wanted."""
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        if isinstance(body, str):
            return len(body)
        try:
            return memoryview(body).nbytes
        except TypeError:
            return None  # an iterable

    def __init__(self, host, port=None, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        self.timeout, self.source_address = timeout, source_address
        self.blocksize = blocksize
        self._create_connection = _create_connection
        self.sock = None
        self.__state = _CS_IDLE
        self.__response = None  # the response still being read
        self._method = None
        self._buffer = []  # the request head being built
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}
        self._raw_proxy_headers = None

    def set_tunnel(self, host, port=None, headers=None):
        """Send requests through the proxy this object connects to, using
        CONNECT to reach *host*:*port*."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = headers.copy() if headers else {}
        if 'Host' not in self._tunnel_headers:
            idna_host = self._tunnel_host.encode('idna').decode('ascii')
            self._tunnel_headers['Host'] = '%s:%d' % (
                self._wrap_ipv6(idna_host), self._tunnel_port)

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            if colon > host.rfind(']'):  # not a colon of an IPv6 address
                text = host[colon + 1:]
                host = host[:colon]
                if not text:
                    port = self.default_port
                elif _is_int(text):
                    port = int(text)
                else:
                    raise InvalidURL("nonnumeric port: '%s'" % text)
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    @staticmethod
    def _wrap_ipv6(host):
        """Bracket an IPv6 address for a Host header or request target."""
        if isinstance(host, bytes):
            return b'[' + host + b']' if b':' in host else host
        return '[' + host + ']' if ':' in host else host

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _tunnel(self):
        target = '%s:%d' % (self._wrap_ipv6(
            self._tunnel_host.encode('idna').decode('ascii')),
            self._tunnel_port)
        lines = ['CONNECT %s %s\r\n' % (target, self._http_vsn_str)]
        lines += ['%s: %s\r\n' % item for item in self._tunnel_headers.items()]
        lines.append('\r\n')
        self.send(''.join(lines).encode('latin-1'))
        response = self.response_class(self.sock, method=self._method)
        try:
            version, code, message = response._read_status()
            self._raw_proxy_headers = _read_headers(response.fp)
            if self.debuglevel > 0:
                for line in self._raw_proxy_headers:
                    print('header:', line.decode())
            if code != HTTPStatus.OK:
                self.close()
                raise OSError('Tunnel connection failed: %d %s'
                              % (code, message.strip()))
        finally:
            response.close()

    def get_proxy_response_headers(self):
        """The headers of the proxy's answer to CONNECT, or None."""
        if self._raw_proxy_headers is None:
            return None
        return _parse_header_lines(self._raw_proxy_headers)

    def connect(self):
        """Open the connection to the host and port given at creation."""
        self.sock = self._create_connection((self.host, self.port),
                                            self.timeout, self.source_address)
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Close the connection and any response still reading from it."""
        self.__state = _CS_IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    def send(self, data):
        """Send *data* (bytes, a readable file or an iterable of bytes),
        opening the connection first if needed."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if self.debuglevel > 0:
            print('send:', repr(data))
        if hasattr(data, 'read'):
            for block in self._read_readable(data):
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if not isinstance(data, collections.abc.Iterable):
                raise TypeError('data should be a bytes-like object or an '
                                'iterable, got %r' % type(data))
            for part in data:
                self.sock.sendall(part)

    def _output(self, s):
        """Queue one line of the request head."""
        self._buffer.append(s)

    def _read_readable(self, readable):
        if self.debuglevel > 0:
            print('sending a readable')
        text = self._is_textIO(readable)
        if text and self.debuglevel > 0:
            print('encoding file using iso-8859-1')
        while True:
            block = readable.read(self.blocksize)
            if not block:
                return
            yield block.encode('iso-8859-1') if text else block

    def _body_chunks(self, body):
        if hasattr(body, 'read'):
            return self._read_readable(body)
        try:
            memoryview(body)
        except TypeError:
            try:
                return iter(body)
            except TypeError:
                raise TypeError('message_body should be a bytes-like object '
                                'or an iterable, got %r' % type(body)) from None
        return (body,)

    def _send_output(self, message_body=None, encode_chunked=False):
        """Send the queued head, then the body (chunked if asked to)."""
        self._buffer.extend((b'', b''))
        head = b'\r\n'.join(self._buffer)
        self._buffer.clear()
        self.send(head)
        if message_body is None:
            return
        chunked = encode_chunked and self._http_vsn == 11
        for chunk in self._body_chunks(message_body):
            if not chunk:
                # an empty chunk would end a chunked body early
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if chunked:
                chunk = b'%X\r\n%s\r\n' % (len(chunk), bytes(chunk))
            self.send(chunk)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False,
                   skip_accept_encoding=False):
        """Start a request: queue its request line, and the Host and
        Accept-Encoding headers unless told to skip them."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _CS_REQ_STARTED
        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        self._output(self._encode_request(
            '%s %s %s' % (method, url, self._http_vsn_str)))
        if self._http_vsn != 11:
            return  # HTTP/1.0 needs neither header
        if not skip_host:
            self.putheader('Host', self._host_header(url))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _host_header(self, url):
        """The Host header for *url*: its own authority when absolute,
        else the server (or tunnel target) with any non-default port."""
        netloc = urlsplit(url).netloc if url.startswith('http') else ''
        if netloc:
            return _strip_ipv6_iface(_ascii_or_idna(netloc))
        if self._tunnel_host:
            host, port = self._tunnel_host, self._tunnel_port
        else:
            host, port = self.host, self.port
        encoded = _strip_ipv6_iface(self._wrap_ipv6(_ascii_or_idna(host)))
        if port == self.default_port:
            return encoded
        return '%s:%s' % (encoded.decode('ascii'), port)

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        found = _contains_disallowed_method_pchar_re.search(method)
        if found:
            raise ValueError("method can't contain control characters. %r "
                             '(found at least %r)' % (method, found.group()))

    def _validate_path(self, url):
        found = _contains_disallowed_url_pchar_re.search(url)
        if found:
            raise InvalidURL("URL can't contain control characters. %r "
                             '(found at least %r)' % (url, found.group()))

    def _validate_host(self, host):
        found = _contains_disallowed_url_pchar_re.search(host)
        if found:
            raise InvalidURL("URL can't contain control characters. %r "
                             '(found at least %r)' % (host, found.group()))

    def putheader(self, header, *values):
        """Queue a header line; several values become folded lines."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        name = header.encode('ascii') if hasattr(header, 'encode') else header
        if not _is_legal_header_name(name):
            raise ValueError('Invalid header name %r' % (name,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _is_illegal_header_value(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._output(name + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Finish the head and send it, with *message_body* if given."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self.__state = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *,
                encode_chunked=False):
        """Send a whole request."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        names = {name.lower() for name in headers}
        self.putrequest(method, url,
                        skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        # Without a Content-Length from the caller, a body of unknown size
        # (a file or iterable) goes chunked, unless the caller set
        # Transfer-Encoding and so encodes it themselves.
        if 'content-length' in names:
            encode_chunked = False
        elif 'transfer-encoding' not in names:
            length = self._get_content_length(body, method)
            encode_chunked = length is None and body is not None
            if length is not None:
                self.putheader('Content-Length', str(length))
            elif encode_chunked:
                if self.debuglevel > 0:
                    print('Unable to determine size of %r' % body)
                self.putheader('Transfer-Encoding', 'chunked')
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Read the response to the request sent; the connection can take
        the next request once this one's body has been read."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        # the debug level is passed on only when set
        debug = (self.debuglevel,) if self.debuglevel > 0 else ()
        response = self.response_class(self.sock, *debug, method=self._method)
        try:
            response.begin()
        except BaseException as exc:
            if isinstance(exc, ConnectionError):
                self.close()
            response.close()
            raise
        self.__state = _CS_IDLE
        if response.will_close:
            self.close()  # the response now owns the connection
        else:
            self.__response = response
        return response


def _is_int(text):
    try:
        int(text)
    except ValueError:
        return False
    return True


def _ascii_or_idna(host):
    try:
        return host.encode('ascii')
    except UnicodeEncodeError:
        return host.encode('idna')
