"""ElementTree: a light-weight, Pythonic model of an XML document.

An Element has a tag, a dict of attributes, optional text (before its first
child) and tail (after its end tag, before its next sibling), and a list of
child elements.  An ElementTree wraps a root element for whole-document
reading and writing.  Parsing goes through xml.parsers.expat; serialization
(XML, HTML or plain text) and C14N 2.0 canonicalization are done here, and
path searches are delegated to xml.etree.ElementPath.
"""

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"

import codecs
import collections
import contextlib
import io
import re
import sys
import warnings

from . import ElementPath


class ParseError(SyntaxError):
    """Raised for malformed XML; `code` is Expat's error number and
    `position` a (line, column) pair."""


def iselement(element):
    """True if `element` looks like an Element (has a tag attribute)."""
    return hasattr(element, "tag")


class Element:
    """An XML element: tag, attrib, text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new element of the same kind (attrib is copied)."""
        return type(self)(tag, attrib)

    def __copy__(self):
        clone = self.makeelement(self.tag, self.attrib)
        clone.text = self.text
        clone.tail = self.tail
        clone[:] = self
        return clone

    def copy(self):
        warnings.warn("elem.copy() is deprecated. Use copy.copy(elem) instead.",
                      DeprecationWarning, stacklevel=2)
        return self.__copy__()

    def __deepcopy__(self, memo):
        import copy
        clone = self.makeelement(copy.deepcopy(self.tag, memo),
                                 copy.deepcopy(self.attrib, memo))
        clone.text = copy.deepcopy(self.text, memo)
        clone.tail = copy.deepcopy(self.tail, memo)
        clone._children = [copy.deepcopy(child, memo) for child in self._children]
        for child in clone._children:
            self._check(child)      # a subclass's __deepcopy__ may misbehave
        return clone

    def __getstate__(self):
        return {"tag": self.tag, "attrib": self.attrib, "text": self.text,
                "tail": self.tail, "_children": self._children}

    def __setstate__(self, state):
        children = list(state.get("_children", ()))
        for child in children:
            self._check(child)
        attrib = state.get("attrib", {})
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
        self.tag, self.attrib = state["tag"], attrib
        self.text, self.tail = state.get("text"), state.get("tail")
        self._children = children

    # --- the list of children ---

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn(
            "Testing an element's truth value will always return True in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for item in element:
                self._check(item)
        else:
            self._check(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def _check(self, element):
        if not isinstance(element, Element):
            raise TypeError("expected an Element, not %s" % type(element).__name__)

    def append(self, subelement):
        """Add `subelement` as the last child."""
        self._check(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        """Add every element of an iterable as children, in order."""
        elements = list(elements)
        for element in elements:
            self._check(element)
        self._children.extend(elements)

    def insert(self, index, subelement):
        """Insert `subelement` at position `index`."""
        self._check(subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Remove the first child that is `subelement` (ValueError if absent)."""
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def clear(self):
        """Drop the attributes, children, text and tail."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    # --- attributes ---

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    # --- searching ---

    def find(self, path, namespaces=None):
        """The first subelement matching `path`, or None."""
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first subelement matching `path`, or `default`."""
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """A list of the subelements matching `path`, in document order."""
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """An iterator over the subelements matching `path`."""
        return ElementPath.iterfind(self, path, namespaces)

    def iter(self, tag=None):
        """This element and its descendants, depth first, optionally only `tag`."""
        if tag == "*":
            tag = None
        # An explicit stack rather than recursion: trees may be deep.
        pending = [iter((self,))]
        while pending:
            for elem in pending[-1]:
                if tag is None or elem.tag == tag:
                    yield elem
                if elem._children:
                    pending.append(iter(elem._children))
                    break
            else:
                pending.pop()

    def itertext(self):
        """Every piece of text inside this element, in document order (as CPython's
        accelerated version, comments and processing instructions included)."""
        text = self.text
        if text:
            yield text
        pending = [(self, iter(self._children))]
        while pending:
            owner, children = pending[-1]
            child = next(children, None)
            if child is None:
                pending.pop()
                # A finished child's tail follows its content.
                tail = owner.tail if pending else None
                if tail:
                    yield tail
                continue
            text = child.text
            if text:
                yield text
            pending.append((child, iter(child._children)))


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element and append it to `parent`."""
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """An element standing for an XML comment."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """An element standing for a processing instruction."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = target + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, "{uri}local", usable as a tag, attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        # QName("{uri}local") or QName("uri", "local")
        self.text = "{%s}%s" % (text_or_uri, tag) if tag else text_or_uri

    __str__ = lambda self: self.text

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    """A whole document: a root element plus reading and writing."""

    def __init__(self, element=None, file=None):
        if element is not None and not iselement(element):
            raise TypeError("expected an Element, not %s" % type(element).__name__)
        self._root = element
        if file is not None:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError("expected an Element, not %s" % type(element).__name__)
        self._root = element

    def parse(self, source, parser=None):
        """Load a document from a file name or binary file object; return its root."""
        with _opened(source, "rb") as stream:
            if parser is None:
                parser = XMLParser()
            for chunk in iter(lambda: stream.read(65536), b""):
                if not chunk:       # a text file signals its end with ""
                    break
                parser.feed(chunk)
            root = self._root = parser.close()
        return root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Serialize the tree to a file name or file object.

        encoding defaults to "us-ascii"; "unicode" writes text.  method is
        "xml" (default), "html" or "text".
        """
        method = method or "xml"
        if method not in _WRITERS and method != "c14n":
            raise ValueError("unknown method %r" % method)
        encoding = encoding or ("utf-8" if method == "c14n" else "us-ascii")
        text_output = encoding.lower() == "unicode"
        with _opened(file_or_filename, "w" if text_output else "wb") as stream:
            write = _writer_for(stream, encoding, text_output)
            declare = xml_declaration
            if declare is None:
                declare = (not text_output and method == "xml"
                           and encoding.lower().replace("_", "-")
                           not in ("utf-8", "us-ascii"))
            if declare and method == "xml":
                shown = encoding
                if text_output:
                    shown = "utf-8"
                write("<?xml version='1.0' encoding='%s'?>\n" % shown)
            if method == "text":
                write("".join(self._root.itertext()) + (self._root.tail or ""))
            else:
                prefixes = _collect_prefixes(self._root, default_namespace)
                _WRITERS[method](write, self._root, prefixes, default_namespace,
                                 short_empty_elements)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


@contextlib.contextmanager
def _opened(source, mode):
    """Yield a file object for a file name or an already open file."""
    if hasattr(source, "read") or hasattr(source, "write"):
        yield source
        return
    if "b" in mode:
        with open(source, mode) as stream:
            yield stream
    else:
        with open(source, mode, encoding="utf-8", errors="xmlcharrefreplace") as stream:
            yield stream


def _writer_for(stream, encoding, text_output):
    """A write(str) function that encodes for binary streams."""
    if text_output or isinstance(stream, io.TextIOBase):
        return stream.write
    # One incremental encoder, so that a BOM (UTF-16, UTF-32) is written only once.
    encode = codecs.getincrementalencoder(encoding)("xmlcharrefreplace").encode

    def write(text):
        stream.write(encode(text))
    return write


# --- serialization ------------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Make the serializer write `uri` with `prefix` (replacing older choices)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


# Test suites reach the registry through the function.
register_namespace._namespace_map = _namespace_map


class _Prefixes:
    """The prefixed names of one serialization: qualified name -> written name."""

    def __init__(self, default_namespace):
        self.names = {}
        self.declared = {}          # uri -> prefix ("" for the default namespace)
        self.default = default_namespace
        if default_namespace:
            self.declared[default_namespace] = ""

    def name(self, qname, is_attribute=False):
        if isinstance(qname, QName):
            qname = qname.text
        written = self.names.get((qname, is_attribute))
        if written is not None:
            return written
        if not isinstance(qname, str):
            _raise_serialization_error(qname)
        if qname[:1] == "{":
            uri, _, local = qname[1:].rpartition("}")
            if not uri and "}" not in qname[1:]:
                _raise_serialization_error(qname)
            prefix = self.declared.get(uri)
            if prefix is None or (prefix == "" and is_attribute):
                prefix = _namespace_map.get(uri)
                if prefix is None or prefix in self.declared.values():
                    prefix = "ns%d" % sum(1 for p in self.declared.values() if p != "xml")
                self.declared[uri] = prefix
            written = local if prefix == "" else "%s:%s" % (prefix, local)
        else:
            if self.default and not is_attribute:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            written = qname
        self.names[(qname, is_attribute)] = written
        return written

    def declarations(self):
        """xmlns attributes for the root element, sorted by prefix."""
        pairs = []
        for uri, prefix in self.declared.items():
            if prefix == "xml" and uri == "http://www.w3.org/XML/1998/namespace":
                continue
            pairs.append((prefix, uri))
        pairs.sort()
        return [("xmlns:" + prefix if prefix else "xmlns", uri) for prefix, uri in pairs]


def _collect_prefixes(root, default_namespace):
    """Walk the tree once to name every namespace before anything is written."""
    prefixes = _Prefixes(default_namespace)
    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName) or isinstance(tag, str):
            prefixes.name(tag)
        elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
            _raise_serialization_error(tag)
        for key, value in elem.items():
            prefixes.name(key, True)
            if isinstance(value, QName) and value.text[:1] == "{":
                prefixes.name(value)
    return prefixes


def _raise_serialization_error(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"})
_HTML_ATTR_ESCAPES = str.maketrans({"&": "&amp;", ">": "&gt;", '"': "&quot;"})


def _escape_text(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    return text.translate(_TEXT_ESCAPES)


def _escape_attribute(value, table=_ATTR_ESCAPES):
    if not isinstance(value, str):
        _raise_serialization_error(value)
    return value.translate(table)


def _attribute_text(value, prefixes, table):
    if isinstance(value, QName):
        return prefixes.name(value) if value.text[:1] == "{" else value.text
    return _escape_attribute(value, table)


def _write_xml(write, elem, prefixes, default_namespace, short_empty, declare=True):
    tag = elem.tag
    if tag is Comment:
        write("<!--%s-->" % elem.text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % elem.text)
    elif tag is None:
        if elem.text:
            write(_escape_text(elem.text))
        for child in elem:
            _write_xml(write, child, prefixes, default_namespace, short_empty, declare)
    else:
        name = prefixes.name(tag)
        attributes = [(prefixes.name(k, True), _attribute_text(v, prefixes, _ATTR_ESCAPES))
                      for k, v in elem.items()]
        if declare:
            attributes = [(k, _escape_attribute(v)) for k, v in prefixes.declarations()] \
                + attributes
        write("<" + name)
        for key, value in attributes:
            write(' %s="%s"' % (key, value))
        if elem.text or len(elem) or not short_empty:
            write(">")
            if elem.text:
                write(_escape_text(elem.text))
            for child in elem:
                _write_xml(write, child, prefixes, default_namespace, short_empty, False)
            write("</" + name + ">")
        else:
            write(" />")
    if elem.tail:
        write(_escape_text(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
              "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _write_html(write, elem, prefixes, default_namespace, short_empty, declare=True):
    tag = elem.tag
    if tag is Comment:
        write("<!--%s-->" % _escape_text(elem.text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_text(elem.text))
    elif tag is None:
        if elem.text:
            write(_escape_text(elem.text))
        for child in elem:
            _write_html(write, child, prefixes, default_namespace, short_empty, declare)
    else:
        name = prefixes.name(tag)
        write("<" + name)
        pairs = list(prefixes.declarations()) if declare else []
        pairs += [(prefixes.name(k, True), v) for k, v in elem.items()]
        for key, value in pairs:
            write(' %s="%s"' % (key, _attribute_text(value, prefixes, _HTML_ATTR_ESCAPES)))
        write(">")
        lowered = name.lower()
        if elem.text:
            # Script and style content is not HTML-escaped.
            write(elem.text if lowered in ("script", "style") else _escape_text(elem.text))
        for child in elem:
            _write_html(write, child, prefixes, default_namespace, short_empty, False)
        if lowered not in HTML_EMPTY:
            write("</" + name + ">")
    if elem.tail:
        write(_escape_text(elem.tail))


_WRITERS = {"xml": _write_xml, "html": _write_html, "text": None}


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Serialize an element and its subtree: bytes, or str for encoding="unicode"."""
    pieces = tostringlist(element, encoding, method, xml_declaration=xml_declaration,
                          default_namespace=default_namespace,
                          short_empty_elements=short_empty_elements)
    text_output = encoding is not None and encoding.lower() == "unicode"
    return ("" if text_output else b"").join(pieces)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """Like tostring(), as the list of pieces the serializer wrote."""
    collector = _PieceCollector()
    ElementTree(element).write(collector, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return collector.pieces


class _PieceCollector:
    """A write-only file that keeps each written piece."""

    def __init__(self):
        self.pieces = []

    def write(self, piece):
        self.pieces.append(piece)


def dump(elem):
    """Print an element (or tree) as XML to sys.stdout; for debugging."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout, encoding="unicode")
    # End with a newline unless the element's tail already did.
    if not (tree.getroot().tail or "").endswith("\n"):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Add newlines and indentation in text and tails, to pretty-print in place."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return

    def blank(text):
        return not text or not text.strip()

    # One string per depth, shared by every element at that depth.
    breaks = ["\n" + space * level]

    def walk(elem, depth):
        while len(breaks) < depth - level + 2:
            breaks.append(breaks[-1] + space)
        inner = breaks[depth - level + 1]
        if blank(elem.text):
            elem.text = inner
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if blank(child.tail):
                child.tail = inner
        # The last child's tail brings the parent's end tag back one level.
        if not child.tail.strip():
            child.tail = breaks[depth - level]

    walk(tree, level)


# --- parsing --------------------------------------------------------------------

def parse(source, parser=None):
    """Parse a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def fromstring(text, parser=None):
    """Parse a document held in a string or bytes; return its root element."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


XML = fromstring


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of string pieces; return its root."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


def XMLID(text, parser=None):
    """Parse a document; return (root, {id attribute: element})."""
    root = fromstring(text, parser)
    ids = {elem.get("id"): elem for elem in root.iter() if elem.get("id") is not None}
    return root, ids


class TreeBuilder:
    """A parser target that builds a tree of elements from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._stack = []
        self._text = []
        self._last = None       # the element whose text or tail gets pending data
        self._last_closed = False
        self._root = None

    def close(self):
        """Flush and return the root element."""
        if self._stack:
            raise AssertionError("missing end tags")
        if self._root is None:
            raise AssertionError("missing toplevel element")
        return self._root

    def _flush(self):
        if self._text:
            if self._last is not None:
                text = "".join(self._text)
                if self._last_closed:
                    if self._last.tail:
                        raise AssertionError("internal error (tail)")
                    self._last.tail = text
                else:
                    if self._last.text:
                        raise AssertionError("internal error (text)")
                    self._last.text = text
            self._text = []

    def data(self, data):
        """Collect character data."""
        self._text.append(data)

    def start(self, tag, attrs):
        """Open an element; return it."""
        self._flush()
        elem = self._factory(tag, attrs)
        self._attach(elem)
        self._stack.append(elem)
        self._last_closed = False
        return elem

    def _attach(self, elem):
        if self._stack:
            self._stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._last = elem

    def end(self, tag):
        """Close the current element; return it."""
        self._flush()
        self._last = self._stack.pop()
        self._last_closed = True
        return self._last

    def comment(self, text):
        """Make a comment element (inserted in the tree if insert_comments)."""
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        """Make a processing-instruction element (inserted if insert_pis)."""
        return self._special(self._pi_factory, self.insert_pis, target, text)

    def _special(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            if self._stack:
                self._stack[-1].append(elem)
                self._last = elem
                self._last_closed = True
        return elem


class XMLParser:
    """Feeds an Expat parser and drives a target (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        self._expat_module = expat
        self.parser = self._parser = expat.ParserCreate(encoding, "}")
        self.target = self._target = target if target is not None else TreeBuilder()
        self.entity = {}
        self._names = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        parser = self._parser
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.SkippedEntityHandler = self._skipped_entity
        parser.StartDoctypeDeclHandler = self._doctype
        target = self._target
        if hasattr(target, "start"):
            parser.StartElementHandler = self._start
        if hasattr(target, "end"):
            parser.EndElementHandler = self._end
        if hasattr(target, "start_ns"):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, "end_ns"):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, "data"):
            parser.CharacterDataHandler = target.data
        if hasattr(target, "comment"):
            parser.CommentHandler = target.comment
        if hasattr(target, "pi"):
            parser.ProcessingInstructionHandler = target.pi

    def _fix(self, name):
        """Expat's "uri}local" becomes ElementTree's "{uri}local"."""
        fixed = self._names.get(name)
        if fixed is None:
            fixed = "{" + name if "}" in name else name
            self._names[name] = fixed
        return fixed

    def _start(self, tag, flat_attrs):
        fix = self._fix
        attrs = {}
        for i in range(0, len(flat_attrs), 2):
            attrs[fix(flat_attrs[i])] = flat_attrs[i + 1]
        return self._target.start(fix(tag), attrs)

    def _end(self, tag):
        return self._target.end(self._fix(tag))

    def _start_ns(self, prefix, uri):
        return self._target.start_ns(prefix or "", uri or "")

    def _end_ns(self, prefix):
        return self._target.end_ns(prefix or "")

    def _doctype(self, name, system, public, has_subset):
        handler = getattr(self._target, "doctype", None)
        if handler is None and getattr(type(self), "doctype", None) is not None:
            warnings.warn("The doctype() method of XMLParser is ignored.  Define doctype() "
                          "method on the TreeBuilder target.", RuntimeWarning, stacklevel=2)
        if handler is not None:
            handler(name, public, system)

    def _skipped_entity(self, name, is_parameter):
        if is_parameter:
            return
        value = self.entity.get(name)
        if value is not None:
            if hasattr(self._target, "data"):
                self._target.data(value)
            return
        parser = self._parser
        error = ParseError("undefined entity &%s;: line %d, column %d"
                           % (name, parser.CurrentLineNumber, parser.CurrentColumnNumber))
        error.code = 11
        error.position = (parser.CurrentLineNumber, parser.CurrentColumnNumber)
        raise error

    def _failed(self, exc):
        error = ParseError(str(exc))
        error.code = exc.code
        error.position = (exc.lineno, exc.offset)
        raise error from None

    def feed(self, data):
        """Parse another piece of the document."""
        try:
            self._parser.Parse(data, False)
        except self._expat_module.error as exc:
            self._failed(exc)

    def flush(self):
        """Handle all data fed so far (nothing is held back here)."""
        was = self._parser.GetReparseDeferralEnabled()
        try:
            self._parser.SetReparseDeferralEnabled(False)
            self._parser.Parse(b"", False)
        except self._expat_module.error as exc:
            self._failed(exc)
        finally:
            self._parser.SetReparseDeferralEnabled(was)

    def close(self):
        """Finish the document; return the target's close() result."""
        try:
            self._parser.Parse(b"", True)
        except self._expat_module.error as exc:
            self._failed(exc)
        close = getattr(self._target, "close", None)
        return close() if close is not None else None


class _EventCollector:
    """A target wrapper that records (event, value) pairs for pull parsing."""

    def __init__(self, target, events, queue):
        self._target = target
        self._queue = queue
        self._wanted = set(events)
        for method in ("start", "end", "data", "close"):
            if hasattr(target, method):
                setattr(self, method, getattr(self, "_" + method))
        for kind in ("comment", "pi"):
            if kind in self._wanted or hasattr(target, kind):
                setattr(self, kind, getattr(self, "_" + kind))
        if "start-ns" in self._wanted or hasattr(target, "start_ns"):
            self.start_ns = self._start_ns
        if "end-ns" in self._wanted or hasattr(target, "end_ns"):
            self.end_ns = self._end_ns

    def _start(self, tag, attrs):
        elem = self._target.start(tag, attrs)
        if "start" in self._wanted:
            self._queue.append(("start", elem))
        return elem

    def _end(self, tag):
        elem = self._target.end(tag)
        if "end" in self._wanted:
            self._queue.append(("end", elem))
        return elem

    def _data(self, data):
        self._target.data(data)

    def _close(self):
        return self._target.close()

    def _comment(self, text):
        method = getattr(self._target, "comment", None)
        elem = method(text) if method is not None else Comment(text)
        if "comment" in self._wanted:
            self._queue.append(("comment", elem))
        return elem

    def _pi(self, target, data):
        method = getattr(self._target, "pi", None)
        elem = method(target, data) if method is not None else PI(target, data)
        if "pi" in self._wanted:
            self._queue.append(("pi", elem))
        return elem

    def _start_ns(self, prefix, uri):
        method = getattr(self._target, "start_ns", None)
        if method is not None:
            method(prefix, uri)
        if "start-ns" in self._wanted:
            self._queue.append(("start-ns", (prefix, uri)))

    def _end_ns(self, prefix):
        method = getattr(self._target, "end_ns", None)
        if method is not None:
            method(prefix)
        if "end-ns" in self._wanted:
            self._queue.append(("end-ns", None))


_KNOWN_EVENTS = ("start", "end", "comment", "pi", "start-ns", "end-ns")


class XMLPullParser:
    """A non-blocking parser: feed() data, then read_events() what it produced."""

    def __init__(self, events=None, *, _parser=None):
        self._events = collections.deque()
        events = ("end",) if events is None else tuple(events)
        for event in events:
            if event not in _KNOWN_EVENTS:
                raise ValueError("unknown event %r" % (event,))
        self._parser = _parser or XMLParser(target=TreeBuilder())
        parser = self._parser
        # Re-route the parser's target through an event collector.
        collector = _EventCollector(parser.target, events, self._events)
        parser._target = collector
        expat = parser._parser
        expat.StartElementHandler = parser._start if hasattr(collector, "start") else None
        expat.EndElementHandler = parser._end if hasattr(collector, "end") else None
        expat.CharacterDataHandler = getattr(collector, "data", None)
        expat.CommentHandler = getattr(collector, "comment", None)
        expat.ProcessingInstructionHandler = getattr(collector, "pi", None)
        if hasattr(collector, "start_ns"):
            expat.StartNamespaceDeclHandler = parser._start_ns
        if hasattr(collector, "end_ns"):
            expat.EndNamespaceDeclHandler = parser._end_ns

    def feed(self, data):
        """Parse more data; events become available from read_events()."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            self._parser.feed(data)
        except SyntaxError as exc:
            # Reported by read_events(), after the events that came before it.
            self._events.append(exc)

    def flush(self):
        if self._parser is not None:
            self._parser.flush()

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Signal the end of the data (and check the document is complete)."""
        self._close_and_return_root()

    def read_events(self):
        """Yield the (event, element) pairs produced so far, removing them."""
        pending = self._events
        while pending:
            item = pending.popleft()
            if isinstance(item, Exception):
                raise item
            yield item


class _IterParseIterator:
    """The iterator iterparse() returns; `root` is set once parsing ends."""

    def __init__(self, source, events, parser):
        self._pull = XMLPullParser(events=events, _parser=parser)
        self.root = None
        self._file = None       # set before open(), which may fail
        self._owns_file = not hasattr(source, "read")
        self._file = open(source, "rb") if self._owns_file else source
        self._items = self._generate()

    def _generate(self):
        pull = self._pull
        try:
            while True:
                yield from pull.read_events()
                data = self._file.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            self.root = root
        finally:
            self._close_file()

    def _close_file(self):
        if self._owns_file and self._file is not None:
            self._file.close()
            self._file = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._items)

    def close(self):
        self._items.close()
        self._close_file()

    def __del__(self):
        if getattr(self, "_owns_file", False):
            self._close_file()


def iterparse(source, events=None, parser=None):
    """Parse a file incrementally, yielding (event, element) pairs."""
    return _IterParseIterator(source, events, parser)


# --- C14N 2.0 ------------------------------------------------------------------

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """Canonical XML (C14N 2.0) of a document given as text or a file.

    With `out` (a text file) the result is written there and None returned;
    otherwise it is returned as a string.
    """
    if (xml_data is None) == (from_file is None):
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    collected = None
    if out is None:
        collected = out = io.StringIO()
    parser = XMLParser(target=C14NWriterTarget(out.write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    else:
        parse(from_file, parser=parser)
    return collected.getvalue() if collected is not None else None


_C14N_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#xD;"})
_C14N_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#x9;",
                            "\n": "&#xA;", "\r": "&#xD;"})
_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _split_qualified(name):
    """"{uri}local" -> ("uri", "local"); "local" -> ("", "local")."""
    if name[:1] == "{":
        uri, _, local = name[1:].partition("}")
        return uri, local
    return "", name


class C14NWriterTarget:
    """A parser target writing canonical XML (C14N 2.0) through `write`.

    Options: with_comments keeps comments; strip_text trims white space
    around text (except under xml:space="preserve"); rewrite_prefixes
    renames namespace prefixes to n0, n1, ... in order of first use;
    qname_aware_tags / qname_aware_attrs name the elements whose text and
    the attributes whose values are "prefix:local" names to keep in step
    with the prefixes; exclude_tags / exclude_attrs leave elements
    (with their content) and attributes out.
    """

    def __init__(self, write, *, with_comments=False, strip_text=False,
                 rewrite_prefixes=False, qname_aware_tags=None, qname_aware_attrs=None,
                 exclude_attrs=None, exclude_tags=None):
        self._write = write
        self._with_comments = with_comments
        self._strip_text = strip_text
        self._rewrite = rewrite_prefixes
        self._qname_tags = set(qname_aware_tags or ())
        self._qname_attrs = set(qname_aware_attrs or ())
        self._exclude_attrs = set(exclude_attrs or ())
        self._exclude_tags = set(exclude_tags or ())
        self._text = []
        self._declared_next = []          # source (prefix, uri) for the next element
        self._source_scopes = [[("xml", _XML_NS)]]
        self._output_scopes = [{"xml": _XML_NS}]
        self._generated = {}              # uri -> "nK" when rewriting prefixes
        self._preserve = [False]          # xml:space="preserve" in force
        self._deferred = None             # a start tag waiting for its QName text
        self._skipping = 0                # depth inside an excluded element
        self._depth = 0
        self._root_done = False

    # --- namespace bookkeeping ---

    def _source_uri(self, prefix):
        for scope in reversed(self._source_scopes):
            for known_prefix, uri in reversed(scope):
                if known_prefix == prefix:
                    return uri
        return None

    def _source_prefix(self, uri):
        for scope in reversed(self._source_scopes):
            for prefix, known_uri in reversed(scope):
                if known_uri == uri:
                    return prefix
        raise ValueError("Namespace %r is not declared in scope" % uri)

    def _output_prefix(self, uri, for_tag):
        if uri == _XML_NS:
            return "xml"
        if self._rewrite:
            return self._generated[uri] if (uri or for_tag) else ""
        return self._source_prefix(uri) if uri else ""

    def _in_output_scope(self, prefix, uri):
        for scope in reversed(self._output_scopes):
            if prefix in scope:
                return scope[prefix] == uri
        return prefix == "" and uri == ""

    def _resolve_qname_text(self, text):
        """A "prefix:local" value -> (uri, local), through the source declarations."""
        prefix, colon, local = text.partition(":")
        if not colon:
            prefix, local = "", text
        uri = self._source_uri(prefix)
        if uri is None:
            raise ValueError("Prefix %r of QName %r is not declared in scope"
                             % (prefix, text))
        return uri, local

    # --- events ---

    def start_ns(self, prefix, uri):
        if not self._skipping:
            self._declared_next.append((prefix, uri))

    def data(self, data):
        if not self._skipping:
            self._text.append(data)

    def start(self, tag, attrs):
        if self._skipping or tag in self._exclude_tags:
            self._skipping += 1
            self._declared_next = []
            return
        self._flush_pending()
        self._flush_text()
        self._source_scopes.append(self._declared_next)
        self._declared_next = []
        attributes = [(key, value) for key, value in attrs.items()
                      if key not in self._exclude_attrs]
        space = attrs.get("{%s}space" % _XML_NS)
        self._preserve.append(self._preserve[-1] if space is None else space == "preserve")
        self._depth += 1
        if tag in self._qname_tags:
            self._deferred = (tag, attributes)    # written once its text is known
        else:
            self._write_start(tag, attributes, None)

    def _write_start(self, tag, attributes, qname_text):
        uri, local = _split_qualified(tag)
        values = []
        needed = {uri}
        for key, value in attributes:
            attr_uri, attr_local = _split_qualified(key)
            if attr_uri:
                needed.add(attr_uri)
            if key in self._qname_attrs:
                value = self._resolve_qname_text(value)
                needed.add(value[0])
            values.append((attr_uri, attr_local, value))
        if qname_text is not None:
            qname_text = self._resolve_qname_text(qname_text)
            needed.add(qname_text[0])
        if self._rewrite:
            for new_uri in sorted(u for u in needed if u not in self._generated
                                  and u != _XML_NS):
                self._generated[new_uri] = "n%d" % len(self._generated)
        declarations = {}
        for needed_uri in needed:
            if not needed_uri and not self._rewrite:
                # An unqualified tag must undo a default namespace in force.
                if not self._in_output_scope("", ""):
                    declarations[""] = ""
                continue
            prefix = self._output_prefix(needed_uri, for_tag=True)
            if not self._in_output_scope(prefix, needed_uri):
                declarations[prefix] = needed_uri
        self._output_scopes.append(declarations)
        name = self._name(uri, local, for_tag=True)
        self._write("<" + name)
        for prefix in sorted(declarations):
            self._write(' %s="%s"' % ("xmlns:" + prefix if prefix else "xmlns",
                                      declarations[prefix].translate(_C14N_ATTR)))
        values.sort(key=lambda item: (item[0], item[1]))
        for attr_uri, attr_local, value in values:
            if isinstance(value, tuple):
                value = self._name(value[0], value[1], for_tag=True)
            self._write(' %s="%s"' % (self._name(attr_uri, attr_local, for_tag=False),
                                      value.translate(_C14N_ATTR)))
        self._write(">")
        if qname_text is not None:
            self._write(self._name(qname_text[0], qname_text[1], for_tag=True)
                        .translate(_C14N_TEXT))

    def _name(self, uri, local, for_tag):
        if not uri and not (self._rewrite and for_tag):
            return local
        prefix = self._output_prefix(uri, for_tag)
        return "%s:%s" % (prefix, local) if prefix else local

    def _flush_pending(self):
        """Write a deferred QName-aware start tag, resolving its text."""
        if self._deferred is None:
            return
        tag, attributes = self._deferred
        self._deferred = None
        text = "".join(self._text)
        self._text = []
        self._write_start(tag, attributes, text.strip() if text.strip() else None)
        if not text.strip() and text:
            self._text.append(text)

    def _flush_text(self):
        text = "".join(self._text)
        self._text = []
        if self._strip_text and not self._preserve[-1]:
            text = text.strip()
        if text and self._depth:
            self._write(text.translate(_C14N_TEXT))

    def end(self, tag):
        if self._skipping:
            self._skipping -= 1
            return
        self._flush_pending()
        self._flush_text()
        uri, local = _split_qualified(tag)
        self._write("</%s>" % self._name(uri, local, for_tag=True))
        self._output_scopes.pop()
        self._source_scopes.pop()
        self._preserve.pop()
        self._depth -= 1
        self._root_done = not self._depth

    def _markup_outside_text(self, markup):
        """Comments and PIs; outside the root they sit on lines of their own."""
        if self._depth:
            self._flush_pending()
            self._flush_text()
            self._write(markup)
        elif self._root_done:
            self._write("\n" + markup)
        else:
            self._write(markup + "\n")

    def comment(self, text):
        if self._with_comments and not self._skipping:
            self._markup_outside_text("<!--%s-->" % text.translate(_C14N_TEXT))

    def pi(self, target, data):
        if not self._skipping:
            self._markup_outside_text("<?%s %s?>" % (target, data.translate(_C14N_TEXT))
                                      if data else "<?%s?>" % target)

    def close(self):
        return None


# The pure-Python classes, under the names test suites look for.
_Element_Py = Element
