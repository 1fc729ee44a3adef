"""A pure-Python XML 1.0 parser offering the interface of CPython's pyexpat.

CPython wraps the Expat C library; this module re-creates the same callback
API (ParserCreate, the xmlparser object and its handler attributes, the
ExpatError exception and the `errors`/`model` constant modules) on top of a
small tokenizer written with regular expressions.  Documents are read
incrementally: every Parse() call handles the complete tokens it has been
given and keeps the unfinished tail until more data arrives.
"""

import codecs
import re
import sys
import types

EXPAT_VERSION = "expat_2.6.3"
version_info = (2, 6, 3)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0),
            ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0), ("XML_BLAP_MAX_AMP", 100),
            ("XML_BLAP_ACT_THRES", 8388608), ("XML_GE", 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2
expat_CAPI = None

__all__ = ["EXPAT_VERSION", "ErrorString", "ExpatError", "ParserCreate", "XMLParserType",
           "XML_PARAM_ENTITY_PARSING_ALWAYS", "XML_PARAM_ENTITY_PARSING_NEVER",
           "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", "error", "errors", "expat_CAPI",
           "features", "model", "native_encoding", "version_info"]


# --- the `errors` and `model` submodules -----------------------------------

# Expat's error numbers, in order from 1, with their symbolic names.
_ERROR_TABLE = [
    ("NO_MEMORY", "out of memory"),
    ("SYNTAX", "syntax error"),
    ("NO_ELEMENTS", "no element found"),
    ("INVALID_TOKEN", "not well-formed (invalid token)"),
    ("UNCLOSED_TOKEN", "unclosed token"),
    ("PARTIAL_CHAR", "partial character"),
    ("TAG_MISMATCH", "mismatched tag"),
    ("DUPLICATE_ATTRIBUTE", "duplicate attribute"),
    ("JUNK_AFTER_DOC_ELEMENT", "junk after document element"),
    ("PARAM_ENTITY_REF", "illegal parameter entity reference"),
    ("UNDEFINED_ENTITY", "undefined entity"),
    ("RECURSIVE_ENTITY_REF", "recursive entity reference"),
    ("ASYNC_ENTITY", "asynchronous entity"),
    ("BAD_CHAR_REF", "reference to invalid character number"),
    ("BINARY_ENTITY_REF", "reference to binary entity"),
    ("ATTRIBUTE_EXTERNAL_ENTITY_REF", "reference to external entity in attribute"),
    ("MISPLACED_XML_PI", "XML or text declaration not at start of entity"),
    ("UNKNOWN_ENCODING", "unknown encoding"),
    ("INCORRECT_ENCODING", "encoding specified in XML declaration is incorrect"),
    ("UNCLOSED_CDATA_SECTION", "unclosed CDATA section"),
    ("EXTERNAL_ENTITY_HANDLING", "error in processing external entity reference"),
    ("NOT_STANDALONE", "document is not standalone"),
    ("UNEXPECTED_STATE", "unexpected parser state - please send a bug report"),
    ("ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"),
    ("FEATURE_REQUIRES_XML_DTD", "requested feature requires XML_DTD support in Expat"),
    ("CANT_CHANGE_FEATURE_ONCE_PARSING", "cannot change setting once parsing has begun"),
    ("UNBOUND_PREFIX", "unbound prefix"),
    ("UNDECLARING_PREFIX", "must not undeclare prefix"),
    ("INCOMPLETE_PE", "incomplete markup in parameter entity"),
    ("XML_DECL", "XML declaration not well-formed"),
    ("TEXT_DECL", "text declaration not well-formed"),
    ("PUBLICID", "illegal character(s) in public id"),
    ("SUSPENDED", "parser suspended"),
    ("NOT_SUSPENDED", "parser not suspended"),
    ("ABORTED", "parsing aborted"),
    ("FINISHED", "parsing finished"),
    ("SUSPEND_PE", "cannot suspend in external parameter entity"),
    ("RESERVED_PREFIX_XML",
     "reserved prefix (xml) must not be undeclared or bound to another namespace name"),
    ("RESERVED_PREFIX_XMLNS", "reserved prefix (xmlns) must not be declared or undeclared"),
    ("RESERVED_NAMESPACE_URI", "prefix must not be bound to one of the reserved namespace names"),
    ("INVALID_ARGUMENT", "invalid argument"),
    ("NO_BUFFER", "a successful prior call to function XML_GetBuffer is required"),
    ("AMPLIFICATION_LIMIT_BREACH",
     "limit on input amplification factor (from DTD and entities) breached"),
]
_MESSAGES = {number: text for number, (_, text) in enumerate(_ERROR_TABLE, 1)}

errors = types.ModuleType("pyexpat.errors", "Constants used to describe error conditions.")
errors.codes = {}
errors.messages = {}
for _number, (_name, _text) in enumerate(_ERROR_TABLE, 1):
    setattr(errors, "XML_ERROR_" + _name, _text)
    errors.codes[_text] = _number
    errors.messages[_number] = _text

model = types.ModuleType("pyexpat.model", "Constants used to interpret content model information.")
model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED = 1, 2, 3
model.XML_CTYPE_NAME, model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ = 4, 5, 6
model.XML_CQUANT_NONE, model.XML_CQUANT_OPT = 0, 1
model.XML_CQUANT_REP, model.XML_CQUANT_PLUS = 2, 3
_QUANTIFIERS = {"": 0, "?": 1, "*": 2, "+": 3}

sys.modules.setdefault("pyexpat.errors", errors)
sys.modules.setdefault("pyexpat.model", model)


class ExpatError(Exception):
    """Raised when the parser meets malformed XML; carries code, lineno and offset."""


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    """The message Expat uses for error number `code` (None when unknown)."""
    return _MESSAGES.get(code)


# --- lexical building blocks ------------------------------------------------

_NAME_START = (":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
               "\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF"
               "\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_NAME_MORE = _NAME_START + r"\-.0-9\u00B7\u0300-\u036F\u203F\u2040"
_NAME = "[%s][%s]*" % (_NAME_START, _NAME_MORE)
_NAME_RE = re.compile(_NAME)
_NMTOKEN_RE = re.compile("[%s]+" % _NAME_MORE)
_SPACE_RE = re.compile(r"[ \t\n]*")
_EQ_RE = re.compile(r"[ \t\n]*=[ \t\n]*")
_TEXT_RE = re.compile(r"[^<&]*")
_LINE_PIECES = re.compile(r"\n|[^\n]+")
# Code points XML 1.0 does not allow anywhere in a document.
_BAD_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ENTITY_REF_RE = re.compile(r"&([^#;&][^;&]*);")
_CHAR_REF_RE = re.compile(r"#(?:x([0-9a-fA-F]+)|([0-9]+));")
_XML_DECL_RE = re.compile(
    r"<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:\"([^\"]*)\"|'([^']*)')"
    r"(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:\"([A-Za-z][\w.\-]*)\"|'([A-Za-z][\w.\-]*)'))?"
    r"(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:\"(yes|no)\"|'(yes|no)'))?[ \t\n]*\?>")
_ENCODING_IN_DECL = re.compile(rb"""encoding[ \t\n]*=[ \t\n]*["']([A-Za-z][\w.\-]*)["']""")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"

# Handler attribute names, in the order CPython lists them.
_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)

# Billion-laughs guard, with Expat's defaults: expansion may not exceed
# 100 times the input once it has produced more than 8 MiB.
_AMPLIFICATION_FACTOR = 100
_AMPLIFICATION_THRESHOLD = 8 * 1024 * 1024

_FLAGS = ("ordered_attributes", "specified_attributes", "namespace_prefixes")
_SETTINGS = ("buffer_text", "buffer_size", "intern")

_PROLOG, _CONTENT, _EPILOG = range(3)
_CONVERSION_BUFFER = 1024


def _utf8_pieces(text, limit):
    """Cut text into pieces of at most `limit` bytes once encoded as UTF-8."""
    if text.isascii():
        return [text[i:i + limit] for i in range(0, len(text), limit)]
    pieces = []
    start = size = 0
    for i, char in enumerate(text):
        width = len(char.encode("utf-8", "surrogatepass"))
        if size + width > limit:
            pieces.append(text[start:i])
            start, size = i, 0
        size += width
    pieces.append(text[start:])
    return pieces


class _Fail(Exception):
    """Internal: a well-formedness error (Expat code) at a buffer position."""

    def __init__(self, code, pos=None):
        Exception.__init__(self, code)
        self.code = code
        self.pos = pos


class _Incomplete(Exception):
    """Internal: the token starting at the current position is not all there yet."""


def _char_from_ref(body):
    """The character named by a reference body such as '#65' or '#x41' (None if invalid)."""
    m = _CHAR_REF_RE.fullmatch(body + ";")
    if m is None:
        return None
    value = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if value in (0x9, 0xA, 0xD) or 0x20 <= value <= 0xD7FF or 0xE000 <= value <= 0xFFFD \
            or 0x10000 <= value <= 0x10FFFF:
        return chr(value)
    return None


def _single_byte_codec(name):
    """A decoder for `name` if Expat would accept it, else raise ExpatError-worthy _Fail."""
    info = codecs.lookup(name)     # LookupError for unknown names, as CPython
    key = info.name.replace("_", "-")
    if key in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "iso8859-1", "ascii",
               "iso-8859-1", "us-ascii"):
        return info.name
    # Expat takes other encodings only when every byte maps to one character.
    try:
        table = bytes(range(256)).decode(info.name, errors="replace")
    except Exception:
        raise _Fail(18)
    if len(table) != 256:
        raise _Fail(18)
    return info.name


