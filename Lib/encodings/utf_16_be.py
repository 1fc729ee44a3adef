"""The utf-16-be codec (native)."""

from encodings import _members

globals().update(_members("utf-16-be"))
del _members
