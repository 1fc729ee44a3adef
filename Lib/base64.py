#! /usr/bin/env python3
"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 encodings of binary data.

Encoders take bytes-like objects and return bytes. Decoders take bytes-like objects or
ASCII-only str and raise binascii.Error (a ValueError) for malformed Base16/32/64 input,
ValueError for malformed Base85/Ascii85 input.
"""

import binascii

__all__ = [
    # The RFC 4648 encodings
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    # Base85 and Ascii85
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    # Variants of Base64
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """The bytes a decoder works on: ASCII-only str, or any bytes-like object."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


# --- Base64 -----------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Base64 encoding of the bytes-like object s, without newlines.

    altchars, two bytes, replaces '+' and '/' (for URL or file-system safe text).
    """
    text = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        text = text.translate(bytes.maketrans(b'+/', altchars))
    return text


def b64decode(s, altchars=None, validate=False):
    """Bytes of the Base64 text s.

    altchars, two bytes, stand for '+' and '/'. Characters outside the alphabet are
    skipped, unless validate is true: then they raise binascii.Error, as does bad padding.
    """
    data = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        data = data.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 encoding of s with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Bytes of the standard Base64 text s (other characters are skipped)."""
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 encoding of s with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Bytes of URL-safe Base64 text ('-' and '_' for '+' and '/')."""
    data = _bytes_from_decode_data(s).translate(_from_urlsafe)
    return b64decode(data)


# --- Base32 -----------------------------------------------------------------------

_B32_STANDARD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_EXTENDED_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# How many '=' end the last group of eight, by how many bytes the last group of five holds.
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# How many bytes the last group decodes to, by how many '=' end it.
_B32_KEPT = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    rest = len(s) % 5
    if rest:
        s = bytes(s) + b'\0' * (5 - rest)
    out = bytearray()
    for start in range(0, len(s), 5):
        group = int.from_bytes(s[start:start + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(group >> shift) & 31])
    pad = _B32_PADDING[rest]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    data = _bytes_from_decode_data(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        data = data.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        data = data.upper()
    stripped = data.rstrip(b'=')
    pads = len(data) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    group = 0
    for start in range(0, len(stripped), 8):
        group = 0
        for c in stripped[start:start + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            group = (group << 5) | value
        if start + 8 > len(stripped):
            group <<= 5 * (start + 8 - len(stripped))
        out += group.to_bytes(5, 'big')
    if pads not in _B32_KEPT:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + _B32_KEPT[pads]:]
    return bytes(out)


def b32encode(s):
    """Base32 encoding of the bytes-like object s (RFC 4648, section 6)."""
    return _b32_encode(_B32_STANDARD, s)


def b32decode(s, casefold=False, map01=None):
    """Bytes of the Base32 text s.

    casefold accepts lowercase letters; map01 (b'I' or b'L') says what the digit 1 stands
    for and makes 0 read as O. Bad padding or other characters raise binascii.Error.
    """
    return _b32_decode(_B32_STANDARD, s, casefold, map01)


def b32hexencode(s):
    """Base32 encoding of s with the Extended Hex alphabet (RFC 4648, section 7)."""
    return _b32_encode(_B32_EXTENDED_HEX, s)


def b32hexdecode(s, casefold=False):
    """Bytes of Base32 text with the Extended Hex alphabet; casefold accepts lowercase."""
    return _b32_decode(_B32_EXTENDED_HEX, s, casefold)


# --- Base16 -----------------------------------------------------------------------

def b16encode(s):
    """Base16 encoding of s: two uppercase hexadecimal digits a byte."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Bytes of the Base16 text s (uppercase digits, unless casefold)."""
    data = _bytes_from_decode_data(s)
    if casefold:
        data = data.upper()
    if data.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# --- Ascii85 and Base85 -----------------------------------------------------------

