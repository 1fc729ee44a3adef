"""A small implementation of the W3C DOM (Level 2 Core, with a few Level 3
conveniences), in the spirit of CPython's xml.dom.minidom.

parse() and parseString() build a Document from XML text with the expat
parser; nodes can then be inspected, changed and written back with
toxml() / toprettyxml() / writexml().
"""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE,
                     domreg)
from xml.dom.minicompat import EmptyNodeList, NodeList, StringTypes, defproperty

_ELEMENT = xml.dom.Node.ELEMENT_NODE
_ATTRIBUTE = xml.dom.Node.ATTRIBUTE_NODE
_TEXT = xml.dom.Node.TEXT_NODE
_CDATA = xml.dom.Node.CDATA_SECTION_NODE
_ENTITY_REF = xml.dom.Node.ENTITY_REFERENCE_NODE
_ENTITY = xml.dom.Node.ENTITY_NODE
_PI = xml.dom.Node.PROCESSING_INSTRUCTION_NODE
_COMMENT = xml.dom.Node.COMMENT_NODE
_DOCUMENT = xml.dom.Node.DOCUMENT_NODE
_DOCTYPE = xml.dom.Node.DOCUMENT_TYPE_NODE
_FRAGMENT = xml.dom.Node.DOCUMENT_FRAGMENT_NODE
_NOTATION = xml.dom.Node.NOTATION_NODE


def _write_data(writer, data):
    """Write character data with the markup characters escaped."""
    if data:
        writer.write(data.replace("&", "&amp;").replace("<", "&lt;")
                     .replace('"', "&quot;").replace(">", "&gt;"))


def _missing():
    """Raise the DOM's "no such node" error."""
    raise xml.dom.NotFoundErr()


def _misplaced(node, parent):
    raise xml.dom.HierarchyRequestErr("%r cannot be child of %r" % (node, parent))


def _split_qname(qualified):
    """"p:local" -> ("p", "local"); "local" -> (None, "local")."""
    prefix, colon, local = qualified.partition(":")
    if colon:
        return prefix, local
    return EMPTY_PREFIX, qualified


