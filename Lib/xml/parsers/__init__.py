"""Bindings to XML parsers; the only one is xml.parsers.expat."""
