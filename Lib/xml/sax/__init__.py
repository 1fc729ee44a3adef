"""The Simple API for XML (SAX): event-driven XML parsing.

make_parser() returns a reader (the expat-based one by default); parse()
and parseString() run a ContentHandler over a whole document in one call:

    class Counter(xml.sax.ContentHandler):
        elements = 0
        def startElement(self, tag, attributes):
            self.elements += 1

    xml.sax.parseString(b"<a><b/><b/></a>", counter := Counter())
"""

import io
import os
import sys

from ._exceptions import (SAXException, SAXNotRecognizedException, SAXNotSupportedException,
                          SAXParseException, SAXReaderNotAvailable)
from .handler import ContentHandler, ErrorHandler
from .xmlreader import InputSource


def _run(source, content_handler, error_handler):
    reader = make_parser()
    reader.setContentHandler(content_handler)
    reader.setErrorHandler(error_handler if error_handler is not None else ErrorHandler())
    reader.parse(source)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a file name, file object or InputSource, sending events to handler."""
    _run(source, handler, errorHandler)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document held in a str or bytes, sending events to handler."""
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    _run(source, handler, errorHandler)


# Driver modules make_parser() tries, in order.  The PY_SAX_PARSER environment
# variable (comma-separated module names) replaces the list.
default_parser_list = ["xml.sax.expatreader"]
if "PY_SAX_PARSER" in os.environ and not sys.flags.ignore_environment:
    default_parser_list = os.environ["PY_SAX_PARSER"].split(",")


def make_parser(parser_list=()):
    """A new XMLReader from the first usable driver module, looking at
    parser_list before default_parser_list."""
    for module_name in [*parser_list, *default_parser_list]:
        try:
            driver = __import__(module_name, {}, {}, ["create_parser"])
        except SAXReaderNotAvailable:
            continue        # the module's parser is missing
        except ImportError:
            if module_name in sys.modules:
                raise       # it exists but failed while importing: show why
            continue
        return driver.create_parser()
    raise SAXReaderNotAvailable("No parsers found", None)
