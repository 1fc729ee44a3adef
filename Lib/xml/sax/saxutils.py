"""Helpers for SAX applications: escaping text for XML, a content handler
that writes the events back out as XML (XMLGenerator), a pass-through
filter base class (XMLFilterBase) and input-source preparation."""

import codecs
import io
import os
import sys

from . import handler, xmlreader


def _replace_all(text, table):
    for old, new in table.items():
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Escape &, < and > in a string (plus any keys of `entities`, by their values)."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return _replace_all(data, entities) if entities else data


def unescape(data, entities={}):
    """Turn &lt;, &gt; and &amp; (plus the keys of `entities`) back into characters."""
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities)
    # Last, so that "&amp;lt;" becomes "&lt;" and not "<".
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape a string for use as an attribute value and put it in quotes.

    Double quotes are used unless the value contains them and no single
    quote, in which case single quotes avoid escaping.
    """
    data = escape(data, {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;", **entities})
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")


def _text_writer(out, encoding):
    """A write(str) function for `out`, encoding when it is a binary stream."""
    if out is None:
        return sys.stdout.write, sys.stdout
    if isinstance(out, (io.TextIOBase, codecs.StreamWriter, codecs.StreamReaderWriter)):
        return out.write, out
    encoder = codecs.getincrementalencoder(encoding)("xmlcharrefreplace")

    def write(text):
        out.write(encoder.encode(text))
    return write, out


class XMLGenerator(handler.ContentHandler):
    """A content handler that writes the events it receives back out as XML.

    `out` is a text or binary file (sys.stdout by default); text written to a
    binary file is encoded with `encoding`, characters it cannot represent
    becoming character references.  With short_empty_elements, an element
    without content is written as <name/>.
    """

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        super().__init__()
        self._emit, self._stream = _text_writer(out, encoding)
        self._encoding = encoding
        self._collapse_empty = short_empty_elements
        self._prefix_of = {}            # namespace URI -> prefix now in scope
        self._saved_scopes = []         # earlier _prefix_of maps, innermost last
        self._to_declare = []           # (prefix, uri) for the next start tag
        self._tag_open = False          # "<name ..." written, its ">" not yet

    def _close_start_tag(self):
        if self._tag_open:
            self._emit(">")
            self._tag_open = False

    def _prefixed(self, pair):
        """The written name of a (uri, localname) pair."""
        uri, local = pair
        if not uri:
            return local
        if uri == "http://www.w3.org/XML/1998/namespace":
            return "xml:" + local
        prefix = self._prefix_of.get(uri)
        return "%s:%s" % (prefix, local) if prefix else local

    def _start_tag(self, name, attributes):
        self._close_start_tag()
        self._emit("<" + name)
        for key, value in attributes:
            self._emit(" %s=%s" % (key, quoteattr(value)))
        self._tag_open = True
        if not self._collapse_empty:
            self._close_start_tag()

    def _end_tag(self, name):
        if self._tag_open:
            self._emit("/>")
            self._tag_open = False
        else:
            self._emit("</" + name + ">")

    def _text(self, content, escaped):
        if not content:
            return
        self._close_start_tag()
        if isinstance(content, bytes):
            content = content.decode(self._encoding)
        self._emit(escape(content) if escaped else content)

    # --- the ContentHandler events ---

    def startDocument(self):
        self._emit('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        if hasattr(self._stream, "flush"):
            self._stream.flush()

    def startPrefixMapping(self, prefix, uri):
        self._saved_scopes.append(dict(self._prefix_of))
        self._prefix_of[uri] = prefix
        self._to_declare.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._prefix_of = self._saved_scopes.pop()

    def startElement(self, name, attrs):
        self._start_tag(name, attrs.items())

    def endElement(self, name):
        self._end_tag(name)

    def startElementNS(self, name, qname, attrs):
        written = [("xmlns:%s" % prefix if prefix else "xmlns", uri)
                   for prefix, uri in self._to_declare]
        self._to_declare = []
        written += [(self._prefixed(key), value) for key, value in attrs.items()]
        self._start_tag(self._prefixed(name), written)

    def endElementNS(self, name, qname):
        self._end_tag(self._prefixed(name))

    def characters(self, content):
        self._text(content, escaped=True)

    def ignorableWhitespace(self, content):
        self._text(content, escaped=False)

    def processingInstruction(self, target, data):
        self._close_start_tag()
        self._emit("<?%s %s?>" % (target, data))


def _forwarder(where, method):
    """A method passing its call on to the same method of self.<where>."""
    def forward(self, *args):
        return getattr(getattr(self, where), method)(*args)
    forward.__name__ = forward.__qualname__ = method
    forward.__doc__ = "Pass %s() on to the filter's own handler." % method
    return forward


class XMLFilterBase(xmlreader.XMLReader):
    """A reader that sits between a parent reader and the application.

    parse() makes the filter every handler of the parent; each event is then
    passed on unchanged to the handlers installed on the filter.  Subclasses
    override the events they want to change.  Features, properties and the
    locale are those of the parent.
    """

    def __init__(self, parent=None):
        super().__init__()
        self._parent = parent

    def parse(self, source):
        for install in ("setContentHandler", "setErrorHandler", "setEntityResolver",
                        "setDTDHandler"):
            getattr(self._parent, install)(self)
        self._parent.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


# Events go to the filter's handlers; reader settings go to the parent.
for _where, _methods in (
        ("_content", ("setDocumentLocator", "startDocument", "endDocument",
                      "startPrefixMapping", "endPrefixMapping", "startElement",
                      "endElement", "startElementNS", "endElementNS", "characters",
                      "ignorableWhitespace", "processingInstruction", "skippedEntity")),
        ("_errors", ("error", "fatalError", "warning")),
        ("_dtd", ("notationDecl", "unparsedEntityDecl")),
        ("_resolver", ("resolveEntity",)),
        ("_parent", ("setLocale", "getFeature", "setFeature", "getProperty",
                     "setProperty"))):
    for _method in _methods:
        setattr(XMLFilterBase, _method, _forwarder(_where, _method))
del _where, _methods, _method


def _source_from_stream(stream):
    source = xmlreader.InputSource()
    # read(0) costs nothing and tells text files from binary ones.
    if isinstance(stream.read(0), str):
        source.setCharacterStream(stream)
    else:
        source.setByteStream(stream)
    name = getattr(stream, "name", None)
    if isinstance(name, str):
        source.setSystemId(name)
    return source


def _local_path(system_id, base):
    """The file a system id names: relative to the base document when that
    file exists, with any "file:" URL scheme removed."""
    for scheme in ("file://", "file:"):
        if system_id.startswith(scheme):
            system_id = system_id[len(scheme):]
            break
    beside_base = os.path.join(os.path.dirname(base), system_id)
    return beside_base if os.path.isfile(beside_base) else system_id


def prepare_input_source(source, base=""):
    """An InputSource with an open stream, made from a file name, a path, a
    file object or an InputSource (whose system id is opened if it has no
    stream yet)."""
    if isinstance(source, (str, os.PathLike)):
        source = xmlreader.InputSource(os.fspath(source))
    elif hasattr(source, "read"):
        source = _source_from_stream(source)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        path = _local_path(source.getSystemId(), base)
        source.setSystemId(path)
        source.setByteStream(open(path, "rb"))
    return source
