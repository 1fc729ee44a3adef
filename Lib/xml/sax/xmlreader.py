"""The reader side of SAX: the XMLReader interface that parsers implement,
its incremental variant, input sources, locators and attribute collections."""

from . import handler
from ._exceptions import SAXNotRecognizedException, SAXNotSupportedException


def _stored(attribute, what):
    """A (getter, setter) pair of methods keeping `what` in self.<attribute>."""
    def getter(self):
        return getattr(self, attribute)

    def setter(self, value):
        setattr(self, attribute, value)
    getter.__doc__ = "Return the %s." % what
    setter.__doc__ = "Set the %s." % what
    return getter, setter


def _unrecognized(kind, name):
    raise SAXNotRecognizedException("%s '%s' not recognized" % (kind, name))


def _must_override(reader, method):
    raise NotImplementedError("%s must implement %s()" % (type(reader).__name__, method))


class XMLReader:
    """What every SAX parser offers: handlers, features, properties, parse().

    Handlers start as the do-nothing (or, for errors, raising) defaults of
    xml.sax.handler.  Readers that know no features or properties refuse
    every name with SAXNotRecognizedException.
    """

    def __init__(self):
        self._content = handler.ContentHandler()
        self._dtd = handler.DTDHandler()
        self._resolver = handler.EntityResolver()
        self._errors = handler.ErrorHandler()

    getContentHandler, setContentHandler = _stored("_content", "content handler")
    getDTDHandler, setDTDHandler = _stored("_dtd", "DTD handler")
    getEntityResolver, setEntityResolver = _stored("_resolver", "entity resolver")
    getErrorHandler, setErrorHandler = _stored("_errors", "error handler")

    def parse(self, source):
        """Parse a whole document, given by system id (file name) or InputSource."""
        _must_override(self, "parse")

    def setLocale(self, locale):
        """Choose the language of error messages; only the default exists."""
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        """The state of a feature (a name from xml.sax.handler.all_features)."""
        _unrecognized("Feature", name)

    def setFeature(self, name, state):
        """Turn a feature on or off (before parsing starts)."""
        _unrecognized("Feature", name)

    def getProperty(self, name):
        """The value of a property (a name from xml.sax.handler.all_properties)."""
        _unrecognized("Property", name)

    def setProperty(self, name, value):
        """Set a property, such as the lexical handler."""
        _unrecognized("Property", name)


class IncrementalParser(XMLReader):
    """A reader that can also be fed a document piece by piece.

    Its parse() reads the input source `bufsize` characters or bytes at a
    time and feeds them, so subclasses only implement feed(),
    prepareParser(), close() and reset().
    """

    def __init__(self, bufsize=2 ** 16):
        super().__init__()
        self._chunk_size = bufsize

    def parse(self, source):
        from .saxutils import prepare_input_source
        source = prepare_input_source(source)
        self.prepareParser(source)
        stream = source.getCharacterStream() or source.getByteStream()
        for chunk in iter(lambda: stream.read(self._chunk_size), stream.read(0)):
            self.feed(chunk)
        self.close()

    def feed(self, data):
        """Parse another piece of the document."""
        _must_override(self, "feed")

    def prepareParser(self, source):
        """Get ready to parse `source` (parse() calls it before feeding)."""
        _must_override(self, "prepareParser")

    def close(self):
        """The document is complete: check it and report the last events."""
        _must_override(self, "close")

    def reset(self):
        """Forget the current document, to parse a new one."""
        _must_override(self, "reset")


class Locator:
    """Where the current event comes from; this base knows nothing (-1/None)."""

    def getColumnNumber(self):
        """Column of the current event, counted from 0 (-1: unknown)."""
        return -1

    def getLineNumber(self):
        """Line of the current event, counted from 1 (-1: unknown)."""
        return -1

    def getPublicId(self):
        """Public identifier of the entity being read, if any."""
        return None

    def getSystemId(self):
        """System identifier (file name or URL) of the entity being read, if any."""
        return None


class InputSource:
    """Where a document comes from: its identifiers, its encoding, and the
    byte or character stream to read it from.  A reader prefers the
    character stream, then the byte stream, then opens the system id."""

    def __init__(self, system_id=None):
        self._system_id = system_id
        self._public_id = self._encoding = None
        self._byte_stream = self._character_stream = None

    getPublicId, setPublicId = _stored("_public_id", "public identifier")
    getSystemId, setSystemId = _stored("_system_id", "system identifier")
    getEncoding, setEncoding = _stored("_encoding", "character encoding")
    getByteStream, setByteStream = _stored("_byte_stream", "binary file object")
    getCharacterStream, setCharacterStream = _stored("_character_stream",
                                                     "text file object")


class AttributesImpl:
    """An element's attributes in non-namespace mode: a read-only mapping from
    attribute names to values, with the SAX Attributes methods."""

    def __init__(self, attrs):
        self._values = attrs

    def __len__(self):
        return self._values.__len__()

    def __getitem__(self, name):
        return self._values.__getitem__(name)

    def __contains__(self, name):
        return self._values.__contains__(name)

    def get(self, name, alternative=None):
        return self._values.get(name, alternative)

    def keys(self):
        return [*self._values]

    def items(self):
        return [*self._values.items()]

    def values(self):
        return [*self._values.values()]

    def copy(self):
        """A new Attributes object over the same values."""
        return type(self)(self._values)

    def getType(self, name):
        """Without a DTD every attribute is CDATA."""
        return "CDATA"

    def _checked(self, name):
        if name in self._values:
            return name
        raise KeyError(name)

    # Without namespaces, names and qualified names are the same thing.
    getLength = __len__
    getValue = getValueByQName = __getitem__
    getNames = getQNames = keys
    getNameByQName = getQNameByName = _checked


class AttributesNSImpl(AttributesImpl):
    """Attributes in namespace mode: keys are (uri, localname) pairs, and each
    also has a qualified name ("prefix:local")."""

    def __init__(self, attrs, qnames):
        super().__init__(attrs)
        self._qualified = qnames        # (uri, localname) -> qualified name

    def getNameByQName(self, name):
        found = [key for key, qualified in self._qualified.items() if qualified == name]
        if not found:
            raise KeyError(name)
        return found[0]

    def getValueByQName(self, name):
        return self._values[self.getNameByQName(name)]

    def getQNameByName(self, name):
        return self._qualified[name]

    def getQNames(self):
        return [*self._qualified.values()]

    def copy(self):
        return type(self)(self._values, self._qualified)
