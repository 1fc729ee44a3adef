"""The small XPath subset understood by Element.find(), findall(), findtext()
and iterfind().

A path is a sequence of steps separated by "/": a tag (optionally "{uri}tag",
"{*}tag", "{}tag" or "prefix:tag" with a namespaces mapping), "*", ".", ".."
or an empty step ("//") meaning "at any depth".  A step may carry predicates
in brackets: [@attr], [@attr='value'], [@attr!='value'], [tag],
[tag='text'], [tag!='text'], [.='text'], [.!='text'], [n], [last()] and
[last()-n].

Each path is compiled once into a list of step functions; a step turns the
sequence of elements selected so far into the next one.
"""

import re

# Lexemes of a path: quoted strings, operators, names (with an optional
# {uri} or prefix), numbers, and the "last()" function.
_TOKEN_RE = re.compile(
    r"(\s+)"                                 # 1: white space
    r"|('[^']*'|\"[^\"]*\")"                 # 2: a quoted literal
    r"|(//|\.\.|::|!=|\(\)|[/.*\[\]()@=,-])"  # 3: an operator
    r"|((?:\{[^}]*\})?[^\s/\[\]()@=!'\",.*:-][^\s/\[\]()@=!'\",:]*"
    r"(?::[^\s/\[\]()@=!'\",:]+)?|\{[^}]*\}\*)"  # 4: a name
)

_cache = {}   # compiled paths, keyed by (path, namespaces)


class _Context:
    """What the steps of one search share: the root and, when needed, parents."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent_of(self, elem):
        if self._parents is None:
            self._parents = {}
            for parent in self.root.iter():
                for child in parent:
                    self._parents[child] = parent
        return self._parents.get(elem)


def xpath_tokenizer(pattern, namespaces=None):
    """Split a path into (operator, name) pairs, one of them "" in each.

    White space gives ("", ""); a quoted literal is returned as an operator,
    quotes included.  Names get their prefix (or, for element names, the
    default namespace of `namespaces`, the "" key) expanded to {uri}local.
    """
    pos = 0
    after_at = False
    while pos < len(pattern):
        m = _TOKEN_RE.match(pattern, pos)
        if m is None:
            raise SyntaxError("invalid path")
        pos = m.end()
        space, literal, op, name = m.groups()
        if space is not None:
            yield "", ""
        elif literal is not None or op is not None:
            yield literal or op, ""
        elif name.isdigit() or pattern[pos:].lstrip().startswith("("):
            yield "", name        # a position or a function name
        else:
            yield "", _expand_name(name, namespaces, use_default=not after_at)
        after_at = op == "@"


def _expand_name(name, namespaces, use_default):
    if name.startswith("{"):
        return name
    prefix, colon, local = name.partition(":")
    if colon:
        if not namespaces or prefix not in namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
        return "{%s}%s" % (namespaces[prefix], local)
    default = namespaces.get("") if namespaces and use_default else None
    if default:
        return "{%s}%s" % (default, name)
    return name


def _tag_test(tag):
    """A predicate on an element's tag for a step naming `tag` (None = any element)."""
    if tag == "*":
        return lambda t: True       # every child, comments and PIs included
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and not t.startswith("{")
    if tag.startswith("{*}"):
        local = tag[3:]
        tail = "}" + local
        return lambda t: isinstance(t, str) and (t == local or t.endswith(tail))
    if tag.startswith("{}"):
        plain = tag[2:]
        return lambda t: t == plain
    if tag.endswith("}*"):
        uri = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(uri)
    return lambda t: t == tag


def _children_step(tag):
    test = _tag_test(tag)

    def step(context, elems):
        for elem in elems:
            for child in elem:
                if test(child.tag):
                    yield child
    return step


def _descendants_step(tag):
    test = _tag_test(tag)

    def step(context, elems):
        for elem in elems:
            for node in elem.iter():
                if node is not elem and test(node.tag):
                    yield node
    return step


def _self_step(context, elems):
    return elems


