"""Abstract syntax trees of Python source: parsing, printing, evaluating literals and walking.

The node classes and the conversions between source, trees and code live in the native `_ast`
module; this module adds the helpers of Python 3.12's `ast` on top of them. Written for
Ferrython from the documented behaviour of CPython 3.12.
"""

from _ast import *


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """The tree of `source` (what `compile(source, filename, mode, PyCF_ONLY_AST)` returns)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


# --- literal_eval -------------------------------------------------------------------------------

def _malformed(node):
    message = 'malformed node or string'
    line = getattr(node, 'lineno', None)
    if line:
        message += f' on line {line}'
    raise ValueError(message + f': {node!r}')


def _number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _signed_number(node):
    if isinstance(node, UnaryOp):
        if isinstance(node.op, UAdd):
            return +_number(node.operand)
        if isinstance(node.op, USub):
            return -_number(node.operand)
    return _number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple([_literal(item) for item in node.elts])
    if isinstance(node, List):
        return [_literal(item) for item in node.elts]
    if isinstance(node, Set):
        return {_literal(item) for item in node.elts}
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == [] and node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _signed_number(node.left)
        right = _number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _signed_number(node)


def literal_eval(node_or_string):
    """The value of a literal: strings, bytes, numbers, tuples, lists, dicts, sets, booleans,
    None and Ellipsis (and sums of a real and an imaginary number), from source or a tree."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


# --- dump ---------------------------------------------------------------------------------------

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: class names with their fields, nested; `indent` (spaces or a string)
    puts each field and list item on its own line."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).text(node, 0)[0]


class _Dumper:
    def __init__(self, annotate_fields, include_attributes, indent):
        self.annotate_fields = annotate_fields
        self.include_attributes = include_attributes
        self.indent = indent

    def text(self, value, level):
        """(text, simple): a value is simple when it prints nothing nested."""
        if self.indent is None:
            opening, separator = '', ', '
        else:
            level += 1
            opening = '\n' + self.indent * level
            separator = ',\n' + self.indent * level
        if isinstance(value, AST):
            return self.node_text(value, level, opening, separator)
        if isinstance(value, list):
            if not value:
                return '[]', True
            items = [self.text(item, level)[0] for item in value]
            return '[' + opening + separator.join(items) + ']', False
        return repr(value), True

    def node_text(self, node, level, opening, separator):
        cls = type(node)
        parts = []
        all_simple = True
        # Positional fields until one is missing or left at its default; names after that.
        named = self.annotate_fields
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                named = True
                continue
            if value is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, simple = self.text(value, level)
            all_simple = all_simple and simple
            parts.append(f'{name}={text}' if named else text)
        if self.include_attributes and node._attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                text, simple = self.text(value, level)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}')
        if all_simple and len(parts) <= 3:
            return f"{cls.__name__}({', '.join(parts)})", not parts
        return f'{cls.__name__}({opening}{separator.join(parts)})', False


# --- locations ----------------------------------------------------------------------------------

def copy_location(new_node, old_node):
    """Copies the position attributes of `old_node` to `new_node`; returns `new_node`."""
    for name in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # An end position may be copied as None; a start position only when it is set.
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node that has positions but lacks them those of its parent (line 1,
    column 0 at the top); returns `node`."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves `node` and everything under it `n` lines down; returns `node`."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end_lineno = getattr(child, 'end_lineno', 0)
            if end_lineno is not None:
                child.end_lineno = end_lineno + n
    return node


# --- walking ------------------------------------------------------------------------------------

def iter_fields(node):
    """(name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under `node`: its node fields and the nodes of its list fields."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node under `node` (itself included), breadth first."""
    pending = [node]
    while pending:
        node = pending.pop(0)
        pending.extend(iter_child_nodes(node))
        yield node


class NodeVisitor:
    """Calls `visit_<ClassName>` for a node when defined, else `generic_visit`, which visits the
    node's children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


# The class names of older Pythons for the types of constants, for visitors that still define
# `visit_Num`, `visit_Str`, ...
_OLD_CONSTANT_CLASSES = {
    bool: 'NameConstant', type(None): 'NameConstant', int: 'Num', float: 'Num', complex: 'Num',
    str: 'Str', bytes: 'Bytes', type(...): 'Ellipsis',
}


def _visit_constant(self, node):
    """Calls `visit_Num` and the like for a visitor that defines them (they are deprecated)."""
    value = node.value
    old = _OLD_CONSTANT_CLASSES.get(type(value))
    if old is None:
        old = next((name for cls, name in _OLD_CONSTANT_CLASSES.items() if isinstance(value, cls)), None)
    if old is not None:
        method = getattr(self, 'visit_' + old, None)
        if method is not None:
            import _warnings
            _warnings.warn(f'visit_{old} is deprecated; add visit_Constant', DeprecationWarning, 2)
            return method(node)
    return self.generic_visit(node)


NodeVisitor.visit_Constant = _visit_constant


class NodeTransformer(NodeVisitor):
    """A visitor whose `visit_*` methods return the replacement of a node: None removes it, a
    list replaces one item of a list field by several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                kept = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                old[:] = kept
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# --- source -------------------------------------------------------------------------------------

