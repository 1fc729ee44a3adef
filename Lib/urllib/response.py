"""Responses of urllib: an open file wrapped so that it also answers as a URL response.

addbase passes reads, iteration and closing on to the file it wraps; addclosehook runs a
function at the first close; addinfo knows the response's headers (info()), and addinfourl
its URL and status code too (geturl(), getcode(), status).

urllib.request's openers return these (an HTTP response is http.client's own object instead),
and urllib.error.HTTPError is an addinfourl too, so that an error page can still be read.
"""

import tempfile  # its file wrapper passes every attribute on to the wrapped file

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(tempfile._TemporaryFileWrapper):
    """A file-like view of fp, the base of the other response classes."""

    def __init__(self, fp):
        """Wrap fp, an open binary file (a socket's file, a BytesIO): reading, iterating
        and closing the response act on it. There is no file name behind it, so closing
        never deletes anything."""
        super().__init__(fp, '<urllib response>', delete=False)
        self.fp = fp

    def __repr__(self):
        """The class, the response's id and the file it wraps."""
        kind = type(self).__name__
        return f'<{kind} at {id(self)!r} whose fp = {self.file!r}>'

    def __enter__(self):
        """Use the response in a with statement (refused once its file is closed)."""
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, *exc_info):
        """Close the response when the with statement ends, however it ends."""
        self.close()


class addclosehook(addbase):
    """A response that calls closehook(*hookargs) once, when first closed."""

    def __init__(self, fp, closehook, *hookargs):
        """Wrap fp; closehook(*hookargs) is kept for the first close()."""
        super().__init__(fp)
        self.closehook, self.hookargs = closehook, hookargs

    def close(self):
        """Run the hook (once: it is forgotten first, so an error in it does not make it
        run again), then close the wrapped file whatever the hook did."""
        pending, arguments = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if pending:
                pending(*arguments)
        finally:
            super().close()


class addinfo(addbase):
    """A response with headers, which info() returns."""

    def __init__(self, fp, headers):
        """Wrap fp and keep the response's headers for info()."""
        super().__init__(fp)
        self.headers = headers

    def info(self):
        """The headers: for HTTP an email.message.Message (an http.client.HTTPMessage),
        for other schemes whatever the opener gave."""
        return self.headers


class addinfourl(addinfo):
    """A response with headers, its URL (geturl()) and its status code (getcode() and
    status; None for schemes without one)."""

    def __init__(self, fp, headers, url, code=None):
        """Wrap fp with the response's headers, the URL it came from and its status
        code (None when the scheme has none, as for file: and ftp: URLs)."""
        super().__init__(fp, headers)
        self.url, self.code = url, code

    @property
    def status(self):
        """The status code, as http.client's responses name it."""
        return self.code

    def getcode(self):
        """The status code (an older name of status)."""
        return self.status

    def geturl(self):
        """The URL the response came from, after any redirection."""
        return self.url
