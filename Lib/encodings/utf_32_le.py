"""The utf-32-le codec (native)."""

from encodings import _members

globals().update(_members("utf-32-le"))
del _members
