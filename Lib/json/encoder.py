"""JSON encoding: JSONEncoder and the functions that quote strings.

encode_basestring and encode_basestring_ascii turn a str into a JSON string
literal; _make_iterencode builds the generator that walks an object and
yields its JSON text in pieces.  The native module _json provides faster
quoting functions and a one-shot encoder, used when it is present.
"""

import re

# The native versions, when Ferrython has the _json module.
try:
    from _json import (encode_basestring as c_encode_basestring,
                       encode_basestring_ascii as c_encode_basestring_ascii,
                       make_encoder as c_make_encoder)
except ImportError:
    c_encode_basestring = c_encode_basestring_ascii = c_make_encoder = None

# Characters that must be escaped in any JSON string, and in an ASCII-only
# one (everything outside the printable ASCII range too).
ESCAPE = re.compile(r'[\\"\x00-\x1f]')
ESCAPE_ASCII = re.compile(r'([^\x20-\x7e]|[\\"])')
HAS_UTF8 = re.compile(rb'[\x80-\xff]')

# The escape of each character that always needs one: the short forms JSON
# has, and \u00XX for the other control characters.
ESCAPE_DCT = {chr(code): '\\u%04x' % code for code in range(0x20)}
ESCAPE_DCT.update({'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
                   '\n': '\\n', '\r': '\\r', '\t': '\\t'})

INFINITY = float('inf')

# The same escapes as a str.translate table.
_ESCAPE_TABLE = {ord(char): text for char, text in ESCAPE_DCT.items()}
# What float.__repr__ gives for the values JSON has no number for.
_NONFINITE = {'nan': 'NaN', 'inf': 'Infinity', '-inf': '-Infinity'}


def _unicode_escape(char):
    """The \\uXXXX escape of a character, as a surrogate pair beyond the
    Basic Multilingual Plane."""
    code = ord(char)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def _require_str(s):
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)


def py_encode_basestring(s):
    """The JSON string literal of s (a str).

    Non-ASCII characters are kept as they are; quotes, backslashes and
    control characters are escaped.
    """
    _require_str(s)
    # Most strings have nothing to escape.
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string literal of s (a str), in ASCII characters only.

    Every character outside printable ASCII becomes a \\uXXXX escape.
    """
    _require_str(s)
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + s.translate(_ESCAPE_TABLE).replace('\x7f', '\\u007f') + '"'
    return '"' + ''.join([
        char if ' ' <= char <= '~' and char != '"' and char != '\\'
        else ESCAPE_DCT.get(char) or _unicode_escape(char)
        for char in s]) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = (c_encode_basestring_ascii
                           or py_encode_basestring_ascii)


class JSONEncoder(object):
    """Turns Python objects into JSON <https://json.org> text.

    By default dicts become objects, lists and tuples arrays, str strings,
    int and float (and their subclasses, int- and float-derived enums
    included) numbers, and True, False and None true, false and null.

    A subclass overrides default() to return a serializable stand-in for
    the objects of other types (or to raise TypeError).
    """
    # The separators unless __init__ is told otherwise.
    key_separator = ': '
    item_separator = ', '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None,
                 separators=None, default=None):
        """Every option is keyword-only.

        skipkeys: leave out dict items whose key is not a str, int, float,
        bool or None (instead of raising TypeError).
        ensure_ascii: escape every non-ASCII character (else keep them).
        check_circular: detect containers that contain themselves (else
        they end in RecursionError).
        allow_nan: write NaN, Infinity and -Infinity for such floats (else
        raise ValueError, as JSON has no such values).
        sort_keys: write dict items ordered by key.
        indent: None for one line; else an int (that many spaces) or a str
        to indent nested items by, one per line.
        separators: an (item_separator, key_separator) pair; the default is
        (', ', ': '), or (',', ': ') with an indent.
        default: a function called for objects of no JSON type, returning
        a serializable version of them or raising TypeError.
        """
        self.skipkeys, self.sort_keys = skipkeys, sort_keys
        self.ensure_ascii, self.allow_nan = ensure_ascii, allow_nan
        self.indent = indent
        self.check_circular = check_circular
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing space at the end of indented lines.
            self.item_separator = ','
        if default is not None:
            # An instance attribute, which wins over the method.
            self.default = default

    def default(self, o):
        """Called for each object of no JSON type: returns what to encode
        in its place.  This one raises TypeError; subclasses override it
        (and call it for the objects they do not handle either).
        """
        kind = o.__class__.__name__
        raise TypeError(f'Object of type {kind} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            return self._quoter()(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of str pieces, produced as
        the object is walked (so a large one can be written out without
        being held whole in memory).

        _one_shot=True says the pieces will be joined at once, which lets
        the native encoder of _json do the work.
        """
        markers = {} if self.check_circular else None
        quote = self._quoter()
        # Ferrython's native encoder also writes indented text (as CPython
        # 3.13's does), so every one-shot encoding takes it.
        if _one_shot and c_make_encoder is not None:
            encoder = c_make_encoder(
                markers, self.default, quote, self.indent,
                self.key_separator, self.item_separator,
                self.sort_keys, self.skipkeys, self.allow_nan)
        else:
            encoder = _make_iterencode(
                markers, self.default, quote, self.indent,
                _float_writer(self.allow_nan),
                self.key_separator, self.item_separator,
                self.sort_keys, self.skipkeys, _one_shot)
        return encoder(o, 0)

    def _quoter(self):
        if self.ensure_ascii:
            return encode_basestring_ascii
        return encode_basestring