def _clean_docstring(text):
    """A docstring without its indentation: tabs expanded, the common indentation of the lines
    after the first removed, the first line's leading blanks removed, and blank lines at both
    ends dropped."""
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = line.lstrip()
        if content:
            indent = len(line) - len(content)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    return _clean_docstring(value.value) if clean else value.value


def _source_lines(source):
    """The lines of `source` with their ends, split at \\r\\n, \\n and \\r only."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            end = i + 2 if c == '\r' and i + 1 < n and source[i + 1] == '\n' else i + 1
            lines.append(source[start:end])
            start = i = end
        else:
            i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _blank_like(text):
    """Spaces as wide as `text`, keeping its tabs and form feeds."""
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` spans, or None without end positions. `padded` keeps
    the first line's indentation (as spaces) for multi-line segments."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    first = lines[first_line].encode()
    padding = _blank_like(first[:start].decode()) if padded else ''
    middle = lines[first_line + 1:last_line]
    last = lines[last_line].encode()[:end].decode()
    return ''.join([padding + first[start:].decode()] + middle + [last])



def unparse(ast_obj):
    """Source text for a tree, as Python 3.12 writes it."""
    # The unparser is a module of its own, loaded on first use.
    from _ast_unparse import unparse as write
    return write(ast_obj)


# --- node classes of older Pythons --------------------------------------------------------------

def _deprecated(what, replacement, stacklevel):
    """A DeprecationWarning about `what`, for the code `stacklevel` frames up from the caller."""
    import _warnings
    _warnings.warn(f'{what} is deprecated and will be removed in Python 3.14; use {replacement} instead',
                   DeprecationWarning, stacklevel + 1)


def _value_alias(name):
    """`Constant.n` and `Constant.s`: deprecated names of `value`."""
    def get(self):
        _deprecated(f'Attribute {name}', 'value', 2)
        return self.value

    def set(self, value):
        _deprecated(f'Attribute {name}', 'value', 2)
        self.value = value
    return property(get, set)


Constant.n = _value_alias('n')
Constant.s = _value_alias('s')


class _ABC(type):
    """The metaclass of `Num`, `Str`, ...: instances of `Constant` holding the right kind of
    value count as their instances."""

    def __init__(cls, *args):
        cls.__doc__ = 'Deprecated AST node class. Use ast.Constant instead'

    def __instancecheck__(cls, instance):
        kinds = _CONSTANT_KINDS.get(cls)
        if kinds is not None:
            _deprecated(f'ast.{cls.__qualname__}', 'ast.Constant', 2)
        if not isinstance(instance, Constant):
            return False
        if kinds is None:
            return type.__instancecheck__(cls, instance)
        try:
            value = instance.value
        except AttributeError:
            return False
        accepted, refused = kinds
        return isinstance(value, accepted) and not isinstance(value, refused)


def _make_constant(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f'{cls.__name__} got multiple values for argument {key!r}')
    if cls in _CONSTANT_KINDS:
        _deprecated(f'ast.{cls.__qualname__}', 'ast.Constant', 2)
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _make_constant


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _make_constant


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _make_constant


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _make_constant


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is _DEPRECATED['Ellipsis']:
            _deprecated('ast.Ellipsis', 'ast.Constant', 2)
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


# (accepted value types, refused value types) of each class.
_CONSTANT_KINDS = {
    Num: ((int, float, complex), (bool,)),
    Str: ((str,), ()),
    Bytes: ((bytes,), ()),
    NameConstant: ((type(None), bool), ()),
    Ellipsis: ((type(...),), ()),
}

# The deprecated classes are found through the module's __getattr__, which warns on first use.
_DEPRECATED = {cls.__name__: cls for cls in _CONSTANT_KINDS}
for _name in _DEPRECATED:
    del globals()[_name]
del _name


def __getattr__(name):
    if name in _DEPRECATED:
        globals()[name] = value = _DEPRECATED[name]
        _deprecated(f'ast.{name}', 'ast.Constant', 2)
        return value
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _get_dims(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _set_dims(self, value):
    self.elts = value


Tuple.dims = property(_get_dims, _set_dims)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
