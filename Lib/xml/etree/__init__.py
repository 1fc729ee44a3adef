"""The ElementTree XML toolkit: ElementTree, ElementPath and ElementInclude-free
helpers for building, searching and serializing element trees."""
