"""The exception classes of the SAX API."""


class SAXException(Exception):
    """A SAX error or warning: a message, optionally wrapping another exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # Guards against treating the exception as the tuple it used to be.
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """An error in the XML document, located by the parser's Locator at the time."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # Copy the position now: the locator moves on as parsing continues.
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = self.getSystemId()
        line, column = self.getLineNumber(), self.getColumnNumber()
        return "%s:%s:%s: %s" % ("<unknown>" if where is None else where,
                                 "?" if line is None else line,
                                 "?" if column is None else column, self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A known feature or property the reader cannot provide (or change now)."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """A parser driver module that cannot be used (e.g. its parser is missing)."""
