"""Exceptions raised by SAX readers and handlers.

Everything derives from SAXException; malformed documents are reported as
SAXParseException, which knows the line and column of the problem, and
configuration mistakes as SAXNotRecognizedException or
SAXNotSupportedException.
"""


class SAXException(Exception):
    """A SAX error or warning: a message, optionally wrapping the exception
    that caused it.  Applications may raise it from handlers too."""

    def __init__(self, msg, exception=None):
        super().__init__(msg)
        self._message = msg
        self._cause = exception

    def getMessage(self):
        """The message text."""
        return self._message

    def getException(self):
        """The wrapped exception, or None."""
        return self._cause

    def __getitem__(self, ix):
        # Old code indexed exceptions like tuples; make that fail loudly.
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """An error in the XML document itself, with where it was found.

    The position is copied from the locator when the exception is made, since
    the locator keeps moving while parsing goes on.
    """

    def __init__(self, msg, exception, locator):
        super().__init__(msg, exception)
        self._origin = locator
        self._where = (locator.getSystemId(), locator.getLineNumber(),
                       locator.getColumnNumber())

    def getColumnNumber(self):
        """Column of the error (or None)."""
        return self._where[2]

    def getLineNumber(self):
        """Line of the error (or None)."""
        return self._where[1]

    def getPublicId(self):
        """Public identifier of the entity with the error (or None)."""
        return self._origin.getPublicId()

    def getSystemId(self):
        """System identifier of the entity with the error (or None)."""
        return self._where[0]

    def __str__(self):
        system_id, line, column = self._where
        shown = ["<unknown>" if system_id is None else system_id,
                 "?" if line is None else line, "?" if column is None else column]
        return "%s:%s:%s: %s" % (*shown, self._message)


class SAXNotRecognizedException(SAXException):
    """Raised for a feature or property name a reader does not know, as in
    reader.setFeature("http://example.org/made-up", True)."""


class SAXNotSupportedException(SAXException):
    """Raised for a known feature or property that a reader cannot provide,
    or cannot change at this point (for instance while it is parsing)."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """Raised by a driver module whose underlying parser is missing;
    xml.sax.make_parser() then tries the next driver in its list."""
