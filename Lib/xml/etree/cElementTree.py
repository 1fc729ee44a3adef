"""Deprecated alias of xml.etree.ElementTree (once its C-accelerated twin)."""

from .ElementTree import *  # noqa: F403 - the whole public API