def _float_writer(allow_nan):
    """The function giving the JSON text of a float."""
    def floatstr(o):
        # The builtin repr whatever a subclass says; it also tells the
        # non-finite values apart.
        text = float.__repr__(o)
        word = _NONFINITE.get(text)
        if word is None:
            return text
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant: ' + repr(o))
        return word
    return floatstr


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot):
    """The generator function _iterencode(o, _current_indent_level) that
    yields the JSON text of o in pieces.

    markers is the dict of containers being encoded (by id), for circular
    reference checks, or None for none; _encoder quotes strings; _floatstr
    writes floats; the rest are the JSONEncoder settings of those names.
    """
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    int_text = int.__repr__

    def scalar(o):
        """The text of a str, number, bool or None; None for the rest."""
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int_text(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def enter(o):
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def layout(level):
        """What follows an opening bracket, what goes between items, and
        what precedes the closing bracket, for a container at `level`."""
        if _indent is None:
            return '', _item_separator, ''
        inner = '\n' + _indent * (level + 1)
        return inner, _item_separator + inner, '\n' + _indent * level

    def key_text(key):
        """A dict key as a str, or None for a key to skip."""
        if isinstance(key, str):
            return key
        text = scalar(key)
        if text is not None or _skipkeys:
            return text
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def array(items, level):
        if not items:
            yield '[]'
            return
        enter(items)
        first, between, last = layout(level)
        # A scalar item goes out with the separator before it.
        prefix = '[' + first
        for item in items:
            text = scalar(item)
            if text is None:
                yield prefix
                yield from compound(item, level + 1)
            else:
                yield prefix + text
            prefix = between
        if last:
            yield last
        yield ']'
        leave(items)

    def obj(mapping, level):
        if not mapping:
            yield '{}'
            return
        enter(mapping)
        first, between, last = layout(level)
        yield '{'
        if first:
            yield first
        pairs = sorted(mapping.items()) if _sort_keys else mapping.items()
        started = False
        for key, value in pairs:
            key = key_text(key)
            if key is None:
                continue
            if started:
                yield between
            started = True
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is None:
                yield from compound(value, level + 1)
            else:
                yield text
        if last:
            yield last
        yield '}'
        leave(mapping)

    def compound(o, level):
        """The pieces of a value that is not a scalar."""
        if isinstance(o, (list, tuple)):
            yield from array(o, level)
        elif isinstance(o, dict):
            yield from obj(o, level)
        else:
            # The stand-in default() returns is encoded in its place.
            enter(o)
            yield from _iterencode(_default(o), level)
            leave(o)

    def _iterencode(o, _current_indent_level):
        text = scalar(o)
        if text is None:
            yield from compound(o, _current_indent_level)
        else:
            yield text

    return _iterencode
