"""The utf-16 codec (native)."""

from encodings import _members

globals().update(_members("utf-16"))
del _members