_A85_START = b'<~'
_A85_END = b'~>'
_ASCII85_CHARS = bytes(range(33, 118))
_BASE85_CHARS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def _encode_85(data, alphabet, pad=False, fold_zeros=False, fold_spaces=False):
    """The words of data (big-endian, zero-filled to a multiple of four) in base 85."""
    if not isinstance(data, bytes_types):
        data = memoryview(data).tobytes()
    fill = -len(data) % 4
    if fill:
        data = bytes(data) + b'\0' * fill
    pieces = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if fold_zeros and word == 0:
            pieces.append(b'z')
        elif fold_spaces and word == 0x20202020:
            pieces.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[k] = alphabet[digit]
            pieces.append(bytes(digits))
    if fill and not pad:
        last = pieces[-1]
        if last == b'z':
            last = alphabet[0:1] * 5
        pieces[-1] = last[:-fill]
    return b''.join(pieces)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 encoding of the bytes-like object b.

    foldspaces writes four spaces as 'y' (btoa's extension); wrapcol > 0 puts a newline
    after that many characters; pad fills the input to a multiple of four bytes; adobe
    frames the text in '<~' and '~>' as Adobe's implementation does.
    """
    text = _encode_85(b, _ASCII85_CHARS, pad, True, foldspaces)
    if adobe:
        text = _A85_START + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Bytes of the Ascii85 text b.

    foldspaces reads 'y' as four spaces; adobe requires the '~>' end (and accepts the
    '<~' start); the bytes of ignorechars are skipped. Errors raise ValueError.
    """
    data = _bytes_from_decode_data(b)
    if adobe:
        if not data.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'
                             .format(_A85_END))
        if data.startswith(_A85_START):
            data = data[2:-2]
        else:
            data = data[:-2]
    out = bytearray()
    digits = []
    # Four 'u' (the highest digit) complete a last partial group; what they add is cut.
    for c in data + b'u' * 4:
        if 33 <= c <= 117:
            digits.append(c - 33)
            if len(digits) == 5:
                word = 0
                for d in digits:
                    word = word * 85 + d
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                digits.clear()
        elif c == 122:   # 'z'
            if digits:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:   # 'y'
            if digits:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    cut = 4 - len(digits)
    if cut:
        del out[len(out) - cut:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85 encoding of b (the alphabet of git and Mercurial binary diffs).

    pad fills the input with zero bytes to a multiple of four before encoding.
    """
    return _encode_85(b, _BASE85_CHARS, pad)


_base85_values = None


def b85decode(b):
    """Bytes of the Base85 text b; errors raise ValueError."""
    global _base85_values
    if _base85_values is None:
        values = [None] * 256
        for i, c in enumerate(_BASE85_CHARS):
            values[c] = i
        _base85_values = values
    values = _base85_values
    data = _bytes_from_decode_data(b)
    fill = -len(data) % 5
    data = data + b'~' * fill
    out = bytearray()
    for start in range(0, len(data), 5):
        word = 0
        for offset, c in enumerate(data[start:start + 5]):
            value = values[c]
            if value is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if fill:
        del out[len(out) - fill:]
    return bytes(out)


# --- The legacy interface: MIME-style lines -------------------------------------------

MAXLINESIZE = 76   # characters of an encoded line, at most
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Read binary file input to its end and write its Base64 lines to binary file output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Read the Base64 lines of binary file input and write their bytes to file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (view.format, s.__class__.__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (view.ndim, s.__class__.__name__))


def encodebytes(s):
    """Base64 lines of s: 76 characters at most, each ending with a newline."""
    _input_type_check(s)
    lines = []
    for start in range(0, len(s), MAXBINSIZE):
        lines.append(binascii.b2a_base64(s[start:start + MAXBINSIZE]))
    return b''.join(lines)


def decodebytes(s):
    """Bytes of Base64 lines (the inverse of encodebytes)."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


# --- python -m base64 -------------------------------------------------------------

def main():
    """The command line: encode or decode a file (or stdin) to stdout."""
    import sys
    usage = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
    opts, args = _parse_options(sys.argv[1:])
    if opts is None:
        print(args, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(2)
    action = encode
    for option in opts:
        if option == '-e':
            action = encode
        if option == '-d':
            action = decode
        if option == '-u':
            action = decode
        if option == '-t':
            _self_test()
            return
        if option == '-h':
            print(usage)
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as source:
            action(source, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


def _parse_options(argv):
    """The single-letter options of argv (as getopt reads them) and the other arguments;
    (None, message) for an unknown option."""
    opts = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == '--':
            index += 1
            break
        if not arg.startswith('-') or arg == '-':
            break
        for letter in arg[1:]:
            if letter not in 'hdeut':
                return None, 'option -%s not recognized' % letter
            opts.append('-' + letter)
        index += 1
    return opts, argv[index:]


def _self_test():
    plain = b'Aladdin:open sesame'
    encoded = encodebytes(plain)
    decoded = decodebytes(encoded)
    print(plain)
    print(repr(encoded))
    print(decoded)
    assert plain == decoded


if __name__ == '__main__':
    main()
