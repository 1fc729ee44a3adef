"""The registry of DOM implementations behind xml.dom.getDOMImplementation()."""

import sys

# Implementations importable on demand: name -> module with getDOMImplementation().
well_known_implementations = {
    "minidom": "xml.dom.minidom",
    "4DOM": "xml.dom.DOMImplementation",
}

# name -> factory returning a DOMImplementation, filled by registerDOMImplementation().
registered = {}


def registerDOMImplementation(name, factory):
    """Make `factory()` the implementation getDOMImplementation(name) returns."""
    registered[name] = factory


def _good_enough(dom, features):
    """True if `dom` supports every (feature, version) pair."""
    return all(dom.hasFeature(feature, version) for feature, version in features)


def _parse_feature_string(text):
    """Split "XML 2.0 Traversal" into [("xml", "2.0"), ("traversal", None)]."""
    words = text.split()
    result = []
    i = 0
    while i < len(words):
        feature = words[i]
        if feature[0] in "0123456789":
            raise ValueError("bad feature name: %r" % (feature,))
        version = None
        if i + 1 < len(words) and words[i + 1][0] in "0123456789":
            version = words[i + 1]
            i += 1
        result.append((feature, version))
        i += 1
    return tuple(result)


def getDOMImplementation(name=None, features=()):
    """A DOM implementation by name, or the first one offering `features`.

    Without a name the PYTHON_DOM environment variable is consulted, then the
    registered implementations, then the well-known ones.
    """
    import os
    if name is None and not sys.flags.ignore_environment:
        name = os.environ.get("PYTHON_DOM")
    if name:
        if name in registered:
            return registered[name]()
        module = __import__(well_known_implementations.get(name, name), {}, {},
                            ["getDOMImplementation"])
        return module.getDOMImplementation()
    if isinstance(features, str):
        features = _parse_feature_string(features)
    for factory in registered.values():
        dom = factory()
        if _good_enough(dom, features):
            return dom
    for known in well_known_implementations:
        try:
            dom = getDOMImplementation(name=known)
        except Exception:
            continue
        if _good_enough(dom, features):
            return dom
    raise ImportError("no suitable DOM implementation found")
