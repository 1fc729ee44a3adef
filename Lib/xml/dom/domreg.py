"""The registry of DOM implementations behind xml.dom.getDOMImplementation()."""

import sys

# Implementations importable on demand: name -> module with getDOMImplementation().
well_known_implementations = {
    "minidom": "xml.dom.minidom",
    "4DOM": "xml.dom.DOMImplementation",
}

# name -> factory returning a DOMImplementation, filled by registerDOMImplementation().
registered = dict()


def registerDOMImplementation(name, factory):
    """Make `factory()` the implementation getDOMImplementation(name) returns."""
    registered.update({name: factory})


def _good_enough(dom, wanted):
    """True if `dom` supports every (feature, version) pair."""
    return all(dom.hasFeature(feature, version) for feature, version in wanted)


def _parse_feature_string(text):
    """Split "XML 2.0 Traversal" into [("xml", "2.0"), ("traversal", None)]."""
    pairs = []
    for word in text.split():
        if word[0].isdigit():
            # A version number belongs to the feature before it.
            if not pairs or pairs[-1][1] is not None:
                raise ValueError("bad feature name: %r" % (word,))
            pairs[-1] = (pairs[-1][0], word)
        else:
            pairs.append((word, None))
    return tuple(pairs)


def getDOMImplementation(name=None, features=()):
    """A DOM implementation by name, or the first one offering `features`.

    Without a name the PYTHON_DOM environment variable is consulted, then the
    registered implementations, then the well-known ones.
    """
    import os
    if name is None and not sys.flags.ignore_environment:
        name = os.environ.get("PYTHON_DOM")
    if name:
        factory = registered.get(name)
        if factory is not None:
            return factory()
        module = __import__(well_known_implementations.get(name, name), {}, {},
                            ["getDOMImplementation"])
        return module.getDOMImplementation()
    wanted = _parse_feature_string(features) if isinstance(features, str) else features
    candidates = [factory for factory in registered.values()]
    candidates += [lambda known=known: getDOMImplementation(name=known)
                   for known in well_known_implementations]
    for make in candidates:
        try:
            dom = make()
        except Exception:
            continue    # e.g. a well-known implementation that is not installed
        if _good_enough(dom, wanted):
            return dom
    raise ImportError("no suitable DOM implementation found")
