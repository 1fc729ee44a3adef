"""Character sets as email sees them: for each one, how its headers and bodies are encoded
(base64, quoted-printable or not at all), which charset the text is converted to for
sending, and which Python codec reads and writes it."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

import functools

from email import base64mime, errors, quoprimime
from email.encoders import encode_7or8bit

# The encodings a charset may ask for.
QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # whichever is shorter (headers only)

# What an RFC 2047 encoded word adds besides the charset name: "=?" "?x?" "?=".
RFC2047_CHROME_LEN = 7

EMPTYSTRING = ''
UNKNOWN8BIT = 'unknown-8bit'
DEFAULT_CHARSET = 'us-ascii'

# charset name -> (header encoding, body encoding, charset to convert to for output)
_SINGLE_BYTE = ['iso-8859-%d' % n for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)]
CHARSETS = {name: (QP, QP, None) for name in _SINGLE_BYTE + ['windows-1252', 'viscii']}
CHARSETS.update({
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
})

# Other spellings -> the names CHARSETS uses.
ALIASES = {}
for _number, _latin in enumerate([1, 2, 3, 4, 9, 10, 13, 14, 15, 16], start=1):
    ALIASES['latin_%d' % _number] = 'iso-8859-%d' % _latin
    ALIASES['latin-%d' % _number] = 'iso-8859-%d' % _latin
del _number, _latin
ALIASES.update({
    'cp949': 'ks_c_5601-1987',
    'euc_jp': 'euc-jp',
    'euc_kr': 'euc-kr',
    'ascii': 'us-ascii',
})

# Charsets whose Python codec has another name (None: no conversion needed).
CODEC_MAP = {
    'gb2312': 'eucgb2312_cn',
    'big5': 'big5_tw',
    'us-ascii': None,
}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how `charset` is encoded in headers and bodies (QP, BASE64, SHORTEST for
    headers only, or None) and what it is converted to for output."""
    if body_enc != SHORTEST:
        CHARSETS[charset] = (header_enc, body_enc, output_charset)
        return
    raise ValueError('SHORTEST not allowed for body_enc')


def add_alias(alias, canonical):
    """Make `alias` another name of the charset `canonical`."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Name the Python codec that reads and writes `charset`."""
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    # unknown-8bit text carries its original bytes as surrogate escapes.
    if codec != UNKNOWN8BIT:
        return string.encode(codec)
    return string.encode('ascii', 'surrogateescape')


class Charset:
    """What the email package knows of one character set.

    Attributes: input_charset (the canonical lower-case name), header_encoding and
    body_encoding (QP, BASE64, SHORTEST or None), output_charset (the charset text is
    converted to before encoding, or None), input_codec and output_codec (the Python codec
    names, or None)."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        # Charset names are ASCII (bytes are accepted); anything else is an error.
        try:
            name = (input_charset.encode('ascii').decode('ascii')
                    if isinstance(input_charset, str) else str(input_charset, 'ascii'))
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = name.lower()
        self.input_charset = ALIASES.get(name, name)
        header_enc, body_enc, convert_to = CHARSETS.get(self.input_charset,
                                                        (SHORTEST, BASE64, None))
        self.header_encoding = header_enc
        self.body_encoding = body_enc
        convert_to = convert_to or self.input_charset
        self.output_charset = ALIASES.get(convert_to, convert_to)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __str__(self):
        return self.input_charset.lower()

    __repr__ = __str__

    def __eq__(self, other):
        # Compares with Charsets and names alike, ignoring case.
        return str(other).lower() == str(self)

    def get_body_encoding(self):
        """The Content-Transfer-Encoding for bodies in this charset: 'quoted-printable',
        'base64', or the function encode_7or8bit, which picks 7bit or 8bit."""
        assert self.body_encoding != SHORTEST
        return {QP: 'quoted-printable', BASE64: 'base64'}.get(self.body_encoding,
                                                              encode_7or8bit)

    def get_output_charset(self):
        """The charset text is written in."""
        if self.output_charset:
            return self.output_charset
        return self.input_charset

    def _header_module(self, header_bytes):
        """base64mime or quoprimime, whichever this charset's header encoding asks for (for
        SHORTEST the one giving the shorter result), or None for no encoding."""
        chosen = {BASE64: base64mime, QP: quoprimime}.get(self.header_encoding)
        if chosen is not None:
            return chosen
        if self.header_encoding == SHORTEST:
            b_length = base64mime.header_length(header_bytes)
            q_length = quoprimime.header_length(header_bytes)
            return base64mime if b_length < q_length else quoprimime
        return None

    def header_encode(self, string):
        """`string` as one encoded word of this charset (or unchanged when the charset needs
        no header encoding)."""
        codec = self._header_codec()
        raw = _encode(string, codec)
        module = self._header_module(raw)
        return string if module is None else module.header_encode(raw, codec)

    def _header_codec(self):
        return self.output_codec or 'us-ascii'

    def header_encode_lines(self, string, maxlengths):
        """`string` as a list of encoded words, the n-th no longer than the n-th length that
        the iterator `maxlengths` gives. A None first item means that not even one character
        fitted in the first length."""
        codec = self._header_codec()
        module = self._header_module(_encode(string, codec))
        encode_word = functools.partial(module.header_encode, charset=codec)
        output_name = self.get_output_charset()
        chrome = len(output_name) + RFC2047_CHROME_LEN
        words = []
        pending = ''
        limit = next(maxlengths) - chrome
        for character in string:
            candidate = pending + character
            if module.header_length(_encode(candidate, output_name)) <= limit:
                pending = candidate
                continue
            # `character` starts a new word.
            if not words and not pending:
                words.append(None)
            else:
                words.append(encode_word(_encode(pending, codec)))
            pending = character
            limit = next(maxlengths) - chrome
        words.append(encode_word(_encode(pending, codec)))
        return words

    def body_encode(self, string):
        """`string` in this charset's body encoding (a str is first encoded in the output
        charset); unchanged when the charset has none."""
        if not string:
            return string
        encoding = self.body_encoding
        if isinstance(string, str) and encoding in (BASE64, QP):
            string = string.encode(self.output_charset)
        if encoding == BASE64:
            return base64mime.body_encode(string)
        if encoding == QP:
            # quoprimime works on str whose characters are the bytes.
            return quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            # Checks that the text can be written in the charset (ASCII-compatible).
            return string.encode(self.output_charset).decode('ascii')
        return string
