"""JSON decoding: JSONDecoder and JSONDecodeError."""

import re

__all__ = ['JSONDecoder', 'JSONDecodeError']

_SPACE = re.compile(r'[ \t\n\r]*')
_NUM = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
# A run of plain characters, then the character that ends it (or nothing).
_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(.?)', re.DOTALL)
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'),
              '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """A document that is not valid JSON; pos is where the problem was found."""

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, line, col, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _read_hex4(s, i):
    """The code unit of the 4 hex digits after the 'u' at index i."""
    digits = s[i + 1:i + 5]
    if len(digits) == 4 and all(c in _HEX for c in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, i)


def _read_string(s, i, strict):
    """Decode the string whose body starts at i (after the quote).

    Returns (text, index after the closing quote)."""
    opening = i - 1
    parts = []
    match_chunk = _CHUNK.match
    while True:
        m = match_chunk(s, i)
        plain, stop = m.group(1), m.group(2)
        if plain:
            parts.append(plain)
        i = m.end()
        if stop == '"':
            return ''.join(parts), i
        if stop == '':
            raise JSONDecodeError('Unterminated string starting at', s, opening)
        if stop != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, i - 1)
            parts.append(stop)
            continue
        if i >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, opening)
        kind = s[i]
        if kind != 'u':
            if kind not in _SIMPLE_ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, i - 1)
            parts.append(_SIMPLE_ESCAPES[kind])
            i += 1
            continue
        unit = _read_hex4(s, i)
        i += 5
        if 0xd800 <= unit <= 0xdbff and s[i:i + 2] == '\\u':
            low = _read_hex4(s, i + 1)
            if 0xdc00 <= low <= 0xdfff:
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                i += 6
        parts.append(chr(unit))


class JSONDecoder(object):
    """Turns JSON text into Python objects.

    Objects become dicts (or whatever object_hook / object_pairs_hook make of
    them), arrays lists, strings str, numbers int or float, true/false/null
    True/False/None; NaN, Infinity and -Infinity are accepted as floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python object for the JSON document s (a str)."""
        value, end = self.raw_decode(s, _SPACE.match(s, 0).end())
        end = _SPACE.match(s, end).end()
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; returns (value, end)."""
        return self._value(s, idx)

    def _value(self, s, i):
        c = s[i:i + 1]
        if c == '"':
            return _read_string(s, i + 1, self.strict)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        m = _NUM.match(s, i)
        if m is not None:
            whole, frac, exp = m.groups()
            if frac or exp:
                return self.parse_float(whole + (frac or '') + (exp or '')), m.end()
            return self.parse_int(whole), m.end()
        for word in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(word, i):
                return self.parse_constant(word), i + len(word)
        raise JSONDecodeError('Expecting value', s, i)

    def _object(self, s, i):
        skip = _SPACE.match
        pairs = []
        i = skip(s, i).end()
        if s[i:i + 1] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i)
            key, i = _read_string(s, i + 1, self.strict)
            i = skip(s, i).end()
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = skip(s, i + 1).end()
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = skip(s, i).end()
            c = s[i:i + 1]
            if c == '}':
                return self._finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = skip(s, i + 1).end()

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        skip = _SPACE.match
        items = []
        i = skip(s, i).end()
        if s[i:i + 1] == ']':
            return items, i + 1
        while True:
            value, i = self._value(s, i)
            items.append(value)
            i = skip(s, i).end()
            c = s[i:i + 1]
            if c == ']':
                return items, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = skip(s, i + 1).end()
