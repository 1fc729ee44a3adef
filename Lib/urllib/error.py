"""The exceptions urllib raises.

Every one is a URLError, an OSError whose `reason` says what went wrong. An HTTPError is
also a response (an addinfourl): an error status still comes with headers and a body a
caller may read. A ContentTooShortError means a download stopped short of its announced
length.
"""

import io
import urllib.response as _response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """urllib's base exception; `reason` is a message or the exception behind it."""

    def __init__(self, reason, filename=None):
        """Keep reason (and the file name, when given) without OSError's reading of its
        arguments as errno, strerror and the rest."""
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        """The reason, marked as an error of urlopen."""
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError, _response.addinfourl):
    """An HTTP error status, which can also be read as the response it came with."""

    def __init__(self, url, code, msg, hdrs, fp):
        """The URL, the status code and message, the headers and the body's file (None
        when there is no body)."""
        self.code, self.msg, self.hdrs, self.fp, self.filename = code, msg, hdrs, fp, url
        # Without a body, reading it gives b''.
        _response.addinfourl.__init__(self, io.BytesIO() if fp is None else fp, hdrs, url, code)

    def __str__(self):
        """The status code and its message."""
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        """The class, the status code and the message's repr."""
        return f'<HTTPError {self.code}: {self.msg!r}>'

    # The status line's message stands as the reason, as for other URLErrors.
    reason = property(lambda self: self.msg)

    # `headers` is another name of `hdrs` (addinfo.__init__ sets it through this).
    headers = property(lambda self: self.hdrs, lambda self, value: setattr(self, 'hdrs', value))


class ContentTooShortError(URLError):
    """A download that ended before its Content-Length; `content` holds what came."""

    def __init__(self, message, content):
        """The message, and the part of the download that did arrive."""
        super().__init__(message)
        self.content = content
