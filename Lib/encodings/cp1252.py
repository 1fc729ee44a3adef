"""The cp1252 codec (native)."""

from encodings import _members

globals().update(_members("cp1252"))
del _members
