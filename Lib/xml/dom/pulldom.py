"""Pull-style DOM building: iterate over (event, node) pairs of a document
and expand only the parts you want into full minidom subtrees.

    for event, node in xml.dom.pulldom.parse("big.xml"):
        if event == START_ELEMENT and node.tagName == "item":
            stream.expandNode(node)     # node now holds its whole subtree

A SAX parser (with namespace processing on) feeds a PullDOM content handler,
which turns each SAX event into minidom nodes queued as events; the
DOMEventStream hands them out, reading more input only when the queue is
empty.  SAX2DOM is the variant that also links every node into the tree.
"""

import collections
import io

from xml.sax import ContentHandler, make_parser
from xml.sax import handler as _sax_handler

# The event kinds; each is the string of its own name.
(START_DOCUMENT, END_DOCUMENT, START_ELEMENT, END_ELEMENT, CHARACTERS,
 IGNORABLE_WHITESPACE, COMMENT, PROCESSING_INSTRUCTION) = (
    "START_DOCUMENT", "END_DOCUMENT", "START_ELEMENT", "END_ELEMENT", "CHARACTERS",
    "IGNORABLE_WHITESPACE", "COMMENT", "PROCESSING_INSTRUCTION")

# How much input DOMEventStream reads at a time.
default_bufsize = 16 * 1024 - 20

_XMLNS = "http://www.w3.org/2000/xmlns/"


class PullDOM(ContentHandler):
    """A content handler turning SAX events into queued (event, node) pairs.

    The nodes belong to one minidom Document but are not linked into it;
    DOMEventStream.expandNode() (or SAX2DOM) does the linking.
    """

    def __init__(self, documentFactory=None):
        super().__init__()
        if documentFactory is None:
            from xml.dom import minidom
            documentFactory = minidom.getDOMImplementation()
        self.documentFactory, self.document = documentFactory, None
        self.events = collections.deque()
        self.elementStack = []              # the open elements, innermost last
        self._prefixes = [{}]               # stack of {uri: prefix} scopes
        self._declarations = []             # xmlns attributes for the next element

    def _emit(self, event, node):
        self.events.append((event, node))

    def pop(self):
        """Remove and return the oldest queued event."""
        return self.events.popleft()

    # --- the document ---

    def startDocument(self):
        """Queue START_DOCUMENT with the (new) document."""
        if self.document is None:
            self.document = self.documentFactory.createDocument(None, None, None)
        self._emit(START_DOCUMENT, self.document)

    def endDocument(self):
        """Queue END_DOCUMENT."""
        self._emit(END_DOCUMENT, self.document)

    def buildDocument(self, uri, tagname):
        """The document (created on first need) and a new element for it."""
        if self.document is None:
            self.startDocument()
        if uri:
            return self.document.createElementNS(uri, tagname)
        return self.document.createElement(tagname)

    # --- namespaces ---

    def startPrefixMapping(self, prefix, uri):
        scope = dict(self._prefixes[-1])
        scope[uri] = prefix or None
        self._prefixes.append(scope)
        self._declarations.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._prefixes.pop()

    def _qualified(self, uri, local):
        prefix = self._prefixes[-1].get(uri) if uri else None
        return "%s:%s" % (prefix, local) if prefix else local

    # --- elements ---

    def startElementNS(self, name, tagName, attrs):
        uri, local = name
        element = self.buildDocument(uri, tagName or self._qualified(uri, local))
        for prefix, declared_uri in self._declarations:
            attr_name = "xmlns:" + prefix if prefix else "xmlns"
            attr = self.document.createAttributeNS(_XMLNS, attr_name)
            attr.value = declared_uri
            element.setAttributeNodeNS(attr)
        self._declarations = []
        for (attr_uri, attr_local), value in attrs.items():
            if attr_uri:
                attr = self.document.createAttributeNS(
                    attr_uri, self._qualified(attr_uri, attr_local))
            else:
                attr = self.document.createAttribute(attr_local)
            attr.value = value
            element.setAttributeNodeNS(attr)
        self._open(element)

    def endElementNS(self, name, tagName):
        self._close()

    def startElement(self, name, attrs):
        element = self.buildDocument(None, name)
        for attr_name, value in attrs.items():
            element.setAttribute(attr_name, value)
        self._open(element)

    def endElement(self, name):
        self._close()

    def _open(self, element):
        self.elementStack.append(element)
        self._emit(START_ELEMENT, element)

    def _close(self):
        self._emit(END_ELEMENT, self.elementStack.pop())

    # --- character data and other nodes ---

    def characters(self, chars):
        self._emit(CHARACTERS, self.document.createTextNode(chars))

    def ignorableWhitespace(self, chars):
        self._emit(IGNORABLE_WHITESPACE, self.document.createTextNode(chars))

    def comment(self, s):
        self._emit(COMMENT, self._document().createComment(s))

    def processingInstruction(self, target, data):
        self._emit(PROCESSING_INSTRUCTION,
                   self._document().createProcessingInstruction(target, data))

    def _document(self):
        if self.document is None:
            self.startDocument()
        return self.document

    def clear(self):
        """Drop the queue and the document."""
        self.events.clear()
        self.document, self.elementStack = None, []


