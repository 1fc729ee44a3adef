"""The SAX handler interfaces (content, errors, DTD, entity resolution,
lexical events) and the names of the standard SAX features and properties.

Applications subclass these and override what they need; the base methods
do nothing (ErrorHandler raises errors and prints warnings).  A reader calls
them in document order, so a handler can rebuild the document as it goes:

    class TitlePrinter(ContentHandler):
        def startElement(self, tag, attributes):
            self.in_title = tag == "title"
        def characters(self, text):
            if self.in_title:
                print(text, end="")

    xml.sax.parseString(b"<doc><title>Hi</title></doc>", TitlePrinter())
"""

version = "2.0beta"


class ErrorHandler:
    """Receives the problems a reader finds.

    Install one with XMLReader.setErrorHandler().  Each method gets a
    SAXParseException; raising it stops the parse, returning lets the reader
    go on when it can.
    """

    def error(self, exception):
        """A recoverable error (such as a validity error): raised by default."""
        raise exception

    def fatalError(self, exception):
        """An error the reader cannot continue after (such as malformed XML):
        raised by default."""
        raise exception

    def warning(self, exception):
        """A warning: printed by default, then parsing continues."""
        print(exception)


class ContentHandler:
    """Receives the logical content of the document, event by event.

    This is the interface most applications implement.  In namespace mode
    (feature_namespaces on) the *NS element methods are called instead of
    startElement() and endElement().
    """

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        """Called before any other event with a Locator, whose getLineNumber()
        and getColumnNumber() tell where the current event comes from.  It is
        only meaningful during the callbacks."""
        self._locator = locator

    def startDocument(self):
        """The document begins: the first event after setDocumentLocator()."""

    def endDocument(self):
        """The document ended: the very last event, not sent when a fatal
        error stopped the parse."""

    def startPrefixMapping(self, prefix, uri):
        """A namespace prefix comes into scope, before the start of the element
        declaring it (namespace mode only; prefix is None for the default)."""

    def endPrefixMapping(self, prefix):
        """A namespace prefix goes out of scope, after the end of the element
        that declared it."""

    def startElement(self, name, attrs):
        """An element starts (non-namespace mode).  name is the raw tag name;
        attrs is an Attributes object, only valid during the call."""

    def endElement(self, name):
        """An element ends (non-namespace mode)."""

    def startElementNS(self, name, qname, attrs):
        """An element starts (namespace mode).  name is a (uri, localname)
        pair, uri None for no namespace; qname is the raw name when the
        namespace-prefixes feature is on, else None."""

    def endElementNS(self, name, qname):
        """An element ends (namespace mode)."""

    def characters(self, content):
        """A piece of character data.  One run of text may arrive in several
        pieces; join them if the whole text matters."""

    def ignorableWhitespace(self, whitespace):
        """White space that a validating reader knows to be insignificant
        (element content).  Non-validating readers use characters() instead."""

    def processingInstruction(self, target, data):
        """A processing instruction (never the XML declaration)."""

    def skippedEntity(self, name):
        """An entity the reader did not expand, for instance an external one
        when external entities are not read; parameter entities start with %."""


class DTDHandler:
    """Receives the two DTD declarations a non-validating reader must report,
    so that applications can resolve the unparsed entities that attribute
    values of type ENTITY name."""

    def notationDecl(self, name, publicId, systemId):
        """A notation declaration."""

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        """An unparsed entity declaration; ndata names its notation."""


class EntityResolver:
    """Decides where external entities are read from.

    resolveEntity() may return a system identifier or an InputSource; by
    default the entity's own system identifier is used.
    """

    def resolveEntity(self, publicId, systemId):
        """Where to read the entity from: here, its own system identifier
        (a file name or URL relative to the document)."""
        return systemId


class LexicalHandler:
    """Optional events about comments, the DTD and CDATA sections.

    Install one with the property_lexical_handler property.
    """

    def comment(self, content):
        """A comment, anywhere in the document."""

    def startDTD(self, name, public_id, system_id):
        """The document type declaration begins (ids are None when absent)."""

    def endDTD(self):
        """The document type declaration ended."""

    def startCDATA(self):
        """A CDATA section begins; its text comes through the content
        handler's characters(), as any other text."""

    def endCDATA(self):
        """A CDATA section ended."""


# --- standard features and properties ------------------------------------------
# Readers are configured with setFeature(name, bool) and setProperty(name, value)
# using these names.

_SAX_FEATURE = "http://xml.org/sax/features/"
_SAX_PROPERTY = "http://xml.org/sax/properties/"
_PYTHON_PROPERTY = "http://www.python.org/sax/properties/"

# report namespace URIs and local names (startElementNS and friends)
feature_namespaces = _SAX_FEATURE + "namespaces"
# also report prefixed names and the xmlns attributes
feature_namespace_prefixes = _SAX_FEATURE + "namespace-prefixes"
# names are interned strings
feature_string_interning = _SAX_FEATURE + "string-interning"
# report validity errors (expat cannot)
feature_validation = _SAX_FEATURE + "validation"
# read external general (text) entities
feature_external_ges = _SAX_FEATURE + "external-general-entities"
# read external parameter entities and the external DTD subset
feature_external_pes = _SAX_FEATURE + "external-parameter-entities"

all_features = [feature_namespaces, feature_namespace_prefixes,
                feature_string_interning, feature_validation,
                feature_external_ges, feature_external_pes]

# a LexicalHandler receiving comments, DTD and CDATA boundaries
property_lexical_handler = _SAX_PROPERTY + "lexical-handler"
# a handler for the DTD's declarations
property_declaration_handler = _SAX_PROPERTY + "declaration-handler"
# while walking a DOM, the node being visited
property_dom_node = _SAX_PROPERTY + "dom-node"
# the text of the markup behind the current event
property_xml_string = _SAX_PROPERTY + "xml-string"
# the encoding of the input
property_encoding = _PYTHON_PROPERTY + "encoding"
# the dictionary used to intern names
property_interning_dict = _PYTHON_PROPERTY + "interning-dict"

all_properties = [property_lexical_handler, property_dom_node,
                  property_declaration_handler, property_xml_string,
                  property_encoding, property_interning_dict]
