"""The ascii codec (native)."""

from encodings import _members

globals().update(_members("ascii"))
del _members
