"""The unicode_escape codec (native)."""

from encodings import _members

globals().update(_members("unicode_escape"))
del _members
