"""The exceptions raised by the email package, and the "defects": problems found while parsing
a message, which are recorded on the message (its `defects` list) rather than raised."""


class MessageError(Exception):
    """Root of the email package's exceptions."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary was missing or wrong."""


class MultipartConversionError(MessageError, TypeError):
    """A non-multipart message was used as a multipart one (or the other way round)."""


class CharsetError(MessageError):
    """An unknown or unusable character set."""


class HeaderWriteError(MessageError):
    """A header would have been written in a way that changes the message's structure."""


# -- Defects ------------------------------------------------------------------------------

class MessageDefect(ValueError):
    """Something wrong in a message that parsing worked around; `line` is the offending
    line, when there is one."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart Content-Type without a boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary given in Content-Type never starts a part."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """The final boundary (with the trailing '--') is missing."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with whitespace."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' envelope line appears after the first header."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is not a header appears among the headers."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """A message says it is multipart but is not."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart with a Content-Transfer-Encoding other than 7bit, 8bit or binary."""


class UndecodableBytesDefect(MessageDefect):
    """Bytes that do not decode in the declared character set."""


class InvalidBase64PaddingDefect(MessageDefect):
    """base64 data with wrong '=' padding."""


class InvalidBase64CharactersDefect(MessageDefect):
    """base64 data holding characters outside the base64 alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """base64 data whose length cannot be decoded."""


# Defects found in a single header value.

class HeaderDefect(MessageDefect):
    """A problem in the value of a header."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


class InvalidHeaderDefect(HeaderDefect):
    """A header value that could not be parsed as its syntax requires."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header without a value that it must have."""


class NonPrintableDefect(HeaderDefect):
    """A header value holding non-printable ASCII characters."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return ("the following ASCII non-printables found in header: "
                "{}".format(self.non_printables))


class ObsoleteHeaderDefect(HeaderDefect):
    """A header using syntax that RFC 5322 marks obsolete."""


class NonASCIILocalPartDefect(HeaderDefect):
    """An address whose local part is not ASCII (allowed only with SMTPUTF8)."""


class InvalidDateDefect(HeaderDefect):
    """A date header that does not parse."""
