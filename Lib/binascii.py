"""Conversions between binary data and ASCII encodings (hex, base64, uuencode,
quoted-printable) and the CRC-32 and CRC-CCITT checksums.

Ferrython's stand-in for CPython's C module of the same name, written in Python. The
a2b_* functions take bytes-like objects or ASCII-only str; the b2a_* functions take
bytes-like objects only. Malformed input raises binascii.Error (a ValueError).
"""

import zlib as _zlib

__all__ = [
    'Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp', 'a2b_uu',
    'b2a_base64', 'b2a_hex', 'b2a_qp', 'b2a_uu', 'crc32', 'crc_hqx',
    'hexlify', 'unhexlify',
]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'


# --- argument conversion ----------------------------------------------------------

def _contiguous_bytes(view):
    """The bytes of a buffer; like C code asking for a simple buffer, refuses strided views."""
    if not view.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return view.tobytes()


def _binary(data):
    """bytes of a bytes-like argument (what the b2a_* functions and crc functions accept)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None
    return _contiguous_bytes(view)


def _ascii(data):
    """bytes of an argument of the a2b_* functions: bytes-like, or str of ASCII only."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    try:
        view = memoryview(data)
    except TypeError:
        view = None
    if view is None or not view.c_contiguous:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__)
    return view.tobytes()


# --- hexadecimal ------------------------------------------------------------------

_HEX_CHARS = b'0123456789abcdefABCDEF'
_HEX_VALUE = [-1] * 256
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEX_VALUE[_c] = _i
for _i, _c in enumerate(b'ABCDEF'):
    _HEX_VALUE[_c] = 10 + _i
del _i, _c


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, two lowercase digits a byte.

    sep (one character, str or bytes) is put between groups of bytes_per_sep bytes,
    counted from the right when bytes_per_sep is positive and from the left when negative.
    """
    hexed = _binary(data).hex().encode('ascii')
    if sep is None:
        return hexed
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        # CPython takes a one-byte-wide str's byte as it is, even above 127.
        if ord(sep) > 255:
            raise ValueError('sep must be ASCII.')
        sep_byte = bytes([ord(sep)])
    elif isinstance(sep, bytes):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        sep_byte = bytes(sep)
    else:
        len(sep)  # what CPython does first: TypeError for objects without a length
        raise TypeError('sep must be str or bytes.')
    width = 2 * abs(bytes_per_sep)   # hex digits in a group
    if width == 0 or len(hexed) <= width:
        return hexed
    if bytes_per_sep > 0:
        first = len(hexed) % width or width
        groups = [hexed[:first]]
        groups += [hexed[i:i + width] for i in range(first, len(hexed), width)]
    else:
        groups = [hexed[i:i + width] for i in range(0, len(hexed), width)]
    return sep_byte.join(groups)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (the same as hexlify)."""
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr, /):
    """Binary data of a string of hexadecimal digits (an even number, no separators)."""
    text = _ascii(hexstr)
    if len(text) % 2:
        raise Error('Odd-length string')
    # bytes.fromhex does the work once the input holds only hexadecimal digits.
    if text.translate(None, _HEX_CHARS):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(text.decode('ascii'))


def a2b_hex(hexstr, /):
    """Binary data of a string of hexadecimal digits (the same as unhexlify)."""
    return unhexlify(hexstr)


# --- base64 -----------------------------------------------------------------------

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_VALUE[_c] = _i
del _i, _c


