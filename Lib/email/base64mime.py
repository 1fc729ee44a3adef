"""Base64 for email (RFC 2045 section 6.8 and the "B" encoding of RFC 2047): encoded words
for headers, bodies cut into lines, and decoding.

This module does no line folding of headers (email.header does) and knows nothing of
character sets beyond the name it is given."""

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_encode',
           'header_length']

import binascii

NL = '\n'
CRLF = "\r" + NL
EMPTYSTRING = ""

# The characters an encoded word adds around its text: "=?" "?b?" "?=".
MISC_LEN = 7


def header_length(bytearray):
    """How many characters the base64 form of these bytes takes (padding included)."""
    return (len(bytearray) + 2) // 3 * 4


def header_encode(header_bytes, charset='iso-8859-1'):
    """An RFC 2047 "B" encoded word for `header_bytes` (a str is first encoded with
    `charset`)."""
    if not header_bytes:
        return ""
    data = header_bytes.encode(charset) if isinstance(header_bytes, str) else header_bytes
    text = binascii.b2a_base64(data, newline=False).decode("ascii")
    return '=?%s?b?%s?=' % (charset, text)


def body_encode(s, maxlinelen=76, eol=NL):
    """The base64 form of the bytes `s`, in lines of at most `maxlinelen` characters, each
    ended by `eol`."""
    if not s:
        return ""
    # Every 3 input bytes become 4 output characters.
    step = maxlinelen * 3 // 4
    pieces = []
    for start in range(0, len(s), step):
        line = binascii.b2a_base64(s[start:start + step]).decode("ascii")
        if eol != NL and line.endswith(NL):
            line = line[:-1] + eol
        pieces.append(line)
    return EMPTYSTRING.join(pieces)


def decode(string):
    """Decode base64 text or bytes into bytes (an empty input gives b'')."""
    if not string:
        return b''
    data = string.encode('raw-unicode-escape') if isinstance(string, str) else string
    return binascii.a2b_base64(data)


# Older names of decode().
body_decode = decode
decodestring = decode