class ErrorHandler(_sax_handler.ErrorHandler):
    """Error handling for pull parsing: warnings are printed, errors raised
    (the behaviour of the SAX default)."""


class DOMEventStream:
    """An iterator of (event, node) pairs read from `stream` by a SAX `parser`."""

    def __init__(self, stream, parser, bufsize):
        self.stream, self.parser, self.bufsize = stream, parser, bufsize
        self._slurped = False
        self.reset()

    def reset(self):
        """Start over with a fresh PullDOM handler (namespace mode is needed)."""
        handler = self.pulldom = PullDOM()
        self.parser.setFeature(_sax_handler.feature_namespaces, True)
        self.parser.setContentHandler(handler)

    def __iter__(self):
        return self

    def __next__(self):
        pair = self.getEvent()
        if pair is None:
            raise StopIteration
        return pair

    def getEvent(self):
        """The next (event, node) pair, or None at the end of the input."""
        if not hasattr(self.parser, "feed"):
            # A parser that can only parse whole documents: run it once.
            if not self._slurped:
                self._slurped = True
                self.parser.parse(self.stream)     # queues every event
            return self.pulldom.pop() if self.pulldom.events else None
        while not self.pulldom.events:
            chunk = self.stream.read(self.bufsize)
            if not chunk:
                self.parser.close()
                return None
            self.parser.feed(chunk)
        return self.pulldom.pop()

    def expandNode(self, node):
        """Read on to the end of `node`, linking everything inside into it."""
        open_elements = [node]
        for kind, current in iter(self.getEvent, None):
            if current is node:
                return      # its END_ELEMENT: done
            if kind == END_ELEMENT:
                open_elements.pop()
                continue
            open_elements[-1].appendChild(current)
            if kind == START_ELEMENT:
                open_elements.append(current)

    def clear(self):
        """Let go of the handler, the parser and the stream."""
        self.pulldom.clear()
        del self.pulldom
        self.parser = self.stream = None


class SAX2DOM(PullDOM):
    """A PullDOM that also links each node into the document as it goes."""

    def _attach(self, node, parent):
        (parent if parent is not None else self.document).appendChild(node)

    def _parent(self):
        return self.elementStack[-1] if self.elementStack else None

    def _open(self, element):
        self._attach(element, self._parent())
        super()._open(element)

    def characters(self, chars):
        super().characters(chars)
        self._attach(self.events[-1][1], self._parent())

    def ignorableWhitespace(self, chars):
        super().ignorableWhitespace(chars)
        self._attach(self.events[-1][1], self._parent())

    def comment(self, s):
        super().comment(s)
        self._attach(self.events[-1][1], self._parent())

    def processingInstruction(self, target, data):
        super().processingInstruction(target, data)
        self._attach(self.events[-1][1], self._parent())


def parse(stream_or_string, parser=None, bufsize=None):
    """A DOMEventStream over a file name or file object."""
    stream = (open(stream_or_string, "rb") if isinstance(stream_or_string, str)
              else stream_or_string)
    return DOMEventStream(stream, parser or make_parser(),
                          default_bufsize if bufsize is None else bufsize)


def parseString(string, parser=None):
    """A DOMEventStream over a document held in a string (read in one go)."""
    return DOMEventStream(io.StringIO(string), parser or make_parser(), len(string))
