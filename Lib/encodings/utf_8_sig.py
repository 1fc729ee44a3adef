"""The utf-8-sig codec (native)."""

from encodings import _members

globals().update(_members("utf-8-sig"))
del _members
