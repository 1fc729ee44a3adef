"""Responses of urllib: an open file wrapped so that it also answers as a URL response.

addbase passes reads, iteration and closing on to the file it wraps; addclosehook runs a
function at the first close; addinfo knows the response's headers (info()), and addinfourl
its URL and status code too (geturl(), getcode(), status).
"""

import tempfile  # its file wrapper passes every attribute on to the wrapped file

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(tempfile._TemporaryFileWrapper):
    """A file-like view of fp, the base of the other response classes."""

    def __init__(self, fp):
        # No file name stands behind fp, so nothing is ever deleted.
        super().__init__(fp, '<urllib response>', delete=False)
        self.fp = fp

    def __repr__(self):
        kind = type(self).__name__
        return f'<{kind} at {id(self)!r} whose fp = {self.file!r}>'

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, *exc_info):
        self.close()


class addclosehook(addbase):
    """A response that calls closehook(*hookargs) once, when first closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook, self.hookargs = closehook, hookargs

    def close(self):
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
        super().__init__(fp)
        self.headers = headers

    def info(self):
        # For HTTP, an email.message.Message; whatever was given otherwise.
        return self.headers


class addinfourl(addinfo):
    """A response with headers, its URL (geturl()) and its status code (getcode() and
    status; None for schemes without one)."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url, self.code = url, code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url
