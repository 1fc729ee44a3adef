"""The SAX handler interfaces (content, errors, DTD, entity resolution,
lexical events) and the names of the standard SAX features and properties.

Applications subclass these and override what they need; the base methods
do nothing (ErrorHandler raises errors and prints warnings).
"""

version = "2.0beta"


class ErrorHandler:
    """Receives errors and warnings; by default errors are raised."""

    def error(self, exception):
        """A recoverable error."""
        raise exception

    def fatalError(self, exception):
        """An error after which parsing cannot go on."""
        raise exception

    def warning(self, exception):
        """A warning: printed."""
        print(exception)


class ContentHandler:
    """Receives the logical content of the document, event by event."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        """Called first with an object telling where in the document events come from."""
        self._locator = locator

    def startDocument(self):
        """The document begins."""

    def endDocument(self):
        """The document ended (the last event)."""

    def startPrefixMapping(self, prefix, uri):
        """A namespace prefix comes into scope (namespace mode only)."""

    def endPrefixMapping(self, prefix):
        """A namespace prefix goes out of scope."""

    def startElement(self, name, attrs):
        """An element starts (non-namespace mode); attrs is an Attributes object."""

    def endElement(self, name):
        """An element ends (non-namespace mode)."""

    def startElementNS(self, name, qname, attrs):
        """An element starts (namespace mode); name is a (uri, localname) pair."""

    def endElementNS(self, name, qname):
        """An element ends (namespace mode)."""

    def characters(self, content):
        """A piece of character data (one run of text may come in several pieces)."""

    def ignorableWhitespace(self, whitespace):
        """White space a validating parser knows to be insignificant."""

    def processingInstruction(self, target, data):
        """A processing instruction."""

    def skippedEntity(self, name):
        """An entity the parser did not expand."""


class DTDHandler:
    """Receives the DTD declarations a non-validating parser must report."""

    def notationDecl(self, name, publicId, systemId):
        """A notation declaration."""

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        """An unparsed (NDATA) entity declaration."""


class EntityResolver:
    """Maps external entities to input sources; by default the system id is used."""

    def resolveEntity(self, publicId, systemId):
        return systemId


class LexicalHandler:
    """Optional events about comments, the DTD and CDATA sections."""

    def comment(self, content):
        """A comment."""

    def startDTD(self, name, public_id, system_id):
        """The document type declaration begins."""

    def endDTD(self):
        """The document type declaration ended."""

    def startCDATA(self):
        """A CDATA section begins."""

    def endCDATA(self):
        """A CDATA section ended."""


# --- standard features ---------------------------------------------------------
feature_namespaces = "http://xml.org/sax/features/namespaces"
# true: report namespace URIs and local names (startElementNS and friends)
feature_namespace_prefixes = "http://xml.org/sax/features/namespace-prefixes"
# true: also report prefixed names and xmlns attributes
feature_string_interning = "http://xml.org/sax/features/string-interning"
# true: names are interned strings
feature_validation = "http://xml.org/sax/features/validation"
# true: report validity errors
feature_external_ges = "http://xml.org/sax/features/external-general-entities"
# true: include external general (text) entities
feature_external_pes = "http://xml.org/sax/features/external-parameter-entities"
# true: include external parameter entities and the external DTD subset

all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]

# --- standard properties ---------------------------------------------------------
property_lexical_handler = "http://xml.org/sax/properties/lexical-handler"
# a LexicalHandler receiving comments, DTD and CDATA boundaries
property_declaration_handler = "http://xml.org/sax/properties/declaration-handler"
# a handler for the DTD declarations
property_dom_node = "http://xml.org/sax/properties/dom-node"
# while parsing, the DOM node being visited
property_xml_string = "http://xml.org/sax/properties/xml-string"
# the text of the current event
property_encoding = "http://www.python.org/sax/properties/encoding"
# the encoding of the input
property_interning_dict = "http://www.python.org/sax/properties/interning-dict"
# the dictionary used to intern names

all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]
