"""The Simple API for XML (SAX): event-driven XML parsing.

make_parser() returns a reader (the expat-based one by default); parse()
and parseString() run a ContentHandler over a document in one call.
"""

import os
import sys

from ._exceptions import (SAXException, SAXNotRecognizedException, SAXNotSupportedException,
                          SAXParseException, SAXReaderNotAvailable)
from .handler import ContentHandler, ErrorHandler
from .xmlreader import InputSource


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a file name, file object or InputSource, sending events to handler."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document held in a str or bytes."""
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    parser.parse(source)


# Driver modules tried by make_parser(), in order; the PY_SAX_PARSER environment
# variable (a comma-separated list) replaces them.
default_parser_list = ["xml.sax.expatreader"]

if not sys.flags.ignore_environment and "PY_SAX_PARSER" in os.environ:
    default_parser_list = os.environ["PY_SAX_PARSER"].split(",")


def make_parser(parser_list=()):
    """An XMLReader from the first driver module of parser_list (then of
    default_parser_list) that can be imported and provides create_parser()."""
    for name in list(parser_list) + default_parser_list:
        try:
            module = __import__(name, {}, {}, ["create_parser"])
        except ImportError:
            if name in sys.modules:
                raise       # the module exists but is broken: report that
            continue
        except SAXReaderNotAvailable:
            continue
        return module.create_parser()
    raise SAXReaderNotAvailable("No parsers found", None)