class xmlparser:
    """An XML parser; make one with ParserCreate() and set its handler attributes."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self._encoding = encoding
        self._sep = namespace_separator
        self.intern = {} if intern is None else intern
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self._buffer_text = False
        self._buffer_size = 8192
        self._text_parts = []
        self._text_len = 0
        self._reparse_deferral = True
        self._pe_parsing = XML_PARAM_ENTITY_PARSING_NEVER
        self._base = None
        # input side
        self._raw = b""            # bytes kept until the encoding is known
        self._decoder = None
        self._pending_cr = False
        self._buf = ""
        self._pos = 0
        self._bad_at = None        # index of the first illegal character seen
        self._bad_code = 4         # the error to report there
        self._decode_failure = 0   # error code once the bytes could not be decoded
        self._converting = False   # input in an encoding other than UTF-8
        self._is_entity = False    # parsing an external entity, not a document
        self._started = False
        self._finished = False
        self._input_size = 0
        self._expanded = 0
        self._costs = {}           # entity name -> size of its full expansion
        # position of self._pos: line (from 1), column and byte offset
        self._line = 1
        self._col = 0
        self._byte = 0
        self._bytes_per_unit = 0   # 2 for UTF-16 input, 0 = count UTF-8 bytes
        self._frozen = 0           # >0 while expanding an entity's replacement text
        self._error = None
        # document state
        self._state = _PROLOG
        self._stack = []           # (raw tag name, namespace prefixes it declared)
        self._ns = {"xml": _XML_NAMESPACE}
        self._ns_stack = []
        self._entities = {}        # general entities: name -> text, or None if external
        self._unparsed = set()
        self._attr_defaults = {}   # element -> [(attribute, default value)]
        self._attr_types = {}      # (element, attribute) -> declared type
        self._open_entities = []
        self._standalone = -1
        self._has_external_dtd = False
        self._seen_doctype = False
        self._text_decl_done = False

    # --- settings exposed as attributes ---

    @property
    def buffer_text(self):
        return self._buffer_text

    @buffer_text.setter
    def buffer_text(self, value):
        self._flush_text()
        self._buffer_text = bool(value)

    @property
    def buffer_size(self):
        return self._buffer_size

    @buffer_size.setter
    def buffer_size(self, value):
        if not isinstance(value, int):
            raise TypeError("buffer_size must be an integer")
        if value <= 0:
            raise ValueError("buffer_size must be greater than zero")
        if value > 2 ** 31 - 1:
            raise OverflowError("buffer_size must not be greater than %d" % (2 ** 31 - 1))
        self._flush_text()
        self._buffer_size = value

    @property
    def buffer_used(self):
        return self._text_len

    def __setattr__(self, name, value):
        if not isinstance(name, str):
            raise TypeError("attribute name must be string, not '%s'" % type(name).__name__)
        if name in _FLAGS:
            value = bool(value)
        elif name == "CharacterDataHandler":
            self._flush_text()
        elif not (name in _HANDLERS or name.startswith("_") or name in _SETTINGS):
            raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    @property
    def CurrentLineNumber(self):
        return self._line

    @property
    def CurrentColumnNumber(self):
        return self._col

    @property
    def CurrentByteIndex(self):
        return self._byte if self._started else -1

    @property
    def ErrorCode(self):
        return self._error[0] if self._error else 0

    @property
    def ErrorLineNumber(self):
        return self._error[1] if self._error else self._line

    @property
    def ErrorColumnNumber(self):
        return self._error[2] if self._error else self._col

    @property
    def ErrorByteIndex(self):
        return self._error[3] if self._error else self._byte

    # --- small API methods ---

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        if not self._started:
            return None
        return self._buf[self._pos:self._pos + 1024].encode("utf-8")

    def SetParamEntityParsing(self, flag):
        self._pe_parsing = flag
        return 1

    def UseForeignDTD(self, flag=True):
        if self._started:
            self._raise(26, None)
        self._has_external_dtd = bool(flag)

    def GetReparseDeferralEnabled(self):
        return self._reparse_deferral

    def SetReparseDeferralEnabled(self, enabled):
        self._reparse_deferral = bool(enabled)

    def ExternalEntityParserCreate(self, context, encoding=None):
        """A parser for an external entity's text, sharing this parser's handlers."""
        child = xmlparser(encoding, self._sep, self.intern)
        for name in _HANDLERS:
            object.__setattr__(child, name, getattr(self, name))
        child._entities = self._entities
        child._state = _CONTENT
        child._is_entity = True
        return child

    # --- feeding data ---

    def Parse(self, data, isfinal=False):
        """Parse the next chunk of the document; isfinal marks its last one."""
        if self._error is not None:
            raise self._make_error(*self._error)
        if self._finished:
            self._raise(36, None)
        self._started = True
        try:
            if isinstance(data, str):
                if self._decoder is None and not self._raw:
                    self._decoder = False     # str input: no decoding at all
                text = data
            else:
                text = self._decode(bytes(data), isfinal)
            self._input_size += len(text)
            self._append(text, isfinal)
            self._run(isfinal)
            if isfinal:
                self._finish()
            self._compact()
            self._flush_text()
        except _Fail as fail:
            self._raise(fail.code, fail.pos)
        return 1

    def ParseFile(self, file):
        """Parse everything file.read() returns."""
        read = getattr(file, "read", None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")
        while True:
            chunk = read(2048)
            if not chunk:
                break
            if not isinstance(chunk, (bytes, bytearray, str)):
                raise TypeError("read() did not return a bytes object (type=%s)"
                                % type(chunk).__name__)
            self.Parse(chunk, False)
        return self.Parse(b"", True)

    def _decode(self, data, final):
        """Turn bytes into text, settling the encoding from the first bytes if needed."""
        if self._decoder is None:
            self._raw += data
            name = self._detect_encoding(final)
            if name is None:
                return ""
            data, self._raw = self._raw, b""
            if name.lower().replace("_", "-") in ("utf-16", "utf-16-le", "utf-16-be"):
                self._bytes_per_unit = 2
                if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    # Expat counts the byte order mark as the first column.
                    self._col, self._byte = 1, 2
            self._decoder = codecs.getincrementaldecoder(name)()
            self._converting = codecs.lookup(name).name != "utf-8"
        elif self._decoder is False:
            data = data.decode("utf-8")
            return data
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            good = exc.object[:exc.start]
            text = self._decoder.__class__().decode(good) if good else ""
            # Everything before the bad bytes is still parsed; the error comes after:
            # a character cut short by the end of input leaves a token unclosed.
            self._decode_failure = 5 if exc.reason == "truncated data" else 4
            return text

    def _detect_encoding(self, final):
        """The codec for the buffered first bytes, or None to wait for more."""
        raw = self._raw
        if self._encoding is not None:
            return _single_byte_codec(self._encoding)
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        # Without a byte order mark, a zero byte among the first two gives UTF-16
        # away: no document may start with the character U+0000.
        if len(raw) < 2 and not final:
            return None
        if raw[:1] == b"\0":
            return "utf-16-be"
        if raw[1:2] == b"\0":
            return "utf-16-le"
        if raw.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if len(raw) < 5 and not final and b"<?xml".startswith(raw[:5]):
            return None
        if raw.startswith(b"<?xml"):
            end = raw.find(b"?>")
            if end < 0:
                return None if not final else "utf-8"
            m = _ENCODING_IN_DECL.search(raw, 0, end)
            if m:
                return _single_byte_codec(m.group(1).decode("ascii"))
        return "utf-8"

    def _append(self, text, final):
        """Add decoded text to the buffer with line ends normalized to \\n."""
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._pending_cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        m = _BAD_CHAR_RE.search(text) if self._bad_at is None else None
        if m is not None:
            self._bad_at, self._bad_code = len(self._buf) + m.start(), 4
        self._buf += text
        if self._decode_failure and self._bad_at is None:
            self._bad_at, self._bad_code = len(self._buf), self._decode_failure

    def _compact(self):
        if self._pos > 65536 or self._pos == len(self._buf):
            self._buf = self._buf[self._pos:]
            if self._bad_at is not None:
                self._bad_at -= self._pos
            self._pos = 0

    # --- positions and errors ---

    def _advance_to(self, pos):
        """Move the reported position (line, column, byte index) forward to `pos`."""
        start = self._pos
        if self._frozen or pos <= start:
            return
        buf = self._buf
        newlines = buf.count("\n", start, pos)
        if newlines:
            self._line += newlines
            self._col = pos - buf.rfind("\n", start, pos) - 1
        else:
            self._col += pos - start
        piece = buf[start:pos]
        if self._bytes_per_unit:
            self._byte += 2 * len(piece)
        elif piece.isascii():
            self._byte += len(piece)
        else:
            self._byte += len(piece.encode("utf-8", "surrogatepass"))
        self._pos = pos

    def _make_error(self, code, line, col, byte):
        exc = ExpatError("%s: line %d, column %d" % (_MESSAGES[code], line, col))
        exc.code = code
        exc.lineno = line
        exc.offset = col
        return exc

    def _raise(self, code, pos):
        self._text_parts = []
        self._text_len = 0
        if pos is not None and not self._frozen:
            self._advance_to(pos)
        self._error = (code, self._line, self._col, self._byte)
        raise self._make_error(*self._error)

    # --- dispatching events ---

    def _call(self, handler_name, *args):
        handler = getattr(self, handler_name)
        if handler is not None:
            self._flush_text()
            handler(*args)
            return True
        return False

    def _default(self, raw):
        """Report markup no specific handler took to the default handler(s)."""
        handler = self.DefaultHandler or self.DefaultHandlerExpand
        if handler is not None:
            self._flush_text()
            handler(raw)

    def _text(self, text):
        """Report character data, one line at a time as Expat does."""
        if self.CharacterDataHandler is None:
            self._default(text)
            return
        if self._converting and len(text) > _CONVERSION_BUFFER // 4:
            # Expat converts other encodings to UTF-8 through a small buffer,
            # and reports the text one bufferful at a time.
            pieces = _utf8_pieces(text, _CONVERSION_BUFFER)
            if len(pieces) > 1:
                for piece in pieces:
                    self._text(piece)
                return
        if self._buffer_text:
            if self._text_len + len(text) > self._buffer_size:
                self._flush_text()
                if len(text) > self._buffer_size:
                    self.CharacterDataHandler(text)
                    return
            self._text_parts.append(text)
            self._text_len += len(text)
            return
        if "\n" in text:
            for piece in _LINE_PIECES.findall(text):
                self.CharacterDataHandler(piece)
        else:
            self.CharacterDataHandler(text)

    def _flush_text(self):
        parts = self.__dict__.get("_text_parts")
        if parts:
            self._text_parts = []
            self._text_len = 0
            handler = self.CharacterDataHandler
            if handler is not None:
                handler("".join(parts))

    def _name(self, name):
        return self.intern.setdefault(name, name)

    # --- the main loop ---

    def _run(self, final):
        """Handle every complete token in the buffer."""
        buf = self._buf
        end = len(buf) if self._bad_at is None else self._bad_at
        while True:
            pos = self._pos
            if pos >= end:
                break
            self._advance_to(pos)
            try:
                if self._state == _CONTENT:
                    new = self._content_token(buf, pos, end, final)
                else:
                    new = self._outside_token(buf, pos, end, final)
            except _Incomplete:
                if self._bad_at is not None and self._bad_at == end:
                    raise _Fail(self._bad_code, end)
                if final:
                    raise _Fail(5, pos)
                break
            self._advance_to(new)
        if self._bad_at is not None and self._pos >= self._bad_at:
            raise _Fail(self._bad_code, self._bad_at)

    def _finish(self):
        self._finished = True
        self._advance_to(len(self._buf))
        # A document needs its root element; an external entity only balance.
        complete = not self._stack if self._is_entity else self._state == _EPILOG
        if not complete:
            raise _Fail(3, len(self._buf))

    def _outside_token(self, buf, pos, end, final):
        """One token before or after the root element."""
        m = _SPACE_RE.match(buf, pos, end)
        if m.end() > pos:
            if m.end() == end and not final:
                raise _Incomplete
            self._default(m.group())
            return m.end()
        if buf.startswith("<", pos):
            partial = buf[pos:end]
            if not final and any(markup.startswith(partial) and markup != partial
                                 for markup in ("<!DOCTYPE", "<!--", "<?")):
                raise _Incomplete       # which markup this is shows in later data
            if buf.startswith("<?", pos):
                return self._pi(buf, pos, end)
            if buf.startswith("<!--", pos):
                return self._comment(buf, pos, end)
            if self._state == _EPILOG:
                raise _Fail(9, pos)
            if buf.startswith("<!DOCTYPE", pos):
                if self._seen_doctype:
                    raise _Fail(2, pos)
                return self._doctype(buf, pos, end, final)
            if buf.startswith("<!", pos):
                raise _Fail(2, pos)
            if pos + 1 >= end:
                raise _Incomplete
            if not _NAME_RE.match(buf, pos + 1, end):
                raise _Fail(4, pos + 1)
            if self._has_external_dtd and not self._seen_doctype:
                # UseForeignDTD(): the application supplies the DTD as an external entity.
                self._seen_doctype = True
                handler = self.ExternalEntityRefHandler
                if handler is not None and not handler(None, self._base, None, None):
                    raise _Fail(21, pos)
            self._state = _CONTENT
            return self._start_tag(buf, pos, end)
        if self._state == _EPILOG:
            raise _Fail(9, pos)
        # Expat reads a name here as a token, and then trips over a following "<" or "&".
        m = _NAME_RE.match(buf, pos, end)
        if m is None:
            raise _Fail(4 if buf[pos] == "&" else 2, pos)
        if m.end() < end and buf[m.end()] in "<&":
            raise _Fail(4, m.end())
        raise _Fail(2, pos)

    def _content_token(self, buf, pos, end, final):
        """One token inside the root element: text, markup or a reference."""
        c = buf[pos]
        if c == "<":
            if pos + 1 >= end:
                raise _Incomplete
            c2 = buf[pos + 1]
            if c2 == "/":
                return self._end_tag(buf, pos, end)
            if c2 == "?":
                return self._pi(buf, pos, end)
            if c2 == "!":
                if buf.startswith("<!--", pos):
                    return self._comment(buf, pos, end)
                if buf.startswith("<![CDATA[", pos):
                    return self._cdata(buf, pos, end, final)
                if end - pos < 9 and "<![CDATA[".startswith(buf[pos:end]):
                    raise _Incomplete
                raise _Fail(4, pos + 2 if end - pos > 2 else pos)
            return self._start_tag(buf, pos, end)
        if c == "&":
            return self._reference(buf, pos, end)
        m = _TEXT_RE.match(buf, pos, end)
        stop = m.end()
        text = m.group()
        bad = text.find("]]>")
        if bad >= 0:
            if bad:
                self._text(text[:bad])
                return pos + bad
            raise _Fail(4, pos + 2)
        if stop == end and not final and text.endswith("]"):
            # "]]>" may be split across chunks: keep the brackets back.
            keep = len(text) - len(text.rstrip("]"))
            text = text[:-keep]
            stop -= keep
            if not text:
                raise _Incomplete
        self._text_at(text, pos)
        return stop

    def _text_at(self, text, pos):
        """Report text found at `pos`, keeping line numbers right per reported line."""
        if self._buffer_text or "\n" not in text or self.CharacterDataHandler is None:
            self._text(text)
            return
        for piece in _LINE_PIECES.findall(text):
            self._advance_to(pos)
            self._text(piece)
            pos += len(piece)

    # --- markup ---

    def _start_tag(self, buf, pos, end):
        name, attrs, stop, empty = self._scan_tag(buf, pos, end)
        raw = buf[pos:stop]
        self._open_element(name, attrs, raw, pos)
        if empty:
            # Expat reports the end of an empty element from after its tag.
            self._advance_to(stop)
            self._close_element(name, "", stop)
        return stop

    def _scan_tag(self, buf, pos, end):
        """Split a start tag into (name, [(attr, raw value, position)], end, empty?)."""
        m = _NAME_RE.match(buf, pos + 1, end)
        if m is None:
            if pos + 1 >= end:
                raise _Incomplete
            raise _Fail(4, pos + 1)
        name = m.group()
        j = m.end()
        attrs = []
        while True:
            if j >= end:
                raise _Incomplete
            k = _SPACE_RE.match(buf, j, end).end()
            if k >= end:
                raise _Incomplete
            c = buf[k]
            if c == ">":
                return name, attrs, k + 1, False
            if c == "/":
                if k + 1 >= end:
                    raise _Incomplete
                if buf[k + 1] != ">":
                    raise _Fail(4, k + 1)
                return name, attrs, k + 2, True
            m = _NAME_RE.match(buf, k, end)
            if k == j or m is None:
                raise _Fail(4, k)
            j = m.end()
            if j >= end:
                raise _Incomplete
            eq = _EQ_RE.match(buf, j, end)
            if eq is None:
                if _SPACE_RE.match(buf, j, end).end() >= end:
                    raise _Incomplete
                raise _Fail(4, _SPACE_RE.match(buf, j, end).end())
            q = eq.end()
            if q >= end:
                raise _Incomplete
            quote = buf[q]
            if quote not in "\"'":
                raise _Fail(4, q)
            close = buf.find(quote, q + 1, end)
            lt = buf.find("<", q + 1, end if close < 0 else close)
            if lt >= 0:
                raise _Fail(4, lt)
            if close < 0:
                raise _Incomplete
            attrs.append((m.group(), buf[q + 1:close], k))
            j = close + 1

    def _open_element(self, name, attrs, raw, pos):
        tag = name
        values = {}
        order = []
        for attr, value, where in attrs:
            if attr in values:
                raise _Fail(8, where)
            values[attr] = self._attribute_value(value, name, attr, pos)
            order.append(attr)
        specified = len(order)
        for attr, default in self._attr_defaults.get(name, ()):
            if attr not in values:
                values[attr] = default
                order.append(attr)
        prefixes = []
        if self._sep is not None:
            name, order, values, prefixes = self._apply_namespaces(name, order, values, pos)
        self._stack.append((tag, prefixes))
        handler = self.StartElementHandler
        if handler is None:
            self._default(raw)
            return
        if self.specified_attributes:
            order = order[:specified]
        if self.ordered_attributes:
            attributes = []
            for attr in order:
                attributes.append(self._name(attr))
                attributes.append(values[attr])
        else:
            attributes = {self._name(attr): values[attr] for attr in order}
        self._flush_text()
        handler(self._name(name), attributes)

    def _apply_namespaces(self, name, order, values, pos):
        """Resolve prefixes: report declarations and qualify names as uri+sep+local."""
        declared = []
        kept = []
        for attr in order:
            if attr == "xmlns" or attr.startswith("xmlns:"):
                prefix = attr[6:] or None
                uri = values[attr] or None
                if prefix == "xmlns":
                    raise _Fail(39, pos)
                if prefix == "xml" and uri != _XML_NAMESPACE:
                    raise _Fail(38, pos)
                if prefix not in (None, "xml") and uri in (_XML_NAMESPACE, _XMLNS_NAMESPACE):
                    raise _Fail(40, pos)
                if prefix is not None and uri is None:
                    raise _Fail(28, pos)
                if uri is not None and re.search(r"[ \t\n]", uri):
                    raise _Fail(2, pos)     # Expat 2.4.5+ rejects white space in URIs
                declared.append((prefix, uri))
            else:
                kept.append(attr)
        saved = []
        for prefix, uri in declared:
            saved.append((prefix, self._ns.get(prefix, _UNSET)))
            if uri is None:
                self._ns.pop(prefix, None)
            else:
                self._ns[prefix] = uri
            self._call("StartNamespaceDeclHandler", prefix, uri)
        self._ns_stack.append(saved)
        qualified = {}
        new_order = []
        for attr in kept:
            full = self._qualify(attr, pos, attribute=True)
            if full in qualified:
                raise _Fail(8, pos)
            qualified[full] = values[attr]
            new_order.append(full)
        return self._qualify(name, pos), new_order, qualified, [p for p, _ in declared]

    def _qualify(self, name, pos, attribute=False):
        prefix, colon, local = name.partition(":")
        if not colon:
            uri = None if attribute else self._ns.get(None)
            local, prefix = name, None
        else:
            uri = self._ns.get(prefix)
            if uri is None:
                raise _Fail(27, pos)
        if uri is None:
            return name if not colon else local
        if self.namespace_prefixes and prefix:
            return uri + self._sep + local + self._sep + prefix
        return uri + self._sep + local

    def _close_element(self, name, raw, pos):
        prefixes = self._stack.pop()[1]
        if self._sep is not None:
            full = self._qualify(name, pos)
        else:
            full = name
        if not self._call("EndElementHandler", self._name(full)) and raw:
            self._default(raw)
        if self._sep is not None:
            for prefix, old in reversed(self._ns_stack.pop()):
                if old is _UNSET:
                    self._ns.pop(prefix, None)
                else:
                    self._ns[prefix] = old
                self._call("EndNamespaceDeclHandler", prefix)
        if not self._stack and not self._frozen:
            self._state = _CONTENT if self._is_entity else _EPILOG

    def _end_tag(self, buf, pos, end):
        m = _NAME_RE.match(buf, pos + 2, end)
        if m is None:
            if pos + 2 >= end:
                raise _Incomplete
            raise _Fail(4, pos + 2)
        k = _SPACE_RE.match(buf, m.end(), end).end()
        if k >= end:
            raise _Incomplete
        if buf[k] != ">":
            raise _Fail(4, k)
        name = m.group()
        if len(self._stack) <= self._entity_floor():
            raise _Fail(13, pos)
        if self._stack[-1][0] != name:
            raise _Fail(7, pos + 2)
        self._close_element(name, buf[pos:k + 1], pos)
        return k + 1

    def _entity_floor(self):
        return self._open_entities[-1][1] if self._open_entities else 0

    def _pi(self, buf, pos, end):
        close = buf.find("?>", pos + 2, end)
        m = _NAME_RE.match(buf, pos + 2, end)
        if m is None:
            if pos + 2 >= end:
                raise _Incomplete
            raise _Fail(4, pos + 2)
        target = m.group()
        if target == "xml":
            if close < 0:
                raise _Incomplete
            if self._state == _EPILOG:
                raise _Fail(9, pos)
            at_start = self._state == _PROLOG or self._is_entity
            if pos != 0 or not at_start or self._frozen or self._text_decl_done:
                raise _Fail(17, pos)
            return self._xml_decl(buf, pos, close + 2)
        if target.lower() == "xml":
            raise _Fail(4, pos + 2)
        j = m.end()
        if j >= end:
            raise _Incomplete
        if close < 0:
            raise _Incomplete
        if j < close and buf[j] not in " \t\n":
            raise _Fail(4, j)
        data = buf[_SPACE_RE.match(buf, j, close).end():close]
        if not self._call("ProcessingInstructionHandler", self._name(target), data):
            self._default(buf[pos:close + 2])
        return close + 2

    def _xml_decl(self, buf, pos, stop):
        self._text_decl_done = True
        raw = buf[pos:stop]
        m = _XML_DECL_RE.fullmatch(raw)
        if m is None:
            raise _Fail(30, self._xml_decl_error_pos(raw, pos))
        version = m.group(1) if m.group(1) is not None else m.group(2)
        encoding = m.group(3) or m.group(4)
        standalone = m.group(5) or m.group(6)
        self._standalone = -1 if standalone is None else int(standalone == "yes")
        if not self._call("XmlDeclHandler", version, encoding, self._standalone):
            self._default(raw)
        return stop

    def _xml_decl_error_pos(self, raw, pos):
        """Expat points at the first pseudo-attribute it cannot accept."""
        j = 5
        for m in re.finditer(r"[ \t\n]+(\w+)[ \t\n]*=[ \t\n]*(\"[^\"]*\"|'[^']*')", raw):
            if m.start() != j:
                break
            if m.group(1) == "standalone" and m.group(2)[1:-1] not in ("yes", "no"):
                return pos + m.start(2) + 1
            j = m.end()
        return pos + j

    def _comment(self, buf, pos, end):
        close = buf.find("--", pos + 4, end)
        if close < 0:
            raise _Incomplete
        if close + 2 >= end:
            raise _Incomplete
        if buf[close + 2] != ">":
            raise _Fail(4, close + 2)
        if not self._call("CommentHandler", buf[pos + 4:close]):
            self._default(buf[pos:close + 3])
        return close + 3

    def _cdata(self, buf, pos, end, final):
        close = buf.find("]]>", pos + 9, end)
        if close < 0 and not final:
            raise _Incomplete
        if not self._call("StartCdataSectionHandler"):
            self._default("<![CDATA[")
        if close < 0:
            # Expat reports what the open section holds before giving up.
            if end > pos + 9:
                self._advance_to(pos + 9)
                self._text_at(buf[pos + 9:end], pos + 9)
            raise _Fail(20, end)
        body = buf[pos + 9:close]
        if body:
            self._advance_to(pos + 9)
            self._text_at(body, pos + 9)
            self._advance_to(close)
        if not self._call("EndCdataSectionHandler"):
            self._default("]]>")
        return close + 3

    # --- references ---

    def _reference(self, buf, pos, end):
        if buf.startswith("#", pos + 1):
            m = _CHAR_REF_RE.match(buf, pos + 1, end)
            if m is None:
                bad = re.compile(r"#x?[0-9a-fA-F]*" if buf.startswith("#x", pos + 1)
                                 else r"#[0-9]*").match(buf, pos + 1, end).end()
                if bad >= end:
                    raise _Incomplete
                raise _Fail(4, bad)
            char = _char_from_ref(buf[pos + 1:m.end() - 1])
            if char is None:
                raise _Fail(14, pos)
            self._text(char)
            return m.end()
        m = _NAME_RE.match(buf, pos + 1, end)
        if m is None:
            if pos + 1 >= end:
                raise _Incomplete
            raise _Fail(4, pos + 1)
        if m.end() >= end:
            raise _Incomplete
        if buf[m.end()] != ";":
            raise _Fail(4, m.end())
        self._entity_in_content(m.group(), pos, m.end() + 1)
        return m.end() + 1

    def _entity_in_content(self, name, pos, stop):
        if name in _PREDEFINED:
            self._text(_PREDEFINED[name])
            return
        if name not in self._entities:
            if self._undefined_is_error():
                raise _Fail(11, pos)
            if not self._call("SkippedEntityHandler", name, 0):
                self._default("&%s;" % name)
            return
        text = self._entities[name]
        if name in self._unparsed:
            raise _Fail(15, pos)
        if isinstance(text, tuple):      # external entity: (base, system id, public id)
            handler = self.ExternalEntityRefHandler
            if handler is not None:
                self._flush_text()
                if not handler(name, text[0], text[1], text[2]):
                    raise _Fail(21, pos)
            elif not self._call("SkippedEntityHandler", name, 0):
                self._default("&%s;" % name)
            return
        if self.DefaultHandler is not None:
            # An ordinary default handler sees the reference instead of its expansion.
            self._default("&%s;" % name)
            return
        if any(open_name == name for open_name, _ in self._open_entities):
            raise _Fail(12, pos)
        self._check_amplification(name, pos)
        self._count_expansion(len(text), pos)
        self._expand(name, text, pos)

    def _count_expansion(self, size, pos):
        self._expanded += size
        if self._over_limit(self._expanded):
            raise _Fail(43, pos)

    def _over_limit(self, expanded):
        return (expanded > _AMPLIFICATION_THRESHOLD
                and expanded > _AMPLIFICATION_FACTOR * max(self._input_size, 1))

    def _check_amplification(self, name, pos):
        """Refuse at once an expansion that would break the amplification limit,
        rather than finding out after producing megabytes of text."""
        if self._over_limit(self._expanded + self._expansion_cost(name, set())):
            raise _Fail(43, pos)

    def _expansion_cost(self, name, active):
        """How much replacement text expanding entity `name` reads, nested ones included."""
        cost = self._costs.get(name)
        if cost is not None:
            return cost
        text = self._entities.get(name)
        if not isinstance(text, str) or name in active:
            return 0        # external, undefined or recursive: reported elsewhere
        active.add(name)
        cost = len(text) + sum(self._expansion_cost(inner, active)
                               for inner in _ENTITY_REF_RE.findall(text))
        active.discard(name)
        self._costs[name] = cost
        return cost

    def _expand(self, name, text, pos):
        """Parse an internal entity's replacement text as content, in place."""
        saved = (self._buf, self._pos, self._bad_at)
        depth = len(self._stack)
        self._open_entities.append((name, depth))
        self._frozen += 1
        self._buf, self._pos, self._bad_at = text, 0, None
        try:
            while self._pos < len(text):
                try:
                    self._pos = self._content_token(text, self._pos, len(text), True)
                except _Incomplete:
                    raise _Fail(4, None)
        except _Fail as fail:
            fail.pos = None
            raise
        finally:
            self._buf, self._pos, self._bad_at = saved
            self._frozen -= 1
            self._open_entities.pop()
        if len(self._stack) != depth:
            raise _Fail(13, pos)

    def _not_standalone(self):
        """An external DTD may change the document: ask the application whether to go on."""
        handler = self.NotStandaloneHandler
        if self._standalone != 1 and handler is not None and not handler():
            raise _Fail(22, None)

    def _external_subset(self, system, public):
        handler = self.ExternalEntityRefHandler
        if self._pe_parsing != XML_PARAM_ENTITY_PARSING_NEVER and handler is not None:
            self._flush_text()
            if not handler(None, self._base, system, public):
                raise _Fail(21, None)

    def _undefined_is_error(self):
        """Expat forgives unknown entities only when an external DTD might define them."""
        return not self._has_external_dtd or self._standalone == 1

    def _attribute_value(self, raw, element, attr, pos, depth=0):
        """Normalize an attribute value: references expanded, white space made spaces."""
        if "&" not in raw:
            value = raw.translate(_WS_TO_SPACE)
        else:
            parts = []
            i = 0
            while True:
                amp = raw.find("&", i)
                if amp < 0:
                    parts.append(raw[i:].translate(_WS_TO_SPACE))
                    break
                parts.append(raw[i:amp].translate(_WS_TO_SPACE))
                semi = raw.find(";", amp)
                body = raw[amp + 1:semi]
                if body.startswith("#"):
                    char = _char_from_ref(body)
                    if char is None:
                        raise _Fail(14, pos)
                    parts.append(char)
                elif body in _PREDEFINED:
                    parts.append(_PREDEFINED[body])
                else:
                    parts.append(self._entity_in_attribute(body, element, attr, pos, depth))
                i = semi + 1
            value = "".join(parts)
        if element is not None and self._attr_types.get((element, attr), "CDATA") != "CDATA":
            value = " ".join(value.split(" ")).strip(" ")
            value = re.sub(" +", " ", value)
        return value

    def _entity_in_attribute(self, name, element, attr, pos, depth):
        text = self._entities.get(name, _UNSET)
        if text is _UNSET:
            if self._undefined_is_error():
                raise _Fail(11, pos)
            return ""
        if isinstance(text, tuple):
            raise _Fail(16, pos)
        if "<" in text:
            raise _Fail(4, pos)
        if depth > 40 or any(n == name for n, _ in self._open_entities):
            raise _Fail(12, pos)
        self._check_amplification(name, pos)
        self._count_expansion(len(text), pos)
        self._open_entities.append((name, 0))
        try:
            return self._attribute_value(text, None, attr, pos, depth + 1)
        finally:
            self._open_entities.pop()

    # --- the document type declaration ---

    def _doctype(self, buf, pos, end, final):
        """Parse <!DOCTYPE ...> whole, then report what it declared."""
        events = []
        try:
            stop = _DtdReader(self, buf, pos, end, events).read()
        except _Incomplete:
            if final:
                raise _Fail(3, end)
            raise
        self._seen_doctype = True
        for where, action in events:
            self._advance_to(where)
            action()
        return stop


