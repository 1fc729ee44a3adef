"""The raw_unicode_escape codec (native)."""

from encodings import _members

globals().update(_members("raw_unicode_escape"))
del _members
