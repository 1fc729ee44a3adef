"""Deprecated alias of xml.etree.ElementTree (once its C-accelerated twin)."""

from xml.etree.ElementTree import *
