"""Small helpers shared by the DOM modules: the NodeList types and a helper
defining read-only properties from _get_<name> methods."""

__all__ = ("NodeList", "EmptyNodeList", "StringTypes", "defproperty")

from xml.dom import NoModificationAllowedErr

StringTypes = str,


def _refuse_length(self, value):
    raise NoModificationAllowedErr("attempt to modify read-only attribute 'length'")


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""
    __slots__ = ()

    def item(self, index):
        """The node at `index`, or None when out of range (negative included)."""
        return self[index] if 0 <= index < len(self) else None

    length = property(len, _refuse_length, doc="The number of nodes (read-only).")


class EmptyNodeList(tuple):
    """The immutable, always-empty child list of leaf nodes."""
    __slots__ = ()

    def __add__(self, other):
        return NodeList(other)

    __radd__ = __add__

    def item(self, index):
        return None

    length = property(lambda self: 0, _refuse_length, doc="Always 0.")


def defproperty(klass, name, doc):
    """Give `klass` a read-only property `name` computed by its _get_<name> method."""
    if hasattr(klass, name):
        raise AssertionError("expected not to find " + name)

    def refuse(self, value):
        raise NoModificationAllowedErr("attempt to modify read-only attribute %r" % name)
    setattr(klass, name, property(getattr(klass, "_get_" + name), refuse, doc=doc))
