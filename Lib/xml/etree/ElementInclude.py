"""XInclude processing for ElementTree: include() replaces the xi:include
elements of a tree by the XML documents or text files they point to.

Only the XInclude features most documents need are supported: the href
and parse ("xml" or "text") attributes and an encoding for text.  Fallback
elements are not processed; loading failures raise FatalIncludeError.
"""

import copy

from . import ElementTree

XINCLUDE = "{http://www.w3.org/2001/XInclude}"
XINCLUDE_INCLUDE = XINCLUDE + "include"
XINCLUDE_FALLBACK = XINCLUDE + "fallback"

# How deeply included documents may themselves include others, by default.
DEFAULT_MAX_INCLUSION_DEPTH = 6


class FatalIncludeError(SyntaxError):
    """An include that cannot be carried out."""


class LimitedRecursiveIncludeError(FatalIncludeError):
    """Includes nested deeper than the max_depth allowed."""


def default_loader(href, parse, encoding=None):
    """Load `href` from the file system: the root element of a parsed XML
    file for parse="xml", else the file's text (UTF-8 unless told otherwise)."""
    if parse == "text":
        with open(href, "r", encoding=encoding or "UTF-8") as file:
            return file.read()
    with open(href, "rb") as file:
        return ElementTree.parse(file).getroot()


def include(elem, loader=None, base_url=None, max_depth=DEFAULT_MAX_INCLUSION_DEPTH):
    """Expand the xi:include elements below `elem` (an Element or ElementTree),
    in place.  `loader(href, parse[, encoding])` fetches what is included;
    max_depth=None allows any nesting, though recursive includes still fail."""
    if max_depth is not None and max_depth < 0:
        raise ValueError("expected non-negative depth or None for 'max_depth', got %r"
                         % max_depth)
    root = elem.getroot() if hasattr(elem, "getroot") else elem
    # A depth of -1 never reaches 0: no limit.
    _Includer(loader or default_loader).expand(root, base_url,
                                               -1 if max_depth is None else max_depth)


class _Includer:
    def __init__(self, loader):
        self.loader = loader
        self.active = set()         # hrefs being included, to catch recursion

    def load(self, href, parse, encoding=None):
        loaded = (self.loader(href, parse) if encoding is None
                  else self.loader(href, parse, encoding))
        if loaded is None:
            raise FatalIncludeError("cannot load %r as %r" % (href, parse))
        return loaded

    def expand(self, parent, base_url, depth_left):
        i = 0
        while i < len(parent):
            child = parent[i]
            if child.tag == XINCLUDE_FALLBACK:
                raise FatalIncludeError("xi:fallback tag must be child of xi:include (%r)"
                                        % child.tag)
            if child.tag != XINCLUDE_INCLUDE:
                self.expand(child, base_url, depth_left)
                i += 1
                continue
            href = child.get("href")
            if base_url:
                import urllib.parse
                href = urllib.parse.urljoin(base_url, href)
            kind = child.get("parse", "xml")
            if kind == "text":
                text = self.load(href, kind, child.get("encoding")) + (child.tail or "")
                # The text joins the tail of the previous sibling, or the parent's text.
                if i:
                    parent[i - 1].tail = (parent[i - 1].tail or "") + text
                else:
                    parent.text = (parent.text or "") + text
                del parent[i]
            elif kind == "xml":
                parent[i] = self.included_document(href, depth_left, child.tail)
                i += 1
            else:
                raise FatalIncludeError("unknown parse type in xi:include tag (%r)" % kind)

    def included_document(self, href, depth_left, tail):
        if href in self.active:
            raise FatalIncludeError("recursive include of %s" % href)
        if depth_left == 0:
            raise LimitedRecursiveIncludeError(
                "maximum xinclude depth reached when including file %s" % href)
        self.active.add(href)
        try:
            node = copy.copy(self.load(href, "xml"))
            self.expand(node, href, depth_left - 1)
        finally:
            self.active.discard(href)
        if tail:
            node.tail = (node.tail or "") + tail
        return node
