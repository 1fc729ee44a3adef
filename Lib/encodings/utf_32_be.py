"""The utf-32-be codec (native)."""

from encodings import _members

globals().update(_members("utf-32-be"))
del _members
