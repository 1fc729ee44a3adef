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
    """A content handler writing the events it receives as XML to `out`."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        self._write, self._out = _text_writer(out, encoding)
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        self._ns_contexts = [{}]         # stack of {uri: prefix}
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []    # (prefix, uri) to declare on the next element
        self._start_pending = False      # "<name ..." written, ">" not yet

    def _finish_start_tag(self):
        if self._start_pending:
            self._write(">")
            self._start_pending = False

    def _qname(self, name):
        """Prefixed form of a (uri, localname) pair, using the declared mappings."""
        uri, local = name
        if uri:
            if uri == "http://www.w3.org/XML/1998/namespace":
                return "xml:" + local
            prefix = self._current_context.get(uri)
            if prefix:
                return prefix + ":" + local
        return local

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        flush = getattr(self._out, "flush", None)
        if flush is not None:
            flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def _open_tag(self, name, attributes):
        self._finish_start_tag()
        self._write("<" + name)
        for key, value in attributes:
            self._write(" %s=%s" % (key, quoteattr(value)))
        if self._short_empty_elements:
            self._start_pending = True
        else:
            self._write(">")

    def _close_tag(self, name):
        if self._start_pending:
            self._write("/>")
            self._start_pending = False
        else:
            self._write("</%s>" % name)

    def startElement(self, name, attrs):
        self._open_tag(name, attrs.items())

    def endElement(self, name):
        self._close_tag(name)

    def startElementNS(self, name, qname, attrs):
        pairs = []
        for prefix, uri in self._undeclared_ns_maps:
            pairs.append(("xmlns:" + prefix if prefix else "xmlns", uri))
        self._undeclared_ns_maps = []
        pairs.extend((self._qname(key), value) for key, value in attrs.items())
        self._open_tag(self._qname(name), pairs)

    def endElementNS(self, name, qname):
        self._close_tag(self._qname(name))

    def characters(self, content):
        if content:
            self._finish_start_tag()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_start_tag()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_start_tag()
        self._write("<?%s %s?>" % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """An XMLReader between a parent reader and the application's handlers.

    It passes every event through unchanged; subclasses override the
    events they want to alter.
    """

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # ErrorHandler
    def error(self, exception):
        self._err_handler.error(exception)

    def fatalError(self, exception):
        self._err_handler.fatalError(exception)

    def warning(self, exception):
        self._err_handler.warning(exception)

    # ContentHandler
    def setDocumentLocator(self, locator):
        self._cont_handler.setDocumentLocator(locator)

    def startDocument(self):
        self._cont_handler.startDocument()

    def endDocument(self):
        self._cont_handler.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._cont_handler.startElement(name, attrs)

    def endElement(self, name):
        self._cont_handler.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._cont_handler.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._cont_handler.endElementNS(name, qname)

    def characters(self, content):
        self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars):
        self._cont_handler.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._cont_handler.skippedEntity(name)

    # DTDHandler
    def notationDecl(self, name, publicId, systemId):
        self._dtd_handler.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    # EntityResolver
    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    # XMLReader: the filter installs itself as every handler of its parent.
    def parse(self, source):
        parent = self._parent
        parent.setContentHandler(self)
        parent.setErrorHandler(self)
        parent.setEntityResolver(self)
        parent.setDTDHandler(self)
        parent.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def prepare_input_source(source, base=""):
    """Turn a file name, path, file object or InputSource into an InputSource
    with an open stream."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = xmlreader.InputSource()
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, str):
            source.setSystemId(name)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        system_id = source.getSystemId()
        path = os.path.join(os.path.dirname(base), system_id)
        if not os.path.isfile(path):
            path = system_id
        for scheme in ("file://", "file:"):
            if path.startswith(scheme):
                path = path[len(scheme):]    # a file URL names a local path
                break
        source.setSystemId(path)
        source.setByteStream(open(path, "rb"))
    return source
