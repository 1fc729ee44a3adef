"""The utf-16-le codec (native)."""

from encodings import _members

globals().update(_members("utf-16-le"))
del _members
