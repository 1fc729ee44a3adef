"""The latin-1 codec (native)."""

from encodings import _members

globals().update(_members("latin-1"))
del _members