_UNSET = object()
_WS_TO_SPACE = {9: " ", 10: " ", 13: " "}


class _DtdReader:
    """Reads a DOCTYPE declaration, collecting (position, action) events."""

    def __init__(self, parser, buf, pos, end, events):
        self.p = parser
        self.buf = buf
        self.pos = pos
        self.end = end
        self.events = events
        self.pe = {}
        self.last = pos     # where the latest token began: Expat's reported position

    def fail(self, code, pos=None):
        raise _Fail(code, self.pos if pos is None else pos)

    def space(self, required=True):
        j = _SPACE_RE.match(self.buf, self.pos, self.end).end()
        if j >= self.end:
            raise _Incomplete
        if required and j == self.pos:
            self.fail(2, j)
        self.pos = j

    def name(self):
        m = _NAME_RE.match(self.buf, self.pos, self.end)
        if m is None or m.end() >= self.end:
            if self.pos >= self.end or (m and m.end() >= self.end):
                raise _Incomplete
            self.fail(4 if self.buf[self.pos] not in "\"'" else 2)
        self.last = self.pos
        self.pos = m.end()
        return m.group()

    def literal(self):
        if self.pos >= self.end:
            raise _Incomplete
        quote = self.buf[self.pos]
        if quote not in "\"'":
            self.fail(2)
        close = self.buf.find(quote, self.pos + 1, self.end)
        if close < 0:
            raise _Incomplete
        value = self.buf[self.pos + 1:close]
        self.last = self.pos
        self.pos = close + 1
        return value

    def peek(self, word):
        if self.buf.startswith(word, self.pos):
            self.last = self.pos
            self.pos += len(word)
            return True
        if self.end - self.pos < len(word) and word.startswith(self.buf[self.pos:self.end]):
            raise _Incomplete
        return False

    def external_id(self, allow_public_only=False):
        """SYSTEM "s" or PUBLIC "p" "s": returns (system, public)."""
        if self.peek("SYSTEM"):
            self.space()
            return self.literal(), None
        if self.peek("PUBLIC"):
            self.space()
            public = self.literal()
            if re.search(r"[^- \r\na-zA-Z0-9'()+,./:=?;!*#@$_%]", public):
                self.fail(32)
            save = self.pos
            j = _SPACE_RE.match(self.buf, self.pos, self.end).end()
            if j >= self.end:
                raise _Incomplete
            if allow_public_only and self.buf[j] not in "\"'":
                self.pos = save
                return None, " ".join(public.split())
            self.pos = j
            return self.literal(), " ".join(public.split())
        return None, None

    def close(self):
        self.space(False)
        if self.buf[self.pos] != ">":
            self.fail(2)
        self.pos += 1

    def read(self):
        start = self.pos
        self.pos += 9
        self.space()
        name = self.p._name(self.name())
        j = _SPACE_RE.match(self.buf, self.pos, self.end).end()
        if j >= self.end:
            raise _Incomplete
        system = public = None
        if j > self.pos and self.buf[j] in "SP":
            self.pos = j
            system, public = self.external_id()
        self.space(False)
        has_subset = self.buf[self.pos] == "["
        opened = self.pos
        p = self.p
        if system is not None:
            self.events.append((opened, lambda: setattr(p, "_has_external_dtd", True)))
            self.events.append((opened, p._not_standalone))
        self.events.append((opened, lambda: p._call("StartDoctypeDeclHandler", name, system,
                                                   public, int(has_subset))
                            or p._default(self.buf[start:self.pos])))
        if has_subset:
            self.pos += 1
            subset_start = self.pos
            self.subset()
            # Kept for DOM builders, whose DocumentType reports the subset's text.
            subset = self.buf[subset_start:self.pos - 1]
            self.events.append((opened, lambda: setattr(p, "_internal_subset", subset)))
        self.close()
        end_at = self.pos - 1
        if system is not None:
            self.events.append((end_at, lambda: p._external_subset(system, public)))
            self.events.append((end_at, p._not_standalone))
        self.events.append((end_at, lambda: p._call("EndDoctypeDeclHandler")))
        return self.pos

    def subset(self):
        buf = self.buf
        while True:
            self.space(False)
            c = buf[self.pos]
            if c == "]":
                self.pos += 1
                return
            at = self.pos
            if self.peek("<!--"):
                close = buf.find("--", self.pos, self.end)
                if close < 0 or close + 2 >= self.end:
                    raise _Incomplete
                if buf[close + 2] != ">":
                    self.fail(4, close + 2)
                text = buf[self.pos:close]
                self.pos = close + 3
                self.emit(at, "CommentHandler", (text,))
            elif self.peek("<?"):
                target = self.name()
                close = buf.find("?>", self.pos, self.end)
                if close < 0:
                    raise _Incomplete
                data = buf[_SPACE_RE.match(buf, self.pos, close).end():close]
                self.pos = close + 2
                self.emit(at, "ProcessingInstructionHandler", (target, data))
            elif self.peek("<!ENTITY"):
                self.space()
                self.entity(at)
            elif self.peek("<!ELEMENT"):
                self.space()
                self.element(at)
            elif self.peek("<!ATTLIST"):
                self.space()
                self.attlist(at)
            elif self.peek("<!NOTATION"):
                self.space()
                name = self.name()
                self.space()
                system, public = self.external_id(allow_public_only=True)
                self.close()
                self.emit(at, "NotationDeclHandler", (name, self.p._base, system, public))
            elif c == "%":
                self.pos += 1
                self.name()
                if not self.peek(";"):
                    self.fail(4)
                # Without DTD support (as in the reference build) the reference is skipped.
                self.events.append((at, lambda: setattr(self.p, "_has_external_dtd", True)))
            else:
                self.fail(2 if c != "<" else 2)

    def emit(self, at, handler, args):
        raw = self.buf[at:self.pos]
        p = self.p
        self.events.append((self.last, lambda: p._call(handler, *args) or p._default(raw)))

    def entity_value(self, literal):
        """Expand character references (and known parameter entities) in a literal."""
        def replace(m):
            body = m.group(1)
            if body.startswith("#"):
                char = _char_from_ref(body)
                if char is None:
                    self.fail(14)
                return char
            return m.group()
        return re.sub(r"&(#[^;]*);", replace, literal)

    def entity(self, at):
        is_pe = self.peek("%")
        if is_pe:
            self.space()
        name = self.name()
        self.space()
        value = system = public = notation = None
        if self.buf[self.pos] in "\"'":
            value = self.entity_value(self.literal())
        else:
            system, public = self.external_id()
            if system is None:
                self.fail(2)
            j = _SPACE_RE.match(self.buf, self.pos, self.end).end()
            if j > self.pos and self.buf.startswith("NDATA", j):
                self.pos = j + 5
                self.space()
                notation = self.name()
        self.close()
        p = self.p
        base = p._base

        def declare():
            if is_pe:
                self.pe.setdefault(name, value)
            elif name not in p._entities:
                p._entities[name] = value if value is not None else (base, system, public)
                if notation is not None:
                    p._unparsed.add(name)
            if notation is not None and p.UnparsedEntityDeclHandler is not None:
                p._call("UnparsedEntityDeclHandler", name, base, system, public, notation)
            elif p.EntityDeclHandler is not None:
                p._call("EntityDeclHandler", name, int(is_pe), value, base, system, public,
                        notation)
            else:
                p._default(self.buf[at:self.pos])
        self.events.append((self.last, declare))

    def element(self, at):
        name = self.name()
        self.space()
        if self.peek("EMPTY"):
            content = (model.XML_CTYPE_EMPTY, 0, None, ())
        elif self.peek("ANY"):
            content = (model.XML_CTYPE_ANY, 0, None, ())
        elif self.buf.startswith("(", self.pos):
            content = self.group()
        else:
            self.fail(2)
        self.close()
        self.emit(at, "ElementDeclHandler", (name, content))

    def quantifier(self):
        if self.pos < self.end and self.buf[self.pos] in "?*+":
            self.pos += 1
            return _QUANTIFIERS[self.buf[self.pos - 1]]
        return 0

    def group(self):
        """A parenthesized content model, as Expat's nested (type, quant, name, children)."""
        self.pos += 1
        self.space(False)
        if self.peek("#PCDATA"):
            names = []
            while True:
                self.space(False)
                if self.peek(")"):
                    break
                if not self.peek("|"):
                    self.fail(2)
                self.space(False)
                names.append((model.XML_CTYPE_NAME, 0, self.name(), ()))
            quant = self.quantifier()
            if names and quant != 2:
                self.fail(2)
            return (model.XML_CTYPE_MIXED, quant, None, tuple(names))
        children = []
        separator = None
        while True:
            self.space(False)
            if self.buf.startswith("(", self.pos):
                children.append(self.group())
            else:
                item = self.name()
                children.append((model.XML_CTYPE_NAME, self.quantifier(), item, ()))
            self.space(False)
            c = self.buf[self.pos]
            self.last = self.pos
            self.pos += 1
            if c == ")":
                break
            if c not in "|," or (separator is not None and c != separator):
                self.fail(2, self.pos - 1)
            separator = c
        kind = model.XML_CTYPE_CHOICE if separator == "|" else model.XML_CTYPE_SEQ
        return (kind, self.quantifier(), None, tuple(children))

    def attlist(self, at):
        element = self.name()
        p = self.p
        while True:
            self.space(False)
            if self.buf[self.pos] == ">":
                self.pos += 1
                return
            attr_at = self.pos
            attr = self.name()
            self.space()
            if self.buf.startswith("(", self.pos):
                kind = self.enumeration()
            else:
                kind = self.name()
                if kind == "NOTATION":
                    self.space()
                    kind = "NOTATION" + self.enumeration()
                elif kind not in ("CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES",
                                  "NMTOKEN", "NMTOKENS"):
                    self.fail(2, attr_at)
            self.space()
            default = None
            required = 0
            if self.peek("#REQUIRED"):
                required = 1
            elif self.peek("#IMPLIED"):
                pass
            else:
                if self.peek("#FIXED"):
                    required = 1
                    self.space()
                default = self.literal()
            self.events.append((self.last, self.attribute_declarer(element, attr, kind, default,
                                                            required, at)))

    def attribute_declarer(self, element, attr, kind, raw_default, required, at):
        p = self.p

        def declare():
            default = raw_default
            if default is not None:
                default = p._attribute_value(default, None, attr, at)
                if kind != "CDATA":
                    default = " ".join(default.split(" ")).strip(" ")
                known = p._attr_defaults.setdefault(element, [])
                if all(a != attr for a, _ in known):
                    known.append((attr, default))
            p._attr_types.setdefault((element, attr), kind)
            if not p._call("AttlistDeclHandler", element, attr, kind, default, required):
                p._default(self.buf[at:at])
        return declare

    def enumeration(self):
        self.pos += 1
        items = []
        while True:
            self.space(False)
            m = _NMTOKEN_RE.match(self.buf, self.pos, self.end)
            if m is None:
                self.fail(2)
            items.append(m.group())
            self.pos = m.end()
            self.space(False)
            c = self.buf[self.pos]
            self.pos += 1
            if c == ")":
                return "(" + "|".join(items) + ")"
            if c != "|":
                self.fail(2, self.pos - 1)


XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or "
                            "None, not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, "
                             "omitted, or None")
    if intern is not None and not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    return xmlparser(encoding, namespace_separator, intern)
