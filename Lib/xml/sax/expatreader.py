"""The SAX driver for the expat parser.

ExpatParser turns the callbacks of an xml.parsers.expat parser into SAX
events; create_parser() is the function xml.sax.make_parser() looks for in
a driver module.
"""

version = "0.20"

from xml.sax import handler, saxutils, xmlreader
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException,
                                 SAXNotSupportedException, SAXParseException,
                                 SAXReaderNotAvailable)

try:
    from xml.parsers import expat
except ImportError:
    raise SAXReaderNotAvailable("expat not supported", None)
if not hasattr(expat, "ParserCreate"):
    raise SAXReaderNotAvailable("expat not supported", None)

AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl

# Features that are fixed: asking for them on is refused with this message.
_FIXED_OFF = {
    handler.feature_validation: "expat does not support validation",
    handler.feature_external_pes: "expat does not read external parameter entities",
}


class ExpatLocator(xmlreader.Locator):
    """The locator handed to the content handler: it asks the reader each time,
    so it follows the parse without keeping the reader's parser alive."""

    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        return self._reader.getColumnNumber()

    def getLineNumber(self):
        return self._reader.getLineNumber()

    def getPublicId(self):
        return self._reader.getPublicId()

    def getSystemId(self):
        return self._reader.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """A SAX2 reader built on xml.parsers.expat (non-validating)."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        super().__init__(bufsize)
        self._input = xmlreader.InputSource()
        self._expat = None          # the expat parser of the current document
        self._active = False        # between the first feed() and close()
        self._outer = []            # (parser, input) of documents that include this one
        self._lexical = None
        # feature values
        self._namespaces = namespaceHandling
        self._ns_prefixes = 0
        self._read_external = 0
        self._intern_dict = None

    # --- XMLReader ---

    def parse(self, source):
        self._input = source = saxutils.prepare_input_source(source)
        try:
            self.reset()
            self._content.setDocumentLocator(ExpatLocator(self))
            super().parse(source)
        except BaseException:
            self._close_streams()
            raise

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            self._expat.SetBase(source.getSystemId())

    def setContentHandler(self, handler):
        super().setContentHandler(handler)
        if self._active:
            self._connect()

    def getFeature(self, name):
        values = {
            handler.feature_namespaces: self._namespaces,
            handler.feature_namespace_prefixes: self._ns_prefixes,
            handler.feature_string_interning: self._intern_dict is not None,
            handler.feature_external_ges: self._read_external,
            handler.feature_validation: 0,
            handler.feature_external_pes: 0,
        }
        if name not in values:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)
        return values[name]

    def setFeature(self, name, state):
        if self._active:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name in _FIXED_OFF:
            if state:
                raise SAXNotSupportedException(_FIXED_OFF[name])
        elif name == handler.feature_namespaces:
            self._namespaces = state
        elif name == handler.feature_namespace_prefixes:
            self._ns_prefixes = state
        elif name == handler.feature_external_ges:
            self._read_external = state
        elif name == handler.feature_string_interning:
            # Keep an existing dictionary when interning is asked for again.
            self._intern_dict = (self._intern_dict if self._intern_dict is not None
                                 else {}) if state else None
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lexical
        if name == handler.property_interning_dict:
            return self._intern_dict
        if name == handler.property_xml_string:
            if self._expat is None:
                raise SAXNotSupportedException(
                    "This property is only available during parsing")
            return self._expat.GetInputContext()
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lexical = value
            if self._active:
                self._connect_lexical()
        elif name == handler.property_interning_dict:
            self._intern_dict = value
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    # --- IncrementalParser ---

    def feed(self, data, isFinal=False):
        if not self._active:
            if self._expat is None:
                self.reset()        # parse() has made one already
            self._active = True
            self._content.startDocument()
        try:
            self._expat.Parse(data, isFinal)
        except expat.error as exc:
            self._errors.fatalError(SAXParseException(expat.ErrorString(exc.code), exc, self))

    def close(self):
        if self._outer or self._expat is None:
            return      # an included entity: the including document goes on
        try:
            self.feed(b"", isFinal=True)
            self._content.endDocument()
            self._expat = None      # lets go of the handlers it refers to
        finally:
            # After an error the parser is kept, for the locator's sake.
            self._active = False
            self._close_streams()

    def reset(self):
        separator = " " if self._namespaces else None
        self._expat = expat.ParserCreate(self._input.getEncoding(), separator,
                                         intern=self._intern_dict)
        if self._namespaces:
            self._expat.namespace_prefixes = True   # to rebuild qualified names
        self._connect()
        self._connect_lexical()
        self._active = False
        self._outer = []

    def _close_streams(self):
        for stream in (self._input.getCharacterStream(), self._input.getByteStream()):
            if stream is not None:
                stream.close()

    def _connect(self):
        """Point expat's callbacks at this reader and its content handler."""
        parser, content = self._expat, self._content
        if self._namespaces:
            parser.StartElementHandler = self._start_element_ns
            parser.EndElementHandler = self._end_element_ns
        else:
            parser.StartElementHandler = self._start_element
            parser.EndElementHandler = content.endElement
        parser.CharacterDataHandler = content.characters
        parser.ProcessingInstructionHandler = content.processingInstruction
        parser.StartNamespaceDeclHandler = content.startPrefixMapping
        parser.EndNamespaceDeclHandler = content.endPrefixMapping
        parser.SkippedEntityHandler = self._skipped_entity
        parser.NotationDeclHandler = self._notation_decl
        parser.UnparsedEntityDeclHandler = self._unparsed_entity_decl
        parser.ExternalEntityRefHandler = self._external_entity

    def _connect_lexical(self):
        lexical, parser = self._lexical, self._expat
        parser.CommentHandler = lexical and lexical.comment
        parser.StartDoctypeDeclHandler = lexical and self._start_doctype
        parser.EndDoctypeDeclHandler = lexical and lexical.endDTD
        parser.StartCdataSectionHandler = lexical and lexical.startCDATA
        parser.EndCdataSectionHandler = lexical and lexical.endCDATA

    # --- Locator ---

    def getColumnNumber(self):
        return None if self._expat is None else self._expat.ErrorColumnNumber

    def getLineNumber(self):
        return 1 if self._expat is None else self._expat.ErrorLineNumber

    def getPublicId(self):
        return self._input.getPublicId()

    def getSystemId(self):
        return self._input.getSystemId()

    # --- expat callbacks ---

    def _start_element(self, name, attrs):
        self._content.startElement(name, AttributesImpl(attrs))

    @staticmethod
    def _names(expat_name):
        """expat's "uri local prefix" form -> ((uri, local), qualified name)."""
        parts = expat_name.split(" ")
        if len(parts) == 3:
            uri, local, prefix = parts
            return (uri, local), prefix + ":" + local
        if len(parts) == 2:
            return tuple(parts), parts[1]
        return (None, expat_name), expat_name

    def _start_element_ns(self, name, attrs):
        pair, qname = self._names(name)
        values, qnames = {}, {}
        for raw_name, value in attrs.items():
            key, qualified = self._names(raw_name)
            values[key] = value
            qnames[key] = qualified
        self._content.startElementNS(pair, qname if self._ns_prefixes else None,
                                     AttributesNSImpl(values, qnames))

    def _end_element_ns(self, name):
        pair, qname = self._names(name)
        self._content.endElementNS(pair, qname if self._ns_prefixes else None)

    def _start_doctype(self, name, system_id, public_id, has_internal_subset):
        self._lexical.startDTD(name, public_id, system_id)

    def _notation_decl(self, name, base, system_id, public_id):
        self._dtd.notationDecl(name, public_id, system_id)

    def _unparsed_entity_decl(self, name, base, system_id, public_id, notation_name):
        self._dtd.unparsedEntityDecl(name, public_id, system_id, notation_name)

    def _skipped_entity(self, name, is_parameter_entity):
        self._content.skippedEntity(("%" if is_parameter_entity else "") + name)

    def _external_entity(self, context, base, system_id, public_id):
        """Parse an external entity in place, with a child expat parser."""
        if not self._read_external:
            return 1
        found = self._resolver.resolveEntity(public_id, system_id)
        found = saxutils.prepare_input_source(found, self._input.getSystemId() or "")
        self._outer.append((self._expat, self._input))
        self._expat = self._expat.ExternalEntityParserCreate(context)
        self._input = found
        try:
            xmlreader.IncrementalParser.parse(self, found)
        except SAXException:
            return 0
        finally:
            self._expat, self._input = self._outer.pop()
        return 1


def create_parser(*args, **kwargs):
    """A new ExpatParser; the entry point xml.sax.make_parser() uses."""
    return ExpatParser(*args, **kwargs)
