"""The parsers most programs use: Parser and HeaderParser read text (a string or a text
file), BytesParser and BytesHeaderParser read bytes; all return the message object tree that
email.feedparser builds. The header parsers leave the body unparsed, as one string."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser',
           'BytesFeedParser']

import io

from email import _policybase
from email.feedparser import BytesFeedParser, FeedParser

# How much of a file is read at a time.
_CHUNK = 8192


class Parser:
    """Parse text into messages made by `_class` (default: the policy's message_factory,
    or email.message.Message) under `policy`."""

    def __init__(self, _class=None, *, policy=_policybase.compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """Read the text file `fp` to its end and return the message; with `headersonly`,
        the body stays one string."""
        feed = self._feeder(headersonly)
        while chunk := fp.read(_CHUNK):
            feed.feed(chunk)
        return feed.close()

    def _feeder(self, headers_only):
        feed = FeedParser(self._class, policy=self.policy)
        if headers_only:
            feed._set_headersonly()
        return feed

    def parsestr(self, text, headersonly=False):
        """Parse the string `text`."""
        return self.parse(io.StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that only parses the headers."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, headersonly=True)


class BytesParser:
    """Parse bytes into messages; bytes that are not ASCII are kept as surrogate escapes
    (the arguments are those of Parser)."""

    def __init__(self, *args, **kwargs):
        self.parser = Parser(*args, **kwargs)

    def parse(self, fp, headersonly=False):
        """Read the binary file `fp` to its end and return the message (its line ends
        read as newlines)."""
        text = io.TextIOWrapper(fp, encoding='ascii', errors='surrogateescape')
        try:
            return self.parser.parse(text, headersonly)
        finally:
            # Leave `fp` open for the caller.
            text.detach()

    def parsebytes(self, text, headersonly=False):
        """Parse the bytes `text`."""
        return self.parser.parsestr(text.decode('ASCII', errors='surrogateescape'),
                                    headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that only parses the headers."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, headersonly=True)
