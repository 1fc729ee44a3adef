"""JSON decoding: JSONDecoder, JSONDecodeError and the parsers they use.

scanstring decodes the body of a JSON string, JSONObject and JSONArray the
members of an object and an array; the scanner of json.scanner dispatches
between them.  The native module _json provides a faster scanstring, used
when it is present.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

import re
import sys

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

from json import scanner

# The flags the module's patterns have always been compiled with.
FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN, PosInf, NegInf = float('nan'), float('inf'), float('-inf')

# JSON allows exactly these four whitespace characters between tokens.
WHITESPACE_STR = ' \t\n\r'
WHITESPACE = re.compile(r'[\x20\t\n\r]*')
_SPACE_CHARS = frozenset(WHITESPACE_STR)

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
# What each one-character escape stands for.
BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
             'n': '\n', 'r': '\r', 't': '\t'}
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
_CONTROL = re.compile('[\x00-\x1f]')


class JSONDecodeError(ValueError):
    """The ValueError raised for a document that is not valid JSON.

    Besides the formatted message it keeps msg (the message alone), doc
    (the document), pos (the index in doc where the problem was found), and
    lineno and colno (pos as a 1-based line and column).
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, line, col, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, col

    def __reduce__(self):
        # Rebuilt from the three arguments, which also restore the rest.
        return type(self), (self.msg, self.doc, self.pos)


def _skip_space(s, i):
    """The index of the first non-whitespace character at or after s[i]."""
    if s[i:i + 1] not in _SPACE_CHARS:
        return i
    # Runs are short (a space, or a newline and an indent): stepping over
    # them beats a regular expression.
    i += 1
    while s[i:i + 1] in _SPACE_CHARS:
        i += 1
    return i


def _reject_controls(s, start, stop):
    """Raise for the first control character of s[start:stop], if any."""
    found = _CONTROL.search(s, start, stop)
    if found is not None:
        raise JSONDecodeError('Invalid control character at', s,
                              found.start())


def _hex_escape(s, u):
    """The code unit of the \\uXXXX escape whose 'u' is s[u]."""
    digits = s[u + 1:u + 5]
    # The four digits must be followed by something (at least the closing
    # quote), as the native scanner requires.
    if u + 5 < len(s) and _HEX_DIGITS.issuperset(digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, u)


def _scan_escaped(s, pos, strict):
    """scanstring for a body with escapes (or an error) in it."""
    opening = pos - 1
    size = len(s)
    parts = []
    quote = s.find('"', pos)
    while True:
        if quote < pos:
            # The quote found last time belonged to an escape.
            quote = s.find('"', pos)
        slash = s.find('\\', pos, size if quote < 0 else quote)
        stop = slash if slash >= 0 else quote if quote >= 0 else size
        if strict:
            _reject_controls(s, pos, stop)
        parts.append(s[pos:stop])
        if stop == quote:
            return ''.join(parts), quote + 1
        if stop == size or stop + 1 == size:
            raise JSONDecodeError('Unterminated string starting at', s,
                                  opening)
        kind = s[stop + 1]
        if kind != 'u':
            char = BACKSLASH.get(kind)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, stop)
            parts.append(char)
            pos = stop + 2
            continue
        unit = _hex_escape(s, stop + 1)
        pos = stop + 6
        # A high surrogate escape followed by a low one is one character.
        if 0xd800 <= unit <= 0xdbff and s.startswith('\\u', pos):
            low = _hex_escape(s, pos + 1)
            if 0xdc00 <= low <= 0xdfff:
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                pos += 6
        parts.append(chr(unit))


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end], just after its
    opening quote.

    Returns (text, index after the closing quote).  Escapes are resolved;
    a bad escape, an unterminated string or (when strict) a raw control
    character raises JSONDecodeError, a ValueError.
    """
    if not -sys.maxsize - 1 <= end <= sys.maxsize:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)
    if not 0 <= end <= len(s):
        raise ValueError('end is out of bounds')
    close = s.find('"', end)
    if close >= 0:
        body = s[end:close]
        # The usual string: no escapes, no control characters.
        if '\\' not in body:
            if strict and not body.isprintable():
                _reject_controls(s, end, close)
            return body, close + 1
    return _scan_escaped(s, end, strict)


scanstring = c_scanstring or py_scanstring


def _expect_value(s, i, scan_once):
    # A value must start at i; StopIteration says none does.
    try:
        return scan_once(s, i)
    except StopIteration as missing:
        raise JSONDecodeError('Expecting value', s, missing.value) from None


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Parse the members of a JSON object.

    s_and_end is (document, index just after the '{'); returns the object
    (a dict, or what object_pairs_hook / object_hook make of it) and the
    index after the closing '}'.  Keys are shared through memo.
    """
    s, i = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    i = _skip_space(s, i)
    if s[i:i + 1] != '}':
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i)
            key, i = scanstring(s, i + 1, strict)
            key = memo.setdefault(key, key)
            if s[i:i + 1] != ':':
                i = _skip_space(s, i)
                if s[i:i + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = _expect_value(s, _skip_space(s, i + 1), scan_once)
            pairs.append((key, value))
            i = _skip_space(s, i)
            follower = s[i:i + 1]
            if follower == '}':
                break
            if follower != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_space(s, i + 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), i + 1
    obj = dict(pairs)
    if object_hook is not None:
        obj = object_hook(obj)
    return obj, i + 1


def JSONArray(s_and_end, scan_once):
    """Parse the items of a JSON array.

    s_and_end is (document, index just after the '['); returns the list and
    the index after the closing ']'.
    """
    s, i = s_and_end
    items = []
    i = _skip_space(s, i)
    if s[i:i + 1] == ']':
        return items, i + 1
    append = items.append
    while True:
        value, i = _expect_value(s, i, scan_once)
        append(value)
        i = _skip_space(s, i)
        follower = s[i:i + 1]
        if follower == ']':
            return items, i + 1
        if follower != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i = _skip_space(s, i + 1)


class JSONDecoder(object):
    """Turns JSON text into Python objects.

    By default objects become dicts, arrays lists, strings str, integers
    int, other numbers float, and true, false and null True, False and
    None.  The non-standard NaN, Infinity and -Infinity are accepted too,
    as the matching floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        """object_hook, if given, is called with each decoded object (a
        dict) and its result replaces it; object_pairs_hook, if given, is
        called instead with the object's (key, value) pairs in document
        order, and wins over object_hook.

        parse_float and parse_int, if given, are called with the text of
        each real and integer number (the defaults are float and int), and
        parse_constant with '-Infinity', 'Infinity' or 'NaN'.

        strict=False allows control characters (code points 0-31) inside
        strings.
        """
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.object_hook = object_hook
        # A hook left out (or false) falls back to the plain conversion.
        self.parse_int = parse_int or int
        self.parse_float = parse_float or float
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        # The parsers the Python scanner calls, and its shared keys.
        self.memo = {}
        self.parse_object, self.parse_array = JSONObject, JSONArray
        self.parse_string = scanstring
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python object for the JSON document s (a str); only
        whitespace may surround it."""
        obj, end = self.raw_decode(s, WHITESPACE.match(s, 0).end())
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx] (no whitespace
        first) and return (value, index where it ends); whatever follows is
        left alone, so one string can hold several documents."""
        return _expect_value(s, idx, self.scan_once)
