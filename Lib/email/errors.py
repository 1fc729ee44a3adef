"""The exceptions raised by the email package, and the "defects".

Exceptions (MessageError and its subclasses) are raised when the package is asked to do
something it cannot: use a charset name that is not ASCII, attach a part to a message whose
payload is a string, write a header that would break the message apart.

Defects describe what is wrong in a message that was parsed anyway. Parsing never gives up
on bad input: the parser works around the problem, and the policy's handle_defect() decides
what happens to the defect. Most policies append it to the `defects` list of the message (or
part) where it was found; those with `raise_on_defect` set raise it instead, which is why
every defect is also an exception (a ValueError).

Defects that concern the structure of a message derive from MessageDefect directly; those
found in the value of one header derive from HeaderDefect, and the header objects of the
modern policies (email.headerregistry) carry them in their own `defects` attribute.
"""


class MessageError(Exception):
    """Root of the exceptions the email package raises on purpose. (Defects, below, are
    ValueErrors, and only raised by policies that ask for it.)"""


class MessageParseError(MessageError):
    """A message could not be parsed (raised only by policies that ask for it, such as
    `strict`; otherwise the problem becomes a defect)."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed, or would not survive being written out: raised by
    the header value parser when a token it needs is not there (callers mostly turn it
    into a defect), and by Header for a name or value it cannot handle."""


class BoundaryError(MessageParseError):
    """A multipart boundary was missing or wrong (kept for compatibility: the parser
    records defects instead)."""


class MultipartConversionError(MessageError, TypeError):
    """A non-multipart message was used as a multipart one, for instance by attaching to a
    message whose payload is a string, or to one of the MIMENonMultipart classes. Being
    also a TypeError, it is caught by code that expects the error of a wrong type."""


class CharsetError(MessageError):
    """A charset name that is not ASCII: Charset() cannot be made from it, as charset
    names go into headers and parameters, which are ASCII."""


class HeaderWriteError(MessageError):
    """A header would have been written in a way that changes the message's structure
    (see the policy's verify_generated_headers)."""


# -- Defects ------------------------------------------------------------------------------

class MessageDefect(ValueError):
    """Something wrong in a message that parsing worked around; `line` is the offending
    line, when there is one."""

    def __init__(self, line=None):
        args = () if line is None else (line,)
        super().__init__(*args)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart Content-Type without a boundary parameter: the body is kept as a
    string."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary given in Content-Type never starts a part: the body is kept as a
    string."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """A multipart whose final boundary (the one ending in '--') is missing: everything up
    to the end belongs to the last part."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with whitespace, as if it continued a header before
    it."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A Unix 'From ' envelope line appears after the first header, where it can only be
    a mistake."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is not a header appears among the headers: the body is taken to start
    there, without the blank line that should separate them."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect  # its older name


class MultipartInvariantViolationDefect(MessageDefect):
    """A message says it is multipart (in Content-Type) but its payload is not a list of
    parts: the parser records it when the multipart's body could not be split into
    parts (no boundary, or a boundary never found), and keeps the body as a string."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart with a Content-Transfer-Encoding other than 7bit, 8bit or binary, which
    RFC 2045 forbids."""


class UndecodableBytesDefect(MessageDefect):
    """A payload holding bytes that do not decode in the declared character set (or
    non-ASCII bytes where only ASCII is allowed)."""


class InvalidBase64PaddingDefect(MessageDefect):
    """base64 data with missing or extra '=' padding; it was decoded as if padded
    correctly."""


class InvalidBase64CharactersDefect(MessageDefect):
    """base64 data holding characters outside the base64 alphabet; they were left out
    when decoding."""


class InvalidBase64LengthDefect(MessageDefect):
    """base64 data whose count of characters cannot encode whole bytes (one more than a
    multiple of four, after leaving out what is not base64): it is kept undecoded, as
    no padding could make it valid."""


# Defects found in a single header value (recorded on the header, and on the message by the
# policies that register them).

class HeaderDefect(MessageDefect):
    """A problem in the value of a header rather than in the structure of the message
    around it."""


class InvalidHeaderDefect(HeaderDefect):
    """A header value that could not be parsed as its syntax requires; the argument says
    what was wrong."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header without a value that it must have: an address header with no address,
    an address without its domain, a MIME header whose value is empty."""


class NonPrintableDefect(HeaderDefect):
    """A header value holding ASCII control characters, listed in `non_printables`."""

    def __init__(self, non_printables):
        HeaderDefect.__init__(self, non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: %s" % (
            self.non_printables,)


class ObsoleteHeaderDefect(HeaderDefect):
    """A header using syntax that RFC 5322 keeps only as obsolete (it is accepted, but
    should not be generated): a source route in an angle address, a period in a phrase,
    blanks around the dots of an address, an empty element in an address list."""


class NonASCIILocalPartDefect(HeaderDefect):
    """An address whose local part is not ASCII, which only SMTPUTF8 transport (RFC 6531)
    allows. Unlike the rest of a header, a local part cannot be an encoded word, so such
    an address cannot be written for 7-bit transport at all."""


class InvalidDateDefect(HeaderDefect):
    """A date header whose value does not parse as an RFC 5322 date: the header's
    `datetime` is then None, and its string value is the text as found."""
