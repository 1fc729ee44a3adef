"""The two parsing helpers behind string.Formatter, as CPython's built-in `_string` module
offers them:

    formatter_parser(text)            iterates over (literal, field_name, format_spec,
                                      conversion) tuples, as str.format reads `text`
    formatter_field_name_split(name)  splits 'a.b[0]' into ('a', iterator of
                                      (True, 'b'), (False, 0))

Both read lazily: a malformed string raises ValueError when the iteration reaches the bad
part, with CPython's messages. Names and keys made of decimal digits only become ints."""

import sys as _sys

__all__ = ['formatter_field_name_split', 'formatter_parser']


def _require_str(value):
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")


def _as_index(text):
    """The int a run of decimal digits stands for, or None when `text` is not one (an
    empty text is not). Values beyond sys.maxsize are refused, as CPython does."""
    if not text or not all(ch.isdecimal() for ch in text):
        return None
    number = 0
    for ch in text:
        number = number * 10 + int(ch)
        if number > _sys.maxsize:
            raise ValueError("Too many decimal digits in format string")
    return number


# ---------------------------------------------------------------------------------------
# Format strings

def _scan_field(text, pos):
    """Read the replacement field whose '{' is just before `pos`. Returns (name,
    conversion, spec, end), `end` being the index after the closing '}'.

    The name runs to the first ':', '!' or '}' outside square brackets; a '!' is followed
    by one conversion character and then ':' or '}'; the spec runs to the '}' that
    balances the field's '{', counting the braces of nested fields."""
    size = len(text)
    cursor = pos
    stop_char = None
    while cursor < size:
        ch = text[cursor]
        cursor += 1
        if ch == '[':
            close = text.find(']', cursor)
            cursor = size if close < 0 else close
        elif ch == '{':
            raise ValueError("unexpected '{' in field name")
        elif ch in '}:!':
            stop_char = ch
            break
    if stop_char is None:
        raise ValueError("expected '}' before end of string")
    name = text[pos:cursor - 1]
    if stop_char == '}':
        return name, None, '', cursor
    conversion = None
    if stop_char == '!':
        if cursor >= size:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[cursor]
        cursor += 1
        if cursor < size:
            follower = text[cursor]
            cursor += 1
            if follower == '}':
                return name, conversion, '', cursor
            if follower != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = cursor
    depth = 1
    while cursor < size:
        ch = text[cursor]
        cursor += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, text[spec_start:cursor - 1], cursor
    raise ValueError("unmatched '{' in format spec")


class formatteriterator:
    """Iterator over the pieces of a format string; see formatter_parser."""

    __slots__ = ('_text', '_pos')

    def __init__(self, text):
        self._text = text
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        text = self._text
        size = len(text)
        start = self._pos
        if start >= size:
            raise StopIteration
        cursor = start
        while cursor < size:
            ch = text[cursor]
            if ch in '{}':
                break
            cursor += 1
        literal = text[start:cursor]
        if cursor == size:
            self._pos = size
            return literal, None, None, None
        brace = text[cursor]
        if cursor + 1 < size and text[cursor + 1] == brace:
            # A doubled brace ends the literal, keeping one of the two.
            self._pos = cursor + 2
            return literal + brace, None, None, None
        if brace == '}':
            self._pos = size
            raise ValueError("Single '}' encountered in format string")
        if cursor + 1 == size:
            self._pos = size
            raise ValueError("Single '{' encountered in format string")
        try:
            name, conversion, spec, after = _scan_field(text, cursor + 1)
        except ValueError:
            self._pos = size
            raise
        self._pos = after
        return literal, name, spec, conversion

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def formatter_parser(text, /):
    """Iterate over the parts of a format string, as (literal_text, field_name,
    format_spec, conversion); the last three are None after a literal alone."""
    _require_str(text)
    return formatteriterator(text)


# ---------------------------------------------------------------------------------------
# Field names

class fieldnameiterator:
    """Iterator over the attribute and index steps of a field name; see
    formatter_field_name_split."""

    __slots__ = ('_name', '_pos')

    def __init__(self, name, pos):
        self._name = name
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        name = self._name
        size = len(name)
        pos = self._pos
        if pos >= size:
            raise StopIteration
        self._pos = size          # on error, the iteration ends
        lead = name[pos]
        if lead == '.':
            stop = pos + 1
            while stop < size and name[stop] not in '.[':
                stop += 1
            step = name[pos + 1:stop]
            if not step:
                raise ValueError("Empty attribute in format string")
            self._pos = stop
            return True, step
        if lead == '[':
            close = name.find(']', pos + 1)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            step = name[pos + 1:close]
            if not step:
                raise ValueError("Empty attribute in format string")
            index = _as_index(step)
            self._pos = close + 1
            return False, step if index is None else index
        raise ValueError("Only '.' or '[' may follow ']' in format field specifier")

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def formatter_field_name_split(name, /):
    """Split a field name into its first part (an int when it is all digits) and an
    iterator of (is_attribute, value) steps."""
    _require_str(name)
    cut = 0
    while cut < len(name) and name[cut] not in '.[':
        cut += 1
    head = name[:cut]
    index = _as_index(head)
    return (head if index is None else index), fieldnameiterator(name, cut)
