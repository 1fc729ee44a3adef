"""The email package: parse, build and write email and other MIME messages.

The package's own modules are loaded on demand; the four functions here are shortcuts for
parsing a message with the classes of `email.parser`.
"""

__all__ = [
    'base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator', 'header',
    'iterators', 'message', 'message_from_file', 'message_from_binary_file',
    'message_from_string', 'message_from_bytes', 'mime', 'parser', 'quoprimime', 'utils',
]


def _parsers():
    # Imported late: most users of the package never parse.
    import email.parser
    return email.parser


def message_from_string(s, *args, **kws):
    """Parse the text `s` into a message object (email.message.Message by default)."""
    return _parsers().Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse the bytes `s` into a message object."""
    return _parsers().BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Parse the text file `fp` into a message object."""
    return _parsers().Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Parse the binary file `fp` into a message object."""
    return _parsers().BytesParser(*args, **kws).parse(fp)
