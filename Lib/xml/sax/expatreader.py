"""The SAX driver for the expat parser: ExpatParser turns expat's callbacks
into SAX events; create_parser() is what xml.sax.make_parser() calls."""

version = "0.20"

from xml.sax._exceptions import (SAXException, SAXNotRecognizedException,
                                 SAXNotSupportedException, SAXParseException,
                                 SAXReaderNotAvailable)
from xml.sax import handler, saxutils, xmlreader

try:
    from xml.parsers import expat
except ImportError:
    raise SAXReaderNotAvailable("expat not supported", None)
if not hasattr(expat, "ParserCreate"):
    raise SAXReaderNotAvailable("expat not supported", None)

AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl


class ExpatLocator(xmlreader.Locator):
    """The position of the parser's current event, for the content handler."""

    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        parser = self._reader._parser
        return None if parser is None else parser.ErrorColumnNumber

    def getLineNumber(self):
        parser = self._reader._parser
        return 1 if parser is None else parser.ErrorLineNumber

    def getPublicId(self):
        return self._reader._source.getPublicId()

    def getSystemId(self):
        return self._reader._source.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """A SAX2 reader built on xml.parsers.expat."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False
        self._entity_stack = []
        self._external_ges = 0
        self._interning = None
        self._namespace_prefixes = 0

    # --- the XMLReader interface ---

    def parse(self, source):
        source = saxutils.prepare_input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, source)
        except:
            # Close what prepare_input_source() opened, then re-raise.
            self._close_source()
            raise

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            self._parser.SetBase(source.getSystemId())

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)
        if self._parsing:
            self._install_handlers()

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name == handler.feature_string_interning:
            return self._interning is not None
        if name in (handler.feature_validation, handler.feature_external_pes):
            return 0
        if name == handler.feature_namespace_prefixes:
            return self._namespace_prefixes
        if name == handler.feature_external_ges:
            return self._external_ges
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name == handler.feature_external_ges:
            self._external_ges = state
        elif name == handler.feature_string_interning:
            if state:
                if self._interning is None:
                    self._interning = {}
            else:
                self._interning = None
        elif name == handler.feature_validation:
            if state:
                raise SAXNotSupportedException("expat does not support validation")
        elif name == handler.feature_external_pes:
            if state:
                raise SAXNotSupportedException(
                    "expat does not read external parameter entities")
        elif name == handler.feature_namespace_prefixes:
            self._namespace_prefixes = state
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        if name == handler.property_interning_dict:
            return self._interning
        if name == handler.property_xml_string:
            if self._parser is None:
                raise SAXNotSupportedException(
                    "This property is only available during parsing")
            return self._parser.GetInputContext()
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler_prop = value
            if self._parsing:
                self._install_lexical_handlers()
        elif name == handler.property_interning_dict:
            self._interning = value
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    # --- the IncrementalParser interface ---

    def feed(self, data, isFinal=False):
        if not self._parsing:
            if self._parser is None:
                self.reset()    # parse() has already made a parser
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as exc:
            error = SAXParseException(expat.ErrorString(exc.code), exc, self)
            self._err_handler.fatalError(error)

    def _close_source(self):
        source = self._source
        for stream in (source.getCharacterStream(), source.getByteStream()):
            if stream is not None:
                stream.close()

    def close(self):
        if self._entity_stack or self._parser is None:
            return      # an external entity's parser: its document goes on
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
        finally:
            self._parsing = False
            self._parser = None     # drops the handlers it refers to
            self._close_source()

    def reset(self):
        separator = " " if self._namespaces else None
        self._parser = expat.ParserCreate(self._source.getEncoding(), separator,
                                          intern=self._interning)
        if self._namespaces:
            self._parser.namespace_prefixes = 1
        self._install_handlers()
        self._install_lexical_handlers()
        self._parsing = False
        self._entity_stack = []

    def _install_handlers(self):
        parser = self._parser
        if self._namespaces:
            parser.StartElementHandler = self._start_element_ns
            parser.EndElementHandler = self._end_element_ns
        else:
            parser.StartElementHandler = self._start_element
            parser.EndElementHandler = self._end_element
        parser.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        parser.CharacterDataHandler = self._cont_handler.characters
        parser.UnparsedEntityDeclHandler = self._unparsed_entity
        parser.NotationDeclHandler = self._notation
        parser.StartNamespaceDeclHandler = self._cont_handler.startPrefixMapping
        parser.EndNamespaceDeclHandler = self._cont_handler.endPrefixMapping
        parser.ExternalEntityRefHandler = self._external_entity
        parser.SkippedEntityHandler = self._skipped_entity

    def _install_lexical_handlers(self):
        lexical = self._lex_handler_prop
        parser = self._parser
        if lexical is None:
            parser.CommentHandler = parser.StartDoctypeDeclHandler = None
            parser.EndDoctypeDeclHandler = None
            parser.StartCdataSectionHandler = parser.EndCdataSectionHandler = None
            return
        parser.CommentHandler = lexical.comment
        parser.StartDoctypeDeclHandler = self._start_doctype
        parser.EndDoctypeDeclHandler = lexical.endDTD
        parser.StartCdataSectionHandler = lexical.startCDATA
        parser.EndCdataSectionHandler = lexical.endCDATA

    # --- the Locator interface ---

    def getColumnNumber(self):
        return None if self._parser is None else self._parser.ErrorColumnNumber

    def getLineNumber(self):
        return 1 if self._parser is None else self._parser.ErrorLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # --- expat callbacks ---

    def _start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def _end_element(self, name):
        self._cont_handler.endElement(name)

    def _split(self, expat_name):
        """expat's "uri local [prefix]" -> ((uri, local), qualified name)."""
        parts = expat_name.split(" ")
        if len(parts) == 1:
            return (None, expat_name), expat_name
        if len(parts) == 3:
            return (parts[0], parts[1]), "%s:%s" % (parts[2], parts[1])
        return (parts[0], parts[1]), parts[1]

    def _start_element_ns(self, name, attrs):
        pair, qname = self._split(name)
        if not self._namespace_prefixes:
            qname = None
        values = {}
        qnames = {}
        for raw, value in attrs.items():
            key, attr_qname = self._split(raw)
            values[key] = value
            qnames[key] = attr_qname
        self._cont_handler.startElementNS(pair, qname, AttributesNSImpl(values, qnames))

    def _end_element_ns(self, name):
        pair, qname = self._split(name)
        self._cont_handler.endElementNS(pair, qname if self._namespace_prefixes else None)

    def _start_doctype(self, name, system_id, public_id, has_internal_subset):
        self._lex_handler_prop.startDTD(name, public_id, system_id)

    def _unparsed_entity(self, name, base, system_id, public_id, notation_name):
        self._dtd_handler.unparsedEntityDecl(name, public_id, system_id, notation_name)

    def _notation(self, name, base, system_id, public_id):
        self._dtd_handler.notationDecl(name, public_id, system_id)

    def _skipped_entity(self, name, is_parameter_entity):
        self._cont_handler.skippedEntity("%" + name if is_parameter_entity else name)

    def _external_entity(self, context, base, system_id, public_id):
        if not self._external_ges:
            return 1    # external entities are not read unless asked for
        source = self._ent_handler.resolveEntity(public_id, system_id)
        source = saxutils.prepare_input_source(source, self._source.getSystemId() or "")
        self._entity_stack.append((self._parser, self._source))
        self._parser = self._parser.ExternalEntityParserCreate(context)
        self._source = source
        try:
            xmlreader.IncrementalParser.parse(self, source)
        except SAXException:
            return 0
        finally:
            self._parser, self._source = self._entity_stack.pop()
        return 1


def create_parser(*args, **kwargs):
    """A new ExpatParser (what xml.sax.make_parser() returns)."""
    return ExpatParser(*args, **kwargs)
