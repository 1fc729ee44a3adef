"""Exception classes raised by urllib.

URLError, a subclass of OSError, is the base of them all; its reason says what went
wrong. HTTPError is both an exception and a response (an addinfourl): an HTTP error
status still comes with headers and a body that a caller may want to read.
ContentTooShortError means a download ended before the announced length.
"""

import urllib.response
import io  # an HTTPError without a body reads from an empty BytesIO

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """The base of urllib's exceptions: reason is a message or another exception."""

    # OSError's own argument handling (errno, strerror, ...) does not apply here.
    def __init__(self, reason, filename=None):
        self.reason = reason
        self.args = (reason,)
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError, urllib.response.addinfourl):
    """Raised when HTTP error occurs, but also acts like non-error return"""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code, self.msg, self.hdrs, self.fp = code, msg, hdrs, fp
        self.filename = url
        # Without a body, reading gives b''.
        body = io.BytesIO() if fp is None else fp
        urllib.response.addinfourl.__init__(self, body, hdrs, url, code)

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    @property
    def reason(self):
        # The status line's message, as for other URLErrors.
        return self.msg

    def _set_headers(self, headers):
        self.hdrs = headers

    # headers is another name of hdrs (addinfo.__init__ sets it through this).
    headers = property(lambda self: self.hdrs, _set_headers)
    del _set_headers


class ContentTooShortError(URLError):
    """A download ended before the length its Content-Length header announced;
    content holds what was received."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
