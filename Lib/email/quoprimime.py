"""Quoted-printable for email: the body encoding of RFC 2045 section 6.7 and the "Q"
encoding of RFC 2047 for headers, with the helpers that measure and decode them.

Strings given to these functions hold characters below 256 (bytes decoded as latin-1); the
character set itself is the caller's business (see email.charset)."""

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

import re
from string import ascii_letters, digits

NL = '\n'
CRLF = '\r\n'
EMPTYSTRING = ''


def quote(c):
    """'=XX', the escape of one character."""
    return '=%02X' % ord(c)


def unquote(s):
    """The character of an '=XX' escape."""
    return chr(int(s[1:3], 16))


def _octet_table(literal, special=()):
    """For each of the 256 octets, the text that stands for it: itself when it is in
    `literal`, what `special` gives for it, else its =XX escape."""
    table = [quote(chr(octet)) for octet in range(256)]
    for character in literal:
        table[ord(character)] = character
    for character, text in special:
        table[ord(character)] = text
    return table


# In a header ("Q" encoding) only these stay as they are, and a space becomes '_'.
_HEADER_TABLE = _octet_table('-!*+/' + ascii_letters + digits, [(' ', '_')])
# In a body every printable ASCII character but '=' stays, and so do space and tab.
_BODY_TABLE = _octet_table([chr(c) for c in range(32, 127) if c != ord('=')] + ['\t'])
# What body_encode() translates with: line ends are dealt with separately.
_BODY_TRANSLATION = {octet: text for octet, text in enumerate(_BODY_TABLE)}
_BODY_TRANSLATION[ord('\r')] = '\r'
_BODY_TRANSLATION[ord('\n')] = '\n'


def header_check(octet):
    """True when the octet must be escaped in a header."""
    return chr(octet) != _HEADER_TABLE[octet]


def body_check(octet):
    """True when the octet must be escaped in a body."""
    return chr(octet) != _BODY_TABLE[octet]


def header_length(bytearray):
    """The length of the "Q" encoding of these bytes (without the encoded word's chrome)."""
    return sum(len(_HEADER_TABLE[octet]) for octet in bytearray)


def body_length(bytearray):
    """The length of the quoted-printable body encoding of these bytes (without soft line
    breaks)."""
    return sum(len(_BODY_TABLE[octet]) for octet in bytearray)


def header_encode(header_bytes, charset='iso-8859-1'):
    """An RFC 2047 "Q" encoded word holding `header_bytes`, labelled with `charset`."""
    if not header_bytes:
        return ''
    text = ''.join(_HEADER_TABLE[octet] for octet in header_bytes)
    return '=?%s?q?%s?=' % (charset, text)


def _units(line):
    """Split an already escaped line into what may not be cut: '=XX' escapes and single
    characters."""
    units, i = [], 0
    while i < len(line):
        size = 3 if line[i] == '=' else 1
        units.append(line[i:i + size])
        i += size
    return units


def _encode_line(line, maxlinelen, eol, out):
    """Append to `out` the output lines of one escaped input line: soft breaks ('=' at the
    end) keep each at most `maxlinelen` characters, and a space or tab ending the line is
    escaped so that it survives transport."""
    units = _units(line)
    remaining = len(line)
    start = 0
    # Cut while what is left does not fit on one line, leaving room for the '='.
    while remaining > maxlinelen:
        width, stop = 0, start
        while width + len(units[stop]) <= maxlinelen - 1:
            width += len(units[stop])
            stop += 1
        out.append(''.join(units[start:stop]) + '=')
        start, remaining = stop, remaining - width
    tail = ''.join(units[start:])
    if tail and tail[-1] in ' \t':
        blank = tail[-1]
        if remaining + 2 <= maxlinelen:
            tail = tail[:-1] + quote(blank)
        elif remaining + 1 == maxlinelen:
            # The blank fits, protected by a soft break (the real break follows).
            tail = tail + '=' + eol
        else:
            tail = tail[:-1] + '=' + eol + quote(blank)
    out.append(tail)


def body_encode(body, maxlinelen=76, eol=NL):
    """The quoted-printable form of the text `body`, lines at most `maxlinelen` long and
    ended by `eol`."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    escaped = body.translate(_BODY_TRANSLATION)
    out = []
    for line in escaped.splitlines():
        _encode_line(line, maxlinelen, eol, out)
    if escaped[-1] in '\r\n':
        out.append('')
    return eol.join(out)


_ESCAPE = re.compile('=([0-9a-fA-F]{2})')


def decode(encoded, eol=NL):
    """Decode a quoted-printable body: escapes become characters, soft line breaks vanish
    and the other line ends become `eol`."""
    if not encoded:
        return encoded
    pieces = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            pieces.append(eol)
            continue
        # A final '=' is a soft break; an escape never ends in '='.
        soft = line.endswith('=')
        if soft:
            line = line[:-1]
        pieces.append(_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), line))
        if not soft:
            pieces.append(eol)
    decoded = EMPTYSTRING.join(pieces)
    if encoded[-1] not in '\r\n' and decoded.endswith(eol):
        decoded = decoded[:-1]
    return decoded


# Older names of decode().
body_decode = decode
decodestring = decode


def header_decode(s):
    """Decode the text of a "Q" encoded word (no chrome): '_' is a space."""
    s = s.replace('_', ' ')
    return re.sub('=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)), s, flags=re.ASCII)
