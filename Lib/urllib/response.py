"""Response classes used by urllib: thin wrappers that give an open file the extra methods
of a URL response.

addbase wraps a file (reads, iteration and closing go to it); addclosehook also calls a
function when it is closed; addinfo adds info() (the headers) and addinfourl adds
geturl(), getcode() and status.
"""

import tempfile  # for its file wrapper, which passes everything on to the file

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(tempfile._TemporaryFileWrapper):
    """Base class for addinfo and addclosehook: a file-like wrapper of fp."""

    # The wrapper never deletes anything: there is no file name behind fp.
    def __init__(self, fp):
        super().__init__(fp, '<urllib response>', delete=False)
        self.fp = fp

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self)!r} whose fp = {self.file!r}>'

    def __enter__(self):
        if not self.fp.closed:
            return self
        raise ValueError("I/O operation on closed file")

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()


class addclosehook(addbase):
    """Class to add a close hook to an open file: closehook(*hookargs) runs once, at the
    first close()."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        try:
            if hook:
                self.closehook = self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """class to add an info() method to an open file: it returns the headers."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        # The headers, as given (for HTTP an email.message.Message).
        return self.headers


class addinfourl(addinfo):
    """class to add info() and geturl() methods to an open file; also getcode() and
    status, the HTTP status code (None for other schemes)."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url, self.code = url, code

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    status = property(getcode)
