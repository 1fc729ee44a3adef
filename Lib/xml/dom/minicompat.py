"""Small helpers shared by the DOM modules: the NodeList types and a helper
defining read-only properties from _get_<name> methods."""

__all__ = ["NodeList", "EmptyNodeList", "StringTypes", "defproperty"]

import xml.dom

StringTypes = (str,)


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        """The number of nodes (read-only)."""
        return len(self)

    @length.setter
    def length(self, value):
        raise xml.dom.NoModificationAllowedErr("attempt to modify read-only attribute 'length'")

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        self[:] = [] if state is None else state


class EmptyNodeList(tuple):
    """The immutable, always-empty child list of leaf nodes."""
    __slots__ = ()

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def __radd__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def item(self, index):
        return None

    @property
    def length(self):
        return 0

    @length.setter
    def length(self, value):
        raise xml.dom.NoModificationAllowedErr("attempt to modify read-only attribute 'length'")


def defproperty(klass, name, doc):
    """Give `klass` a read-only property `name` computed by its _get_<name> method."""
    getter = getattr(klass, "_get_" + name)

    def refuse(self, value, name=name):
        raise xml.dom.NoModificationAllowedErr(
            "attempt to modify read-only attribute " + repr(name))
    if hasattr(klass, name):
        raise AssertionError("expected not to find " + name)
    setattr(klass, name, property(getter, refuse, doc=doc))
