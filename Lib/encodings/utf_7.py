"""The utf-7 codec (native)."""

from encodings import _members

globals().update(_members("utf-7"))
del _members