def b2a_base64(data, /, *, newline=True):
    """Base64 encoding of binary data, with a newline at its end unless newline is false."""
    raw = _binary(data)
    alphabet = _B64_ALPHABET
    out = bytearray()
    whole = len(raw) - len(raw) % 3
    for i in range(0, whole, 3):
        n = (raw[i] << 16) | (raw[i + 1] << 8) | raw[i + 2]
        out.append(alphabet[n >> 18])
        out.append(alphabet[(n >> 12) & 63])
        out.append(alphabet[(n >> 6) & 63])
        out.append(alphabet[n & 63])
    rest = len(raw) - whole
    if rest == 1:
        n = raw[whole] << 16
        out += bytes([alphabet[n >> 18], alphabet[(n >> 12) & 63]]) + b'=='
    elif rest == 2:
        n = (raw[whole] << 16) | (raw[whole + 1] << 8)
        out += bytes([alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63]]) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Binary data of base64 text.

    By default characters outside the alphabet are skipped and decoding stops at the padding
    that completes a group; strict_mode refuses anything but well-formed base64.
    """
    text = _ascii(data)
    if strict_mode and text[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    position = 0      # how many characters of the current group of four were read
    acc = 0
    pads = 0
    padding_started = False
    complete = False
    length = len(text)
    for i in range(length):
        c = text[i]
        if c == 61:   # '='
            padding_started = True
            if strict_mode and position == 0:
                raise Error('Excess padding not allowed')
            if position >= 2:
                pads += 1
                if position + pads >= 4:
                    if strict_mode and i + 1 < length:
                        raise Error('Excess data after padding')
                    complete = True
                    break
            continue
        value = _B64_VALUE[c]
        if value < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | value
        position += 1
        if position == 2:
            out.append(acc >> 4)
            acc &= 15
        elif position == 3:
            out.append(acc >> 2)
            acc &= 3
        elif position == 4:
            out.append(acc)
            acc = 0
            position = 0
    if not complete and position != 0:
        if position == 1:
            count = len(out) // 3 * 4 + 1
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


# --- uuencode ---------------------------------------------------------------------

def b2a_uu(data, /, *, backtick=False):
    """One uuencoded line (at most 45 bytes of data), ending with a newline.

    With backtick, zero is written as '`' rather than as a space.
    """
    raw = _binary(data)
    if len(raw) > 45:
        raise Error('At most 45 bytes at once')

    def char(value):
        if backtick and value == 0:
            return 96
        return 32 + value

    out = bytearray([char(len(raw))])
    padded = raw + b'\0' * (-len(raw) % 3)
    for i in range(0, len(padded), 3):
        n = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out.append(char(n >> 18))
        out.append(char((n >> 12) & 63))
        out.append(char((n >> 6) & 63))
        out.append(char(n & 63))
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    """Binary data of one uuencoded line (its first character gives the length)."""
    text = _ascii(data)
    # An empty line reads as a length character of NUL, as in CPython: 32 zero bytes.
    wanted = ((text[0] if text else 0) - 32) & 63
    body = text[1:]
    out = bytearray()
    acc = 0
    bits = 0
    index = 0
    while len(out) < wanted:
        c = body[index] if index < len(body) else 0
        index += 1
        if c in (10, 13) or index > len(body):
            value = 0
        else:
            if c < 32 or c > 96:
                raise Error('Illegal char')
            value = (c - 32) & 63
        acc = (acc << 6) | value
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
    for c in body[index:]:
        if c not in (32, 96, 10, 13):
            raise Error('Trailing garbage')
    return bytes(out)


# --- quoted-printable -------------------------------------------------------------

_QP_LINE = 76
_UPPER_HEX = b'0123456789ABCDEF'


def _qp_escape(out, c):
    out.append(61)
    out.append(_UPPER_HEX[c >> 4])
    out.append(_UPPER_HEX[c & 15])


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Quoted-printable encoding of binary data (RFC 1521), lines of at most 76 characters.

    quotetabs escapes every space and tab; istext=False escapes line breaks as well;
    header writes spaces as '_' (RFC 1522 headers).
    """
    raw = _binary(data)
    size = len(raw)
    newline_at = raw.find(b'\n')
    crlf = newline_at > 0 and raw[newline_at - 1] == 13
    eol = b'\r\n' if crlf else b'\n'
    out = bytearray()
    line_len = 0
    i = 0
    while i < size:
        c = raw[i]
        following = raw[i + 1] if i + 1 < size else None
        must_escape = (
            c > 126
            or c == 61
            or (header and c == 95)
            or (c == 46 and line_len == 0 and following in (None, 10, 13, 0))
            or (not istext and c in (10, 13))
            or (c in (9, 32) and following is None)
            or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32)))
        )
        if must_escape:
            if line_len + 3 >= _QP_LINE:
                out.append(61)
                out += eol
                line_len = 0
            _qp_escape(out, c)
            line_len += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and following == 10)):
            line_len = 0
            # Whitespace at the end of a line would be lost: write it escaped.
            if out and out[-1] in (9, 32):
                last = out.pop()
                _qp_escape(out, last)
            out += eol
            i += 2 if c == 13 else 1
        else:
            if following is not None and following != 10 and line_len + 1 >= _QP_LINE:
                out.append(61)
                out += eol
                line_len = 0
            line_len += 1
            if header and c == 32:
                out.append(95)
            else:
                out.append(c)
            i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """Binary data of quoted-printable text; header reads '_' as a space."""
    text = _ascii(data)
    size = len(text)
    out = bytearray()
    i = 0
    while i < size:
        c = text[i]
        if c == 61:
            i += 1
            if i >= size:
                break
            c = text[i]
            if c in (10, 13):
                # A soft line break: skip to the end of the line.
                while i < size and text[i] != 10:
                    i += 1
                if i < size:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < size and _HEX_VALUE[c] >= 0 and _HEX_VALUE[text[i + 1]] >= 0:
                out.append(_HEX_VALUE[c] * 16 + _HEX_VALUE[text[i + 1]])
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


# --- checksums --------------------------------------------------------------------

def crc32(data, crc=0, /):
    """CRC-32 of data, continuing from crc; an unsigned 32-bit int."""
    return _zlib.crc32(_binary(data), crc & 0xFFFFFFFF)


def _hqx_table():
    table = []
    for high in range(256):
        value = high << 8
        for _ in range(8):
            value = ((value << 1) ^ 0x1021) if value & 0x8000 else (value << 1)
        table.append(value & 0xFFFF)
    return table


_HQX_TABLE = _hqx_table()


def crc_hqx(*args):
    """CRC-CCITT (polynomial 0x1021, as in BinHex 4) of data, continuing from crc.

    crc_hqx(data, crc, /)
    """
    if len(args) != 2:
        raise TypeError('crc_hqx expected 2 arguments, got %d' % len(args))
    data, crc = args
    raw = _binary(data)
    value = crc.__index__() & 0xFFFF
    table = _HQX_TABLE
    for b in raw:
        value = ((value << 8) & 0xFF00) ^ table[(value >> 8) ^ b]
    return value
