"""Pretty printing of Python data structures.

An object whose repr fits in the remaining width is written as its repr; otherwise the
containers this module knows (dict, list, tuple, set, str, bytes, the collections types,
SimpleNamespace, dataclasses, ...) are split over several lines, one element per line,
indented under their opening bracket."""

import collections as _collections
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (default sys.stdout), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    """Sort key that orders anything: values that cannot be compared fall back to
    (type name, id), so that sorting mixed-type sets and dict keys never fails."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _item_key(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Reprs that are always exact and readable.
_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        """Write the pretty form of object and a newline to the stream."""
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write("\n")

    def pformat(self, object):
        """The pretty form of object, as a string."""
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        report = self.format(object, {}, 0, 0)
        return report[1] and not report[2]

    # -- the layout ---------------------------------------------------------

    def _format(self, value, stream, indent, allowance, context, level):
        """Write value at column `indent`, leaving `allowance` columns free after it
        (for the closing brackets and commas that will follow)."""
        key = id(value)
        if key in context:
            stream.write(_recursion(value))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(value, context, level)
        if len(text) > self._width - indent - allowance:
            splitter = self._splitters.get(type(value).__repr__)
            if splitter is None and self._is_dataclass_instance(value):
                splitter = PrettyPrinter._split_dataclass
            if splitter is not None and splitter in _EMPTY_AS_REPR and not len(value):
                # An empty container is its repr, however long.
                splitter = None
            if splitter is not None:
                context[key] = 1
                splitter(self, value, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _is_dataclass_instance(value):
        # Only dataclasses whose __repr__ is the generated one are laid out field by field.
        cls = type(value)
        params = getattr(cls, '__dataclass_params__', None)
        if params is None or isinstance(value, type) or not params.repr:
            return False
        return getattr(cls.__repr__, '__dataclass_repr__', False)

    def _split_dict(self, value, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        if value:
            pairs = (sorted(value.items(), key=_item_key) if self._sort_dicts
                     else value.items())
            self._write_pairs(pairs, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _split_ordered_dict(self, value, stream, indent, allowance, context, level):
        name = value.__class__.__name__
        stream.write(name + '(')
        self._format(list(value.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _split_list(self, value, stream, indent, allowance, context, level):
        stream.write('[')
        self._write_items(value, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _split_tuple(self, value, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(value) == 1 else ')'
        self._write_items(value, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _split_set(self, value, stream, indent, allowance, context, level):
        cls = value.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        ordered = sorted(value, key=_Ordered)
        self._write_items(ordered, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _split_str(self, value, stream, indent, allowance, context, level):
        # Cut at line ends, and lines that are too long after runs of whitespace.
        pieces = []
        lines = value.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        last_line = len(lines) - 1
        for n, line in enumerate(lines):
            text = repr(line)
            line_room = room - allowance if n == last_line else room
            if len(text) <= line_room:
                pieces.append(text)
                continue
            words = re.findall(r'\S*\s*', line)
            words.pop()     # findall ends with an empty match
            current = ''
            last_word = len(words) - 1
            for m, word in enumerate(words):
                candidate = current + word
                word_room = room - allowance if (m == last_word and n == last_line) else room
                if len(repr(candidate)) > word_room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _split_bytes(self, value, stream, indent, allowance, context, level):
        if len(value) <= 4:
            stream.write(repr(value))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(
            _bytes_pieces(value, self._width - indent, allowance)))
        if wrap:
            stream.write(')')

    def _split_bytearray(self, value, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._split_bytes(bytes(value), stream, indent + 10, allowance + 1,
                          context, level + 1)
        stream.write(')')

    def _split_mappingproxy(self, value, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(value.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _split_namespace(self, value, stream, indent, allowance, context, level):
        if type(value) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = value.__class__.__name__
        stream.write(name + '(')
        self._write_keywords(value.__dict__.items(), stream, indent + len(name) + 1,
                             allowance, context, level)
        stream.write(')')

    def _split_dataclass(self, value, stream, indent, allowance, context, level):
        import dataclasses
        name = value.__class__.__name__
        shown = [(f.name, getattr(value, f.name))
                 for f in dataclasses.fields(value) if f.repr]
        stream.write(name + '(')
        self._write_keywords(shown, stream, indent + len(name) + 1, allowance,
                             context, level)
        stream.write(')')

    def _split_defaultdict(self, value, stream, indent, allowance, context, level):
        factory = self._repr(value.default_factory, context, level)
        name = value.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._split_dict(value, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _split_counter(self, value, stream, indent, allowance, context, level):
        name = value.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        self._write_pairs(value.most_common(), stream, indent + len(name) + 1,
                          allowance + 2, context, level)
        stream.write('})')

    def _split_chainmap(self, value, stream, indent, allowance, context, level):
        if not len(value.maps):
            stream.write(repr(value))
            return
        name = value.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        last = len(value.maps) - 1
        for n, mapping in enumerate(value.maps):
            if n == last:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _split_deque(self, value, stream, indent, allowance, context, level):
        name = value.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if value.maxlen is None:
            self._write_items(value, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._write_items(value, stream, indent, 2, context, level)
            limit = self._repr(value.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, limit))

    def _split_wrapped(self, value, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the data they wrap.
        self._format(value.data, stream, indent, allowance, context, level - 1)

    def _write_pairs(self, pairs, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        pairs = list(pairs)
        last = len(pairs) - 1
        for n, (key, value) in enumerate(pairs):
            key_text = self._repr(key, context, level)
            stream.write(key_text)
            stream.write(': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if n == last else 1, context, level)
            if n != last:
                stream.write(',\n' + ' ' * indent)

    def _write_keywords(self, pairs, stream, indent, allowance, context, level):
        pairs = list(pairs)
        last = len(pairs) - 1
        for n, (key, value) in enumerate(pairs):
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if n == last else 1, context, level)
            if n != last:
                stream.write(',\n' + ' ' * indent)

    def _write_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        newline = ',\n' + ' ' * indent
        separator = ''
        # Columns left on the current line (compact mode fills lines with short items).
        full = self._width - indent + 1
        left = full
        items = list(items)
        last = len(items) - 1
        for n, item in enumerate(items):
            if n == last:
                full -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if left < needed:
                    left = full
                    if separator:
                        separator = newline
                if left >= needed:
                    left -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if n == last else 1,
                         context, level)

    # -- one-line reprs -----------------------------------------------------

    def _repr(self, value, context, level):
        text, readable, recursive = self.format(value, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, value, context, maxlevels, level):
        """(repr text, readable, recursive) of value; subclasses may override it."""
        return self._safe_repr(value, context, maxlevels, level)

    def _safe_repr(self, value, context, maxlevels, level):
        cls = type(value)
        if cls in _scalars:
            return repr(value), True, False
        cls_repr = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and cls_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{value:_d}", True, False
            return repr(value), True, False
        if issubclass(cls, dict) and cls_repr is dict.__repr__:
            if not value:
                return "{}", True, False
            pairs = (sorted(value.items(), key=_item_key) if self._sort_dicts
                     else value.items())
            return self._join_repr(value, pairs, "{%s}", "{...}", context,
                                   maxlevels, level, True)
        if issubclass(cls, list) and cls_repr is list.__repr__:
            if not value:
                return "[]", True, False
            return self._join_repr(value, value, "[%s]", "[...]", context,
                                   maxlevels, level, False)
        if issubclass(cls, tuple) and cls_repr is tuple.__repr__:
            if not value:
                return "()", True, False
            shape = "(%s,)" if len(value) == 1 else "(%s)"
            return self._join_repr(value, value, shape, shape % "...", context,
                                   maxlevels, level, False)
        text = repr(value)
        return text, bool(text) and not text.startswith('<'), False

    def _join_repr(self, value, parts, shape, elided, context, maxlevels, level, pairs):
        key = id(value)
        if maxlevels and level >= maxlevels:
            return elided, False, key in context
        if key in context:
            return _recursion(value), False, True
        context[key] = 1
        readable = True
        recursive = False
        texts = []
        level += 1
        for part in parts:
            if pairs:
                k_text, k_readable, k_recursive = self.format(part[0], context, maxlevels, level)
                v_text, v_readable, v_recursive = self.format(part[1], context, maxlevels, level)
                texts.append("%s: %s" % (k_text, v_text))
                readable = readable and k_readable and v_readable
                recursive = recursive or k_recursive or v_recursive
            else:
                text, ok, rec = self.format(part, context, maxlevels, level)
                texts.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del context[key]
        return shape % ", ".join(texts), readable, recursive

    _splitters = {
        dict.__repr__: _split_dict,
        _collections.OrderedDict.__repr__: _split_ordered_dict,
        list.__repr__: _split_list,
        tuple.__repr__: _split_tuple,
        set.__repr__: _split_set,
        frozenset.__repr__: _split_set,
        str.__repr__: _split_str,
        bytes.__repr__: _split_bytes,
        bytearray.__repr__: _split_bytearray,
        _types.MappingProxyType.__repr__: _split_mappingproxy,
        _types.SimpleNamespace.__repr__: _split_namespace,
        _collections.defaultdict.__repr__: _split_defaultdict,
        _collections.Counter.__repr__: _split_counter,
        _collections.ChainMap.__repr__: _split_chainmap,
        _collections.deque.__repr__: _split_deque,
        _collections.UserDict.__repr__: _split_wrapped,
        _collections.UserList.__repr__: _split_wrapped,
        _collections.UserString.__repr__: _split_wrapped,
    }

    # Kept under CPython's name: subclasses add their own entries to it.
    _dispatch = _splitters


# Splitters that are never used for empty containers.
_EMPTY_AS_REPR = frozenset([
    PrettyPrinter._split_ordered_dict, PrettyPrinter._split_set, PrettyPrinter._split_str,
    PrettyPrinter._split_defaultdict, PrettyPrinter._split_counter,
    PrettyPrinter._split_deque,
])


def _bytes_pieces(value, width, allowance):
    # Cut a bytes repr every 4 bytes where the line would overflow.
    current = b''
    last = len(value) // 4 * 4
    for start in range(0, len(value), 4):
        chunk = value[start:start + 4]
        candidate = current + chunk
        if start == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = chunk
        else:
            current = candidate
    if current:
        yield repr(current)
