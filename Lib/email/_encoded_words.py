"""RFC 2047 encoded words ("=?charset?q?text?=" and "=?charset?b?text?="): encoding and
decoding of the words themselves and of their "Q" and "B" payloads, used by the modern header
machinery (email._header_value_parser, email.headerregistry) and by Message for base64
bodies.

Decoders return (bytes, defects): they accept damaged input and describe the damage."""

__all__ = ['decode_q', 'encode_q', 'decode_b', 'encode_b', 'len_q', 'len_b', 'decode',
           'encode']

import binascii
import re
from base64 import b64decode, b64encode

from email.errors import (CharsetError, InvalidBase64CharactersDefect,
                          InvalidBase64LengthDefect, InvalidBase64PaddingDefect,
                          UndecodableBytesDefect)

# -- "Q" ----------------------------------------------------------------------------------

_Q_ESCAPE = re.compile(br'=([a-fA-F0-9]{2})')


def decode_q(encoded):
    """The bytes of a "Q" payload: '_' is a space, '=XX' an escaped byte."""
    spaced = encoded.replace(b'_', b' ')
    return _Q_ESCAPE.sub(lambda m: bytes.fromhex(m.group(1).decode()), spaced), []


# What each byte becomes in "Q": letters, digits and a few marks stay, space is '_'.
_Q_KEEP = set(b'-!*+/') | {byte for byte in range(128) if chr(byte).isalnum()}
_Q_TEXT = ['_' if byte == 0x20 else chr(byte) if byte in _Q_KEEP else '=%02X' % byte
           for byte in range(256)]


def encode_q(bstring):
    return ''.join(_Q_TEXT[byte] for byte in bstring)


def len_q(bstring):
    return sum(len(_Q_TEXT[byte]) for byte in bstring)


# -- "B" ----------------------------------------------------------------------------------

def decode_b(encoded):
    """The bytes of a "B" payload, decoded as well as can be: wrong padding and stray
    characters are worked around (and reported); a length that cannot be decoded leaves the
    input as it is."""
    missing = -len(encoded) % 4
    try:
        decoded = b64decode(encoded + b'=' * missing, validate=True)
        return decoded, [InvalidBase64PaddingDefect()] if missing else []
    except binascii.Error:
        pass
    # Characters outside the alphabet: decode without validation, first as it is, then with
    # as much padding as could be needed (extra padding is ignored).
    for padding, defects in ((b'', [InvalidBase64CharactersDefect]),
                             (b'==', [InvalidBase64CharactersDefect,
                                      InvalidBase64PaddingDefect])):
        try:
            decoded = b64decode(encoded + padding, validate=False)
        except binascii.Error:
            continue
        return decoded, [defect() for defect in defects]
    # One character more than a multiple of 4: nothing to decode it into.
    return encoded, [InvalidBase64LengthDefect()]


def encode_b(bstring):
    return str(b64encode(bstring), 'ascii')


def len_b(bstring):
    return (len(bstring) + 2) // 3 * 4


_DECODERS = {'q': decode_q, 'b': decode_b}
_ENCODERS = {'q': encode_q, 'b': encode_b}
_LENGTHS = {'q': len_q, 'b': len_b}


# -- Whole words --------------------------------------------------------------------------

def decode(ew):
    """Decode the encoded word `ew` into (text, charset, language, defects). Bytes that
    the charset cannot decode (or an unknown charset) are kept as surrogate escapes."""
    _, charset_field, cte, payload, _ = ew.split('?')
    charset, _, lang = charset_field.partition('*')
    raw, defects = _DECODERS[cte.lower()](payload.encode('ascii', 'surrogateescape'))
    return _as_text(raw, charset, defects), charset, lang, defects


def _as_text(raw, charset, defects):
    """`raw` decoded with `charset`; what does not decode is kept as surrogate escapes
    and reported in `defects`."""
    try:
        return raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(UndecodableBytesDefect(
            f"Encoded word contains bytes not decodable using {charset!r} charset"))
        return raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        # An unknown charset (or a name that is not even ASCII).
        if charset.lower() != 'unknown-8bit':
            defects.append(CharsetError(
                f"Unknown charset {charset!r} in encoded word; decoded as unknown bytes"))
        return raw.decode('ascii', 'surrogateescape')


def encode(string, charset='utf-8', encoding=None, lang=''):
    """`string` as one encoded word in `charset`; `encoding` 'q' or 'b' (default: "Q"
    unless it is at least 5 characters longer than "B"); `lang` an RFC 2231 language."""
    # unknown-8bit text holds the undecodable bytes as surrogate escapes.
    raw = (string.encode('ascii', 'surrogateescape') if charset == 'unknown-8bit'
           else string.encode(charset))
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    language = '*' + lang if lang else ''
    return '=?%s%s?%s?%s?=' % (charset, language, encoding, _ENCODERS[encoding](raw))