def _parent_step(context, elems):
    seen = set()
    for elem in elems:
        parent = context.parent_of(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _descendant_or_self_then(step):
    """'//' followed by '.' or '..': apply `step` to every element at any depth."""
    def combined(context, elems):
        def everything():
            for elem in elems:
                yield from elem.iter()
        return step(context, everything())
    return combined


def _predicate_step(tokens, current):
    """Build a filter step from the tokens inside [...] (after '[')."""
    parts = []
    for token in tokens:
        if token == ("]", ""):
            break
        parts.append(token)
    else:
        raise SyntaxError("invalid path")
    literals = [op[1:-1] for op, _ in parts if op and op[0] in "'\""]
    names = [name for op, name in parts if name]
    shape = "".join("L" if op[:1] in ("'", '"') else (op or "N") for op, _ in parts)
    test = None
    if shape == "@N":
        key = names[0]
        test = lambda e: e.get(key) is not None
    elif shape in ("@N=L", "@N!=L"):
        key, value = names[0], literals[0]
        if "!=" in shape:
            test = lambda e: e.get(key) is not None and e.get(key) != value
        else:
            test = lambda e: e.get(key) == value
    elif shape == "N" and not names[0].isdigit():
        match = _tag_test(names[0])
        test = lambda e: any(match(c.tag) for c in e)
    elif shape in ("N=L", "N!=L"):
        match, value = _tag_test(names[0]), literals[0]
        if "!=" in shape:
            test = lambda e: any(match(c.tag) and "".join(c.itertext()) != value for c in e)
        else:
            test = lambda e: any(match(c.tag) and "".join(c.itertext()) == value for c in e)
    elif shape in (".=L", ".!=L"):
        value = literals[0]
        if "!=" in shape:
            test = lambda e: "".join(e.itertext()) != value
        else:
            test = lambda e: "".join(e.itertext()) == value
    if test is not None:
        def filtered(context, elems):
            return (e for e in current(context, elems) if test(e))
        return filtered
    # Positional predicates: [n], [last()], [last()-n]
    if shape == "-N":
        raise SyntaxError("XPath position >= 1 expected")
    if shape == "N" and re.fullmatch(r"\d+", names[0]):
        index = int(names[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
    elif shape == "N()":
        if names[0] != "last":
            raise SyntaxError("unsupported function")
        index = -1
    elif shape == "N()-N" and names[0] == "last" and names[1].isdigit():
        index = -1 - int(names[1])
        if index >= -1:
            raise SyntaxError("XPath offset from last() must be negative")
    elif shape.startswith("N()") and names[0] == "last":
        raise SyntaxError("XPath offset from last() must be negative")
    else:
        raise SyntaxError("invalid predicate")

    def positional(context, elems):
        # The position counts among the siblings sharing the matched tag.
        groups = {}
        order = []
        for elem in current(context, elems):
            parent = context.parent_of(elem)
            key = (id(parent), elem.tag)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(elem)
        for key in order:
            siblings = groups[key]
            parent = context.parent_of(siblings[0])
            if parent is not None:
                siblings = [c for c in parent if c.tag == siblings[0].tag]
                wanted = set(id(e) for e in groups[key])
            else:
                wanted = set(id(e) for e in siblings)
            try:
                chosen = siblings[index]
            except IndexError:
                continue
            if id(chosen) in wanted:
                yield chosen
    return positional


def _compile(path, namespaces):
    if path[-1:] == "/":
        path += "*"     # a trailing slash selects all children
    tokens = [token for token in xpath_tokenizer(path, namespaces) if token != ("", "")]
    steps = []
    i = 0
    if tokens and tokens[0] == ("/", ""):
        raise SyntaxError("cannot use absolute path on element")
    descend = False
    while i < len(tokens):
        op, name = tokens[i]
        i += 1
        if op == "/":
            continue
        if op == "//":
            descend = True
            continue
        if op == "*" or name:
            tag = name or "*"
            steps.append(_descendants_step(tag) if descend else _children_step(tag))
        elif op == ".":
            steps.append(_descendant_or_self_then(_self_step) if descend else _self_step)
        elif op == "..":
            steps.append(_descendant_or_self_then(_parent_step) if descend else _parent_step)
        elif op == "[":
            if not steps:
                raise SyntaxError("invalid path")
            j = i
            while j < len(tokens) and tokens[j] != ("]", ""):
                j += 1
            steps[-1] = _predicate_step(tokens[i:j + 1], steps[-1])
            i = j + 1
            continue
        else:
            raise SyntaxError("invalid path")
        descend = False
        if i < len(tokens) and tokens[i] not in (("/", ""), ("//", ""), ("[", "")):
            raise SyntaxError("invalid path")
    if descend:
        raise SyntaxError("invalid path")
    return steps


def iterfind(elem, path, namespaces=None):
    """Yield the elements that `path` selects below `elem`, in document order."""
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        steps = _cache[key] = _compile(path, namespaces)
    context = _Context(elem)
    result = iter([elem])
    for step in steps:
        result = step(context, result)
    return result


def find(elem, path, namespaces=None):
    """The first element `path` selects, or None."""
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    """A list of every element `path` selects."""
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """The text of the first element `path` selects ("" if it has none), else `default`."""
    for found in iterfind(elem, path, namespaces):
        return "" if found.text is None else found.text
    return default
