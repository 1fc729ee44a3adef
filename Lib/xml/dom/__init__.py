"""The W3C Document Object Model for Python: node type constants, the DOM
exception classes and the namespace URIs shared by DOM implementations.

xml.dom.minidom is the implementation that ships with Python; use
getDOMImplementation() to obtain one by name or by required features.
"""


class Node:
    """The nodeType values every DOM node reports."""
    __slots__ = ()

    # the tree's content
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    # entities, and markup that carries no content
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    # containers and declarations
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


# The exception codes of DOM Level 2, in their standard order from 1.
(INDEX_SIZE_ERR, DOMSTRING_SIZE_ERR, HIERARCHY_REQUEST_ERR, WRONG_DOCUMENT_ERR,
 INVALID_CHARACTER_ERR, NO_DATA_ALLOWED_ERR, NO_MODIFICATION_ALLOWED_ERR, NOT_FOUND_ERR,
 NOT_SUPPORTED_ERR, INUSE_ATTRIBUTE_ERR, INVALID_STATE_ERR, SYNTAX_ERR,
 INVALID_MODIFICATION_ERR, NAMESPACE_ERR, INVALID_ACCESS_ERR, VALIDATION_ERR) = range(1, 17)


class DOMException(Exception):
    """Base of the DOM errors; only its subclasses (each with a `code`) are raised."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _error_class(name, code):
    return type(name, (DOMException,), {"code": code, "__module__": __name__})


IndexSizeErr = _error_class("IndexSizeErr", INDEX_SIZE_ERR)
DomstringSizeErr = _error_class("DomstringSizeErr", DOMSTRING_SIZE_ERR)
HierarchyRequestErr = _error_class("HierarchyRequestErr", HIERARCHY_REQUEST_ERR)
WrongDocumentErr = _error_class("WrongDocumentErr", WRONG_DOCUMENT_ERR)
InvalidCharacterErr = _error_class("InvalidCharacterErr", INVALID_CHARACTER_ERR)
NoDataAllowedErr = _error_class("NoDataAllowedErr", NO_DATA_ALLOWED_ERR)
NoModificationAllowedErr = _error_class("NoModificationAllowedErr",
                                        NO_MODIFICATION_ALLOWED_ERR)
NotFoundErr = _error_class("NotFoundErr", NOT_FOUND_ERR)
NotSupportedErr = _error_class("NotSupportedErr", NOT_SUPPORTED_ERR)
InuseAttributeErr = _error_class("InuseAttributeErr", INUSE_ATTRIBUTE_ERR)
InvalidStateErr = _error_class("InvalidStateErr", INVALID_STATE_ERR)
SyntaxErr = _error_class("SyntaxErr", SYNTAX_ERR)
InvalidModificationErr = _error_class("InvalidModificationErr", INVALID_MODIFICATION_ERR)
NamespaceErr = _error_class("NamespaceErr", NAMESPACE_ERR)
InvalidAccessErr = _error_class("InvalidAccessErr", INVALID_ACCESS_ERR)
ValidationErr = _error_class("ValidationErr", VALIDATION_ERR)


class UserDataHandler:
    """The operation codes passed to user-data handlers (DOM Level 3)."""

    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
# "no namespace" and "no prefix" are spelled None
EMPTY_NAMESPACE = EMPTY_PREFIX = None

from .domreg import getDOMImplementation, registerDOMImplementation
