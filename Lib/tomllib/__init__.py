# tomllib: reading TOML 1.0 documents into Python objects.
#
# loads() parses a string and load() a binary file; both return a dict, and
# raise TOMLDecodeError for a document that is not valid TOML.  The parser is
# in the private submodules: _parser (the document structure) and _re (the
# scalar values: numbers, dates and times).  (Like CPython's, the package has
# no docstring.)

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads
