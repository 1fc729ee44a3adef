"""Escaping text for HTML, and reading HTML character references back (HTML5 rules)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with '&', '<' and '>' written as HTML-safe references.

    With quote (the default), '"' and "'" are written as references too, so that the
    text can stand inside an attribute value of either quoting.
    """
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


# What a numeric reference to one of these code points stands for, as HTML5 specifies
# (the C1 controls read as Windows-1252 does; NUL and CR are replaced).
def _numeric_replacements():
    table = {0x00: '\ufffd', 0x0d: '\r'}
    for point in range(0x80, 0xa0):
        try:
            table[point] = bytes([point]).decode('cp1252')
        except UnicodeDecodeError:
            table[point] = chr(point)
    return table


_NUMERIC_REPLACEMENTS = _numeric_replacements()


def _is_dropped(point):
    """Code points whose numeric references HTML5 calls errors and Python drops."""
    return (0x01 <= point <= 0x08 or point == 0x0b or 0x0e <= point <= 0x1f
            or 0x7f <= point <= 0x9f or 0xfdd0 <= point <= 0xfdef
            or (point & 0xfffe) == 0xfffe)


def _replace_reference(match):
    ref = match.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        if digits[:1] in ('x', 'X'):
            point = int(digits[1:], 16)
        else:
            point = int(digits)
        if point in _NUMERIC_REPLACEMENTS:
            return _NUMERIC_REPLACEMENTS[point]
        if 0xd800 <= point <= 0xdfff or point > 0x10ffff:
            return '\ufffd'
        if _is_dropped(point):
            return ''
        return chr(point)
    if ref in _html5:
        return _html5[ref]
    # The longest name that the reference starts with, as HTML5 reads references
    # without a ';' (only some names are recognised that way, all in the table).
    for end in range(len(ref) - 1, 1, -1):
        text = _html5.get(ref[:end])
        if text is not None:
            return text + ref[end:]
    return '&' + ref


_REFERENCE = _re.compile(r'&(#[0-9]+;?'
                         r'|#[xX][0-9a-fA-F]+;?'
                         r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """s with every named and numeric character reference (&gt;, &#62;, &#x3e;) replaced
    by the text it stands for, by the rules of HTML5 (including references without ';'
    and the replacements for invalid code points)."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace_reference, s)
