"""JSON encoding: JSONEncoder and the string escaping helpers."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}
_INF = float('inf')


# The builtin reprs, whatever a subclass's own __repr__ says.
def _int_text(n):
    return repr(n if n.__class__ is int else int(n))


def _float_text(x):
    return repr(x if x.__class__ is float else float(x))


def _escape_char(c, ascii_only):
    known = _SHORT_ESCAPES.get(c)
    if known is not None:
        return known
    code = ord(c)
    if code < 0x20 or (ascii_only and code > 0x7e):
        if code > 0xffff:
            code -= 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (code >> 10),
                                       0xdc00 | (code & 0x3ff))
        return '\\u%04x' % code
    return c


def _needs_escape(s, ascii_only):
    for c in s:
        if c in _SHORT_ESCAPES or c < ' ' or (ascii_only and c > '~'):
            return True
    return False


def encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept as they are."""
    if not _needs_escape(s, False):
        return '"' + s + '"'
    return '"' + ''.join([_escape_char(c, False) for c in s]) + '"'


def encode_basestring_ascii(s):
    """s as a JSON string literal made of ASCII characters only."""
    if not _needs_escape(s, True):
        return '"' + s + '"'
    return '"' + ''.join([_escape_char(c, True) for c in s]) + '"'


class JSONEncoder(object):
    """Turns Python objects into JSON text.

    dict, list, tuple, str, int, float, True, False and None (and their
    subclasses) are supported; for anything else default() is called, which
    subclasses override to return something serializable.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects of no JSON type; returns a serializable
        substitute or raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            return self._quote(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o piece by piece (_one_shot is accepted
        for compatibility and changes nothing)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        walker = _Walker(self, indent, {} if self.check_circular else None)
        return walker.value(o, 0)

    def _quote(self, s):
        if self.ensure_ascii:
            return encode_basestring_ascii(s)
        return encode_basestring(s)


class _Walker:
    """One encoding run: the settings of an encoder plus the objects
    currently being encoded (for circular reference detection)."""

    def __init__(self, enc, indent, active):
        self.enc = enc
        self.indent = indent
        self.active = active

    def number(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return _float_text(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant: ' + _float_text(o))
        return text

    def scalar(self, o):
        """The text of a str, number or constant; None for other objects."""
        if isinstance(o, str):
            return self.enc._quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _int_text(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def enter(self, o):
        if self.active is not None:
            if id(o) in self.active:
                raise ValueError('Circular reference detected')
            self.active[id(o)] = o

    def leave(self, o):
        if self.active is not None:
            del self.active[id(o)]

    def breaks(self, level):
        """Separator after an opening bracket, between items, and before
        the closing bracket, at nesting level `level`."""
        sep = self.enc.item_separator
        if self.indent is None:
            return '', sep, ''
        inner = '\n' + self.indent * (level + 1)
        return inner, sep + inner, '\n' + self.indent * level

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.obj(o, level)
        else:
            self.enter(o)
            yield from self.value(self.enc.default(o), level)
            self.leave(o)

    def array(self, items, level):
        if not items:
            yield '[]'
            return
        self.enter(items)
        first, between, last = self.breaks(level)
        yield '[' + first
        for n, item in enumerate(items):
            if n:
                yield between
            yield from self.value(item, level + 1)
        yield last + ']'
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, (int, float)) or key is None:
            return self.scalar(key)
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def obj(self, mapping, level):
        if not mapping:
            yield '{}'
            return
        self.enter(mapping)
        first, between, last = self.breaks(level)
        pairs = mapping.items()
        if self.enc.sort_keys:
            pairs = sorted(pairs)
        yield '{' + first
        started = False
        for key, item in pairs:
            key = self.key_text(key)
            if key is None:
                continue
            if started:
                yield between
            started = True
            yield self.enc._quote(key) + self.enc.key_separator
            yield from self.value(item, level + 1)
        yield last + '}'
        self.leave(mapping)