class Node(xml.dom.Node):
    """What every minidom node shares: tree links, editing and serialization."""

    namespaceURI = EMPTY_NAMESPACE
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    localName = None
    nodeValue = None        # only text-like nodes and attributes have a value
    attributes = None       # only elements have attributes
    _child_types = ()

    def __bool__(self):
        return True

    # --- serialization ---

    def toxml(self, encoding=None, standalone=None):
        """This node as XML text (bytes when an encoding is given)."""
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        """This node as indented XML text (bytes when an encoding is given)."""
        out = io.StringIO()
        if self.nodeType == _DOCUMENT:
            self.writexml(out, "", indent, newl, encoding, standalone)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    # --- children ---

    def hasChildNodes(self):
        return len(self.childNodes) > 0

    def _get_firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    def _get_lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            _misplaced(node, self)

    def _link(self, node, index):
        """Put `node` at childNodes[index] and fix the sibling pointers around it."""
        children = self.childNodes
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        children.insert(index, node)
        node.parentNode = self
        before = children[index - 1] if index > 0 else None
        after = children[index + 1] if index + 1 < len(children) else None
        node.previousSibling = before
        node.nextSibling = after
        if before is not None:
            before.nextSibling = node
        if after is not None:
            after.previousSibling = node

    def insertBefore(self, newChild, refChild):
        """Insert newChild before refChild (at the end if refChild is None)."""
        if newChild.nodeType == _FRAGMENT:
            for child in list(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        if refChild is None:
            self._link(newChild, len(self.childNodes))
            return newChild
        index = self._index_of(refChild)
        if newChild is refChild:
            return newChild
        if newChild.parentNode is self and self._index_of(newChild) < index:
            index -= 1
        self._link(newChild, index)
        return newChild

    def _index_of(self, node):
        for i, child in enumerate(self.childNodes):
            if child is node:
                return i
        _missing()

    def appendChild(self, node):
        """Add node as the last child and return it."""
        if node.nodeType == _FRAGMENT:
            for child in list(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        self._link(node, len(self.childNodes))
        return node

    def replaceChild(self, newChild, oldChild):
        """Put newChild where oldChild is; return oldChild."""
        if newChild.nodeType == _FRAGMENT:
            ref = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, ref) and oldChild
        self._check_child(newChild)
        if newChild is oldChild:
            return oldChild
        index = self._index_of(oldChild)
        self.removeChild(oldChild)
        if newChild.parentNode is self and self._index_of(newChild) < index:
            index -= 1
        self._link(newChild, index)
        return oldChild

    def removeChild(self, oldChild):
        """Detach oldChild (NotFoundErr if it is not a child); return it."""
        index = self._index_of(oldChild)
        children = self.childNodes
        del children[index]
        before = children[index - 1] if index > 0 else None
        after = children[index] if index < len(children) else None
        if before is not None:
            before.nextSibling = after
        if after is not None:
            after.previousSibling = before
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        return oldChild

    def normalize(self):
        """Merge adjacent text nodes and drop empty ones, in the whole subtree."""
        kept = []
        for child in self.childNodes:
            if child.nodeType == _TEXT:
                if not child.data:
                    continue
                if kept and kept[-1].nodeType == _TEXT:
                    kept[-1].data = kept[-1].data + child.data
                    continue
            kept.append(child)
            if child.nodeType == _ELEMENT:
                child.normalize()
        self.childNodes[:] = kept
        for i, child in enumerate(kept):
            child.parentNode = self
            child.previousSibling = kept[i - 1] if i else None
            child.nextSibling = kept[i + 1] if i + 1 < len(kept) else None

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def getUserData(self, key):
        entry = getattr(self, "_user_data", {}).get(key)
        return entry[0] if entry else None

    def setUserData(self, key, data, handler):
        store = self.__dict__.setdefault("_user_data", {})
        old = store.get(key)
        if data is None:
            store.pop(key, None)
        else:
            store[key] = (data, handler)
        return old[0] if old else None

    def _call_user_data_handler(self, operation, src, dst):
        for key, (data, handler) in list(getattr(self, "_user_data", {}).items()):
            if handler is not None:
                handler.handle(operation, key, data, src, dst)

    def unlink(self):
        """Break the reference cycles of this subtree."""
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        if isinstance(self.childNodes, NodeList):
            self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()


defproperty(Node, "firstChild", doc="First child node, or None.")
defproperty(Node, "lastChild", doc="Last child node, or None.")


class _Leaf:
    """Mixin for nodes that can never have children."""

    childNodes = EmptyNodeList()
    firstChild = lastChild = None

    def _refuse(self, *args):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    appendChild = insertBefore = replaceChild = _refuse

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def hasChildNodes(self):
        return False


# --- the document fragment and attributes --------------------------------------

class DocumentFragment(Node):
    nodeType = _FRAGMENT
    nodeName = "#document-fragment"
    _child_types = (_ELEMENT, _TEXT, _CDATA, _ENTITY_REF, _PI, _COMMENT, _NOTATION)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    """An attribute node; its value is plain text."""

    nodeType = _ATTRIBUTE
    specified = False
    ownerElement = None
    _is_id = False
    _child_types = (_TEXT, _ENTITY_REF)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.localName = localName if localName is not None else _split_qname(qName)[1]
        self.value = ""
        self.childNodes = NodeList()

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def _get_isId(self):
        return self._is_id

    isId = property(_get_isId)

    def _get_schemaType(self):
        return _NO_TYPE

    schemaType = property(_get_schemaType)

    def unlink(self):
        element = self.ownerElement
        if element is not None:
            element._attrs.pop(self.name, None)
            element._attrsNS.pop((self.namespaceURI, self.localName), None)
        self.ownerElement = None
        super().unlink()


class NamedNodeMap:
    """The attributes of an element, by name, by (uri, local name) or by index."""

    __slots__ = ("_attrs", "_attrsNS", "_ownerElement")

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def itemsNS(self):
        return [((attr.namespaceURI, attr.localName), attr.value)
                for attr in self._attrs.values()]

    def values(self):
        """The Attr nodes."""
        return self._attrs.values()

    def keys(self):
        """The qualified names."""
        return self._attrs.keys()

    def keysNS(self):
        """The (namespace URI, local name) pairs."""
        return self._attrsNS.keys()

    def get(self, name, default=None):
        return self._attrs.get(name, default)

    def __len__(self):
        return len(self._attrs)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return key in self._attrsNS

    def __eq__(self, other):
        return self is other or (isinstance(other, NamedNodeMap) and
                                 self._attrs is other._attrs)

    def __hash__(self):
        return id(self._attrs)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self._attrsNS[key]
        return self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            # A string sets (or creates) the attribute's value.
            self._ownerElement.setAttribute(name, value)
        elif isinstance(value, Attr):
            self.setNamedItem(value)
        else:
            raise TypeError("value must be a string or Attr object")

    def __delitem__(self, name):
        self.removeNamedItem(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        return self._ownerElement.removeAttributeNode(self._attrs.get(name))

    def removeNamedItemNS(self, namespaceURI, localName):
        found = self._attrsNS.get((namespaceURI, localName))
        return self._ownerElement.removeAttributeNode(found)

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            _misplaced(node, self)
        return self._ownerElement.setAttributeNode(node)

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


class TypeInfo:
    """Schema type information (minidom knows no schemas: always empty)."""

    __slots__ = ("namespace", "name")

    def __init__(self, namespace, name):
        self.namespace, self.name = namespace, name

    def __repr__(self):
        if self.namespace:
            return "<%s %r (from %r)>" % (type(self).__name__, self.name, self.namespace)
        return "<%s %r>" % (type(self).__name__, self.name)


_NO_TYPE = TypeInfo(None, None)


# --- elements ---------------------------------------------------------------------

class Element(Node):
    """An element: a tag name, attributes and child nodes."""

    nodeType = _ELEMENT
    schemaType = _NO_TYPE
    _child_types = (_ELEMENT, _PI, _COMMENT, _TEXT, _CDATA, _ENTITY_REF)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.localName = localName if localName is not None else _split_qname(tagName)[1]
        self.childNodes = NodeList()
        self._attrs = {}        # qualified name -> Attr
        self._attrsNS = {}      # (namespace URI, local name) -> Attr

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    def unlink(self):
        for attr in list(self._attrs.values()):
            attr.unlink()
        super().unlink()

    # --- attributes ---

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._attrsNS.get((namespaceURI, localName))
        return attr.value if attr is not None else ""

    def _new_attribute(self, *names):
        made = Attr(*names)
        made.ownerDocument = self.ownerDocument
        self.setAttributeNode(made)
        return made

    def setAttribute(self, attname, value):
        existing = self._attrs.get(attname)
        (existing or self._new_attribute(attname)).value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        existing = self._attrsNS.get((namespaceURI, local))
        if existing is None:
            existing = self._new_attribute(qualifiedName, namespaceURI, local, prefix)
        elif existing.name != qualifiedName:
            # Same namespace and local name, new prefix: re-key by the new name.
            del self._attrs[existing.name]
            existing.name = existing.nodeName = qualifiedName
            existing.prefix = prefix
            self._attrs[qualifiedName] = existing
        existing.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        """Attach an Attr node; return the node it replaced, if any."""
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old_by_name = self._attrs.get(attr.name)
        old_by_ns = self._attrsNS.get((attr.namespaceURI, attr.localName))
        for old in (old_by_name, old_by_ns):
            if old is not None and old is not attr:
                self._drop_attribute(old)
        self._attrs[attr.name] = attr
        self._attrsNS[(attr.namespaceURI, attr.localName)] = attr
        attr.ownerElement = self
        if old_by_name is not attr:
            return old_by_name if old_by_name is not None else old_by_ns
        return None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        self.removeAttributeNode(self._attrs.get(name))

    def removeAttributeNS(self, namespaceURI, localName):
        self.removeAttributeNode(self._attrsNS.get((namespaceURI, localName)))

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            _missing()
        self._drop_attribute(node)
        return node

    def _drop_attribute(self, node):
        """Detach an attribute from both indexes; it stops being an ID."""
        if self._attrs.get(node.name) is node:
            del self._attrs[node.name]
        key = (node.namespaceURI, node.localName)
        if self._attrsNS.get(key) is node:
            del self._attrsNS[key]
        node.ownerElement = None
        node._is_id = False

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or self._attrs.get(idAttr.name) is not idAttr:
            _missing()
        idAttr._is_id = True

    # --- searching ---

    def getElementsByTagName(self, name):
        return NodeList(_descendants(self, lambda e: name == "*" or e.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(_descendants(
            self, lambda e: (localName == "*" or e.localName == localName)
            and (namespaceURI == "*" or e.namespaceURI == namespaceURI)))

    # --- output ---

    def writexml(self, writer, indent='', addindent='', newl=''):
        """Write the element; indent and addindent indent it, newl ends lines."""
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        children = self.childNodes
        if not children:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(children) == 1 and children[0].nodeType in (_TEXT, _CDATA):
            # A lone piece of text stays on the element's line.
            children[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for child in children:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))


def _descendants(node, test):
    """Elements below `node`, in document order, for which test() holds."""
    found = []
    stack = list(reversed(node.childNodes))
    while stack:
        current = stack.pop()
        if current.nodeType == _ELEMENT:
            if test(current):
                found.append(current)
            stack.extend(reversed(current.childNodes))
    return found


# --- character data, comments, processing instructions -----------------------------

class CharacterData(Node):
    """Shared behaviour of Text, CDATASection and Comment: a `data` string."""

    childNodes = EmptyNodeList()

    def __init__(self):
        self._data = ""

    def _get_data(self):
        return self._data

    def _set_data(self, value):
        self._data = value

    data = nodeValue = property(_get_data, _set_data)

    @property
    def length(self):
        return len(self._data)

    def __repr__(self):
        data = self._data
        shown = data[:10] + "..." if len(data) > 10 else data
        return '<DOM %s node "%r">' % (type(self).__name__, shown)

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset > len(self._data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self._data = self._data + arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        if arg:
            self._data = self._data[:offset] + arg + self._data[offset:]

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self._data = self._data[:offset] + self._data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self._data = self._data[:offset] + arg + self._data[offset + count:]


class Text(_Leaf, CharacterData):
    nodeType = _TEXT
    nodeName = "#text"

    def splitText(self, offset):
        """Cut this node at `offset`; the rest becomes a new following sibling."""
        if offset < 0 or offset > len(self._data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = type(self)()
        rest.data = self._data[offset:]
        rest.ownerDocument = self.ownerDocument
        if self.parentNode is not None:
            self.parentNode.insertBefore(rest, self.nextSibling)
        self.data = self._data[:offset]
        return rest

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_data(writer, "%s%s%s" % (indent, self._data, newl))

    def _get_wholeText(self):
        """The text of this node and of the text nodes adjacent to it."""
        start = self
        while start.previousSibling is not None and \
                start.previousSibling.nodeType in (_TEXT, _CDATA):
            start = start.previousSibling
        parts = []
        node = start
        while node is not None and node.nodeType in (_TEXT, _CDATA):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)

    wholeText = property(_get_wholeText)

    def replaceWholeText(self, content):
        """Replace this node and its adjacent text nodes by one holding `content`."""
        parent = self.parentNode
        for direction in ("previousSibling", "nextSibling"):
            node = getattr(self, direction)
            while node is not None and node.nodeType in (_TEXT, _CDATA):
                following = getattr(node, direction)
                parent.removeChild(node)
                node = following
        if content:
            self.data = content
            return self
        if parent is not None:
            parent.removeChild(self)
        return None

    def _get_isWhitespaceInElementContent(self):
        if self._data.strip():
            return False
        element = self.parentNode
        info = element and self.ownerDocument and \
            self.ownerDocument._get_elem_info(element)
        return bool(info and info.isElementContent())

    isWhitespaceInElementContent = property(_get_isWhitespaceInElementContent)


class CDATASection(Text):
    nodeType = _CDATA
    nodeName = "#cdata-section"

    def writexml(self, writer, indent='', addindent='', newl=''):
        if "]]>" in self._data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self._data)


class Comment(_Leaf, CharacterData):
    nodeType = _COMMENT
    nodeName = "#comment"

    def __init__(self, data):
        super().__init__()
        self._data = data

    def writexml(self, writer, indent='', addindent='', newl=''):
        if "--" in self._data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self._data, newl))


class ProcessingInstruction(_Leaf, Node):
    nodeType = _PI

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


# --- document type, entities and notations ------------------------------------------

class ReadOnlySequentialNamedNodeMap:
    """An unchangeable NamedNodeMap over a list (a doctype's entities or notations)."""

    __slots__ = ("_seq",)

    def __init__(self, seq=()):
        self._seq = seq

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def getNamedItem(self, name):
        for node in self._seq:
            if node.nodeName == name:
                return node
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for node in self._seq:
            if node.namespaceURI == namespaceURI and node.localName == localName:
                return node
        return None

    def __getitem__(self, key):
        # A name, or a (namespace URI, local name) pair.
        found = (self.getNamedItemNS(*key) if isinstance(key, tuple)
                 else self.getNamedItem(key))
        if found is None:
            raise KeyError(key)
        return found

    def item(self, index):
        if 0 <= index < len(self._seq):
            return self._seq[index]
        return None

    def _read_only(self, *args):
        raise xml.dom.NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _read_only


class Identified:
    """Mixin for nodes with publicId and systemId."""

    def _identified_mixin_init(self, publicId, systemId):
        self.publicId, self.systemId = publicId, systemId


class DocumentType(Identified, _Leaf, Node):
    nodeType = _DOCTYPE
    name = None
    publicId = systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap([])
        self.notations = ReadOnlySequentialNamedNodeMap([])
        if qualifiedName:
            self.name = _split_qname(qualifiedName)[1]
        self.nodeName = self.name

    def cloneNode(self, deep):
        if self.ownerDocument is not None:
            return None
        return self._copy(deep, xml.dom.UserDataHandler.NODE_CLONED)

    def _copy(self, deep, operation):
        clone = DocumentType(None)
        clone.name = clone.nodeName = self.name
        clone.publicId, clone.systemId = self.publicId, self.systemId
        clone.internalSubset = self.internalSubset
        if deep:
            for source, target in ((self.entities, clone.entities),
                                   (self.notations, clone.notations)):
                for node in source._seq:
                    copy = node.__class__.__new__(node.__class__)
                    copy.__dict__.update(node.__dict__)
                    copy.__dict__.pop("_user_data", None)
                    target._seq.append(copy)
                    node._call_user_data_handler(operation, node, copy)
        return clone

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write("<!DOCTYPE " + self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [" + self.internalSubset + "]")
        writer.write(">" + newl)


class Entity(Identified, Node):
    nodeType = _ENTITY
    actualEncoding = encoding = version = None
    _child_types = (_ELEMENT, _PI, _COMMENT, _TEXT, _CDATA, _ENTITY_REF)

    def __init__(self, name, publicId, systemId, notation):
        self._identified_mixin_init(publicId, systemId)
        self.nodeName, self.notationName = name, notation
        self.childNodes = NodeList()     # the replacement text, as a Text node

    def appendChild(self, newChild):
        raise xml.dom.HierarchyRequestErr("cannot append children to an entity node")

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr("cannot insert children below an entity node")

    def removeChild(self, oldChild):
        raise xml.dom.HierarchyRequestErr("cannot remove children from an entity node")

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr("cannot replace children of an entity node")


class Notation(Identified, _Leaf, Node):
    nodeType = _NOTATION

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self._identified_mixin_init(publicId, systemId)


# --- the implementation object and documents ---------------------------------------

class DOMImplementation:
    """Creates documents and document types; answers feature queries."""

    _features = [("core", "1.0"), ("core", "2.0"), ("core", None), ("xml", "1.0"),
                 ("xml", "2.0"), ("xml", None), ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        # An empty version string means "any version", like None.
        return (feature.lower(), version or None) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return doc    # an empty document, as the DOM Level 3 LS loader needs
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        prefix, local = _split_qname(qualifiedName)
        if prefix == "xml" and namespaceURI != XML_NAMESPACE:
            raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
        if prefix and not namespaceURI:
            raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
        element = doc.createElementNS(namespaceURI, qualifiedName)
        if doctype is not None:
            doc.appendChild(doctype)
        doc.appendChild(element)
        if doctype is not None:
            doctype.ownerDocument = doc
        doc.doctype, doc.implementation = doctype, self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        made = DocumentType(qualifiedName)
        made.publicId, made.systemId = publicId, systemId
        return made

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class ElementInfo:
    """What a DTD says about one element type (only what minidom needs)."""

    __slots__ = ("tagName",)

    def __init__(self, name):
        self.tagName = name

    def getAttributeType(self, aname):
        return _NO_TYPE

    def getAttributeTypeNS(self, namespaceURI, localName):
        return _NO_TYPE

    def isElementContent(self):
        return False

    def isEmpty(self):
        return False

    def isId(self, aname):
        return False

    def isIdNS(self, namespaceURI, localName):
        return False


class DocumentLS:
    """The DOM Level 3 Load and Save conveniences of a document."""

    async_ = False

    def _set_async(self, flag):
        if flag:
            raise xml.dom.NotSupportedErr("asynchronous document loading is not supported")

    def abort(self):
        raise xml.dom.InvalidStateErr("haven't decided what this should do")

    def load(self, uri):
        raise NotImplementedError("haven't written this yet")

    def loadXML(self, source):
        raise NotImplementedError("haven't written this yet")

    def saveXML(self, snode):
        if snode is None:
            snode = self
        elif snode.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr()
        return snode.toxml()


class DOMImplementationLS:
    MODE_SYNCHRONOUS = 1
    MODE_ASYNCHRONOUS = 2


class Document(Node, DocumentLS):
    """The root of a DOM tree: holds the document element and makes new nodes."""

    nodeType = _DOCUMENT
    nodeName = "#document"
    parentNode = ownerDocument = None
    previousSibling = nextSibling = None
    doctype = None
    # what the XML declaration said
    version = encoding = standalone = None
    actualEncoding = documentURI = errorHandler = None
    strictErrorChecking = False
    _child_types = (_ELEMENT, _PI, _COMMENT, _DOCTYPE)

    def __init__(self):
        self.implementation = DOMImplementation()
        self.childNodes = NodeList()

    def _get_elem_info(self, element):
        return None

    def _get_documentElement(self):
        for node in self.childNodes:
            if node.nodeType == _ELEMENT:
                return node
        return None

    documentElement = property(_get_documentElement)

    def appendChild(self, node):
        self._check_child(node)
        if node.nodeType == _ELEMENT and self._get_documentElement() is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _ELEMENT and self._get_documentElement() is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        return Node.insertBefore(self, newChild, refChild)

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def unlink(self):
        doctype, self.doctype = self.doctype, None
        if doctype is not None:
            doctype.unlink()
        super().unlink()

    def cloneNode(self, deep):
        if not deep:
            return None     # a document without its content would be meaningless
        clone = Document()
        clone.implementation = self.implementation
        clone.encoding, clone.standalone, clone.version = \
            self.encoding, self.standalone, self.version
        for child in self.childNodes:
            copy = _clone(child, True, clone)
            if copy is None:
                continue
            clone.childNodes.append(copy)
            copy.parentNode = copy.ownerDocument = clone
            if child.nodeType == _DOCTYPE:
                clone.doctype = copy
        _relink(clone)
        self._call_user_data_handler(xml.dom.UserDataHandler.NODE_CLONED, self, clone)
        return clone

    # --- factories ---

    def createDocumentFragment(self):
        fragment = DocumentFragment()
        fragment.ownerDocument = self
        return fragment

    def createElement(self, tagName):
        element = Element(tagName)
        element.ownerDocument = self
        return element

    def _text_like(self, kind, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        made = kind()
        made.data = data
        made.ownerDocument = self
        return made

    def createTextNode(self, data):
        return self._text_like(Text, data)

    def createCDATASection(self, data):
        return self._text_like(CDATASection, data)

    def createComment(self, data):
        node = Comment(data)
        node.ownerDocument = self
        return node

    def createProcessingInstruction(self, target, data):
        node = ProcessingInstruction(target, data)
        node.ownerDocument = self
        return node

    def createAttribute(self, qName):
        attr = Attr(qName)
        attr.ownerDocument = self
        attr.value = ""
        return attr

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        element = Element(qualifiedName, namespaceURI, prefix)
        element.ownerDocument = self
        return element

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        attr = Attr(qualifiedName, namespaceURI, local, prefix)
        attr.ownerDocument = self
        attr.value = ""
        return attr

    def _create_entity(self, name, publicId, systemId, notationName):
        entity = Entity(name, publicId, systemId, notationName)
        entity.ownerDocument = self
        return entity

    def _create_notation(self, name, publicId, systemId):
        notation = Notation(name, publicId, systemId)
        notation.ownerDocument = self
        return notation

    # --- searching ---

    def getElementById(self, id):
        for element in _descendants(self, lambda e: True):
            for attr in element._attrs.values():
                if attr._is_id and attr.value == id:
                    return element
        return None

    def getElementsByTagName(self, name):
        return NodeList(_descendants(self, lambda e: name == "*" or e.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(_descendants(
            self, lambda e: (localName == "*" or e.localName == localName)
            and (namespaceURI == "*" or e.namespaceURI == namespaceURI)))

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType == _DOCUMENT:
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        if node.nodeType == _DOCTYPE:
            raise xml.dom.NotSupportedErr("cannot import document type nodes")
        return _clone(node, deep, self, imported=True)

    def renameNode(self, n, namespaceURI, name):
        if n.nodeType not in (_ELEMENT, _ATTRIBUTE):
            raise xml.dom.NotSupportedErr("renameNode() only applies to element and "
                                          "attribute nodes")
        if n.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr()
        prefix, local = _split_qname(name)
        if prefix == "xmlns" and namespaceURI != XMLNS_NAMESPACE:
            raise xml.dom.NamespaceErr("illegal use of 'xmlns' prefix")
        if name == "xmlns" and namespaceURI != XMLNS_NAMESPACE and n.nodeType == _ATTRIBUTE:
            raise xml.dom.NamespaceErr("illegal use of the 'xmlns' attribute")
        if namespaceURI is EMPTY_NAMESPACE:
            prefix = local = None      # a non-namespace name has no local part
        owner = n.ownerElement if n.nodeType == _ATTRIBUTE else None
        is_id = getattr(n, "_is_id", False)
        if owner is not None:
            owner.removeAttributeNode(n)
        n.prefix, n.localName, n.namespaceURI = prefix, local, namespaceURI
        n.nodeName = name
        if n.nodeType == _ELEMENT:
            n.tagName = name
        else:
            n.name = name
            if owner is not None:
                owner.setAttributeNode(n)
                n._is_id = is_id
        n._call_user_data_handler(xml.dom.UserDataHandler.NODE_RENAMED, n, None)
        return n

    # --- output ---

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        extra = ""
        if encoding is not None:
            extra += ' encoding="%s"' % encoding
        if standalone is not None:
            extra += ' standalone="%s"' % ("yes" if standalone else "no")
        # Without pseudo-attributes CPython leaves a space before "?>".
        writer.write('<?xml version="1.0"%s%s' % (extra, "?>" if extra else " ?>") + newl)
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)



def _relink(parent):
    children = parent.childNodes
    for i, child in enumerate(children):
        child.previousSibling = children[i - 1] if i else None
        child.nextSibling = children[i + 1] if i + 1 < len(children) else None


def _clone(node, deep, document, imported=False):
    """Copy `node` (and with `deep` its subtree) for `document`."""
    kind = node.nodeType
    if kind == _ELEMENT:
        clone = document.createElementNS(node.namespaceURI, node.nodeName)
        for attr in node._attrs.values():
            copy = document.createAttributeNS(attr.namespaceURI, attr.nodeName)
            copy.value = attr.value
            copy.specified = attr.specified
            clone.setAttributeNode(copy)
            copy._is_id = attr._is_id
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone(child, True, document, imported))
    elif kind == _FRAGMENT:
        clone = document.createDocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone(child, True, document, imported))
    elif kind == _TEXT:
        clone = document.createTextNode(node.data)
    elif kind == _CDATA:
        clone = document.createCDATASection(node.data)
    elif kind == _PI:
        clone = document.createProcessingInstruction(node.target, node.data)
    elif kind == _COMMENT:
        clone = document.createComment(node.data)
    elif kind == _ATTRIBUTE:
        clone = document.createAttributeNS(node.namespaceURI, node.nodeName)
        clone.specified = True
        clone.value = node.value
    elif kind == _DOCTYPE:
        if imported:
            raise xml.dom.NotSupportedErr("cannot clone document type nodes")
        # Only Document.cloneNode gets here: its doctype's entities count as imported.
        clone = node._copy(deep, xml.dom.UserDataHandler.NODE_IMPORTED)
        clone.ownerDocument = document
    else:
        raise xml.dom.NotSupportedErr("cannot clone node %s" % repr(node))
    operation = (xml.dom.UserDataHandler.NODE_IMPORTED if imported
                 else xml.dom.UserDataHandler.NODE_CLONED)
    if hasattr(node, "_call_user_data_handler"):
        node._call_user_data_handler(operation, node, clone)
    return clone


# --- building documents from XML text ------------------------------------------------

class _Builder:
    """Builds a Document from expat's events."""

    def __init__(self):
        from xml.parsers import expat
        self.document = Document()
        self._node = self.document
        self._pending_ns = []
        self._in_cdata = False
        self._in_doctype = False
        parser = self.parser = expat.ParserCreate(namespace_separator=" ")
        parser.namespace_prefixes = True
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.specified_attributes = False
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.StartNamespaceDeclHandler = self.start_ns
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata
        parser.StartDoctypeDeclHandler = self.start_doctype
        parser.EndDoctypeDeclHandler = self.end_doctype
        parser.EntityDeclHandler = self.entity
        parser.NotationDeclHandler = self.notation
        parser.XmlDeclHandler = self.xml_decl

    @staticmethod
    def _names(expat_name):
        """expat's "uri local prefix" -> (qualified name, uri, prefix, local name)."""
        parts = expat_name.split(" ")
        if len(parts) == 1:
            return expat_name, EMPTY_NAMESPACE, EMPTY_PREFIX, expat_name
        if len(parts) == 2:
            return parts[1], parts[0], EMPTY_PREFIX, parts[1]
        uri, local, prefix = parts
        return "%s:%s" % (prefix, local), uri, prefix, local

    def _add(self, node):
        node.ownerDocument = self.document
        parent = self._node
        children = parent.childNodes
        node.parentNode = parent
        if children:
            node.previousSibling = children[-1]
            children[-1].nextSibling = node
        children.append(node)

    def start(self, name, attributes):
        qname, uri, prefix, local = self._names(name)
        element = Element(qname, uri, prefix, local)
        self._add(element)
        for ns_prefix, ns_uri in self._pending_ns:
            if ns_prefix:
                attr = Attr("xmlns:" + ns_prefix, XMLNS_NAMESPACE, ns_prefix, "xmlns")
            else:
                attr = Attr("xmlns", XMLNS_NAMESPACE, "xmlns", EMPTY_PREFIX)
            attr.value = ns_uri or ""
            attr.ownerDocument = self.document
            element.setAttributeNode(attr)
        self._pending_ns = []
        for i in range(0, len(attributes), 2):
            a_qname, a_uri, a_prefix, a_local = self._names(attributes[i])
            attr = Attr(a_qname, a_uri, a_local, a_prefix)
            attr.value = attributes[i + 1]
            attr.ownerDocument = self.document
            element.setAttributeNode(attr)
        self._node = element

    def end(self, name):
        self._node = self._node.parentNode

    def start_ns(self, prefix, uri):
        self._pending_ns.append((prefix, uri))

    def text(self, data):
        children = self._node.childNodes
        last = children[-1] if children else None
        if self._in_cdata:
            if last is not None and last.nodeType == _CDATA and self._cdata_continues:
                last._data += data
                return
            node = CDATASection()
            self._cdata_continues = True
        else:
            if last is not None and last.nodeType == _TEXT:
                last._data += data
                return
            node = Text()
        node._data = data
        self._add(node)

    def start_cdata(self):
        self._in_cdata = True
        self._cdata_continues = False

    def end_cdata(self):
        self._in_cdata = False

    def comment(self, data):
        if not self._in_doctype:
            self._add(Comment(data))

    def pi(self, target, data):
        if not self._in_doctype:
            self._add(ProcessingInstruction(target, data))

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        self.document.standalone = None if standalone == -1 else bool(standalone)

    def start_doctype(self, name, system_id, public_id, has_internal_subset):
        doctype = DocumentType(name)
        doctype.publicId = public_id
        doctype.systemId = system_id
        self._add(doctype)
        self.document.doctype = doctype
        self._in_doctype = True

    def end_doctype(self):
        self.document.doctype.internalSubset = getattr(self.parser, "_internal_subset", None)
        self._in_doctype = False

    def entity(self, name, is_parameter, value, base, system_id, public_id, notation):
        if is_parameter:
            return
        node = self.document._create_entity(name, public_id, system_id, notation)
        if value is not None:
            text = Text()
            text._data = value
            text.ownerDocument = self.document
            node.childNodes.append(text)
            text.parentNode = node
        self.document.doctype.entities._seq.append(node)

    def notation(self, name, base, system_id, public_id):
        node = self.document._create_notation(name, public_id, system_id)
        self.document.doctype.notations._seq.append(node)


def parse(file, parser=None, bufsize=None):
    """Parse a file name or binary file object into a Document."""
    if parser is not None:
        from xml.dom import pulldom
        return _parse_with_sax(pulldom.parse(file, parser, bufsize))
    builder = _Builder()
    if isinstance(file, str) or hasattr(file, "__fspath__"):
        with open(file, "rb") as stream:
            builder.parser.ParseFile(stream)
    else:
        builder.parser.ParseFile(file)
    return builder.document


def parseString(string, parser=None):
    """Parse XML held in a str or bytes into a Document."""
    if parser is not None:
        from xml.dom import pulldom
        return _parse_with_sax(pulldom.parseString(string, parser))
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document


def _parse_with_sax(events):
    """Build the whole document from a pulldom event stream."""
    kind, document = events.getEvent()     # START_DOCUMENT
    events.expandNode(document)
    events.clear()
    return document


def getDOMImplementation(features=None):
    """The minidom implementation (None if it lacks the requested features)."""
    if features:
        if isinstance(features, str):
            features = domreg._parse_feature_string(features)
        for feature, version in features:
            if not _IMPLEMENTATION.hasFeature(feature, version):
                return None
    return _IMPLEMENTATION


_IMPLEMENTATION = DOMImplementation()
