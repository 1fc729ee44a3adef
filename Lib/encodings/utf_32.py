"""The utf-32 codec (native)."""

from encodings import _members

globals().update(_members("utf-32"))
del _members
