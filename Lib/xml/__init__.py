"""XML processing: the expat parser binding, ElementTree, a minimal DOM and SAX.

Subpackages: xml.parsers (expat), xml.etree (ElementTree), xml.dom (minidom)
and xml.sax (the Simple API for XML).
"""

__all__ = ["dom", "parsers", "sax", "etree"]
