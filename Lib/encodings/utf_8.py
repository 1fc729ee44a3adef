"""The utf-8 codec (native)."""

from encodings import _members

globals().update(_members("utf-8"))
del _members
