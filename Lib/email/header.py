"""Header values that mix character sets: the Header class writes them as RFC 2047 encoded
words folded to a line length, decode_header() splits a raw value into its (text, charset)
pieces, and make_header() turns those pieces back into a Header."""

__all__ = ['Header', 'decode_header', 'make_header']

import binascii
import re

import email.base64mime
import email.quoprimime
from email import charset as _charset
from email.errors import HeaderParseError

Charset = _charset.Charset

NL = '\n'
SPACE = ' '
BSPACE = b' '
EMPTYSTRING = ''
FWS = ' \t'
MAXLINELEN = 78

UTF8 = Charset('utf-8')
USASCII = Charset('us-ascii')

# An RFC 2047 encoded word: =?charset?q-or-b?text?=
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?(?P<encoded>.*?)\?=',
                  re.MULTILINE)

# A header value must not hide another header after a line break.
_embedded_header = re.compile(r'\n[^ \t]+:')


def _split_encoded_words(header):
    """(text, encoding, charset) triples of the value; plain text has (text, None, None)."""
    words = []
    for line in header.splitlines():
        pieces = ecre.split(line)
        # ecre.split() alternates: plain text, then charset, encoding, text of a word.
        plain = pieces[0].lstrip()
        if plain:
            words.append((plain, None, None))
        for index in range(1, len(pieces), 4):
            charset, encoding, encoded, plain = pieces[index:index + 4]
            words.append((encoded, encoding.lower(), charset.lower()))
            if plain:
                words.append((plain, None, None))
    # Whitespace between two encoded words is not part of the text (RFC 2047 section 6.2).
    dropped = {n - 1 for n in range(2, len(words))
               if words[n][1] and words[n - 2][1] and words[n - 1][0].isspace()}
    return [word for n, word in enumerate(words) if n not in dropped]


def _decode_word(encoded, encoding):
    if encoding == 'q':
        return email.quoprimime.header_decode(encoded)
    if encoding == 'b':
        # Be lenient with missing padding.
        missing = -len(encoded) % 4
        try:
            return email.base64mime.decode(encoded + '=' * missing)
        except binascii.Error:
            raise HeaderParseError('Base64 decoding error')
    raise AssertionError('Unexpected encoding: ' + encoding)


def decode_header(header):
    """Split a header value into [(text, charset)...].

    A value without encoded words gives [(value, None)] unchanged. Otherwise every text is
    bytes: each encoded word decoded, runs in the same charset joined (plain text pieces with
    a space), and the charset lower-cased (None for plain text). A Header gives its own
    pieces, encoded in their charsets."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(text, str(charset)), str(charset))
                for text, charset in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    merged = []
    for text, encoding, charset in _split_encoded_words(header):
        data = text if encoding is None else _decode_word(text, encoding)
        if isinstance(data, str):
            data = bytes(data, 'raw-unicode-escape')
        if merged and merged[-1][1] == charset:
            glue = BSPACE if charset is None else b''
            merged[-1][0] = merged[-1][0] + glue + data
        else:
            merged.append([data, charset])
    return [(data, charset) for data, charset in merged]


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header holding the (text, charset) pairs that decode_header() returns."""
    header = Header(maxlinelen=maxlinelen, header_name=header_name,
                    continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        header.append(text, charset)
    return header


def _as_charset(charset, default):
    """A Charset for a name or Charset; `default` for None."""
    if charset is None:
        return default
    return charset if isinstance(charset, Charset) else Charset(charset)


def _is_plain(charset):
    return charset in (None, 'us-ascii')


def _breaks_ctext(character):
    """True when `character` cannot be part of an RFC 822 comment's text (so that an
    encoded word next to it needs no separating space)."""
    return character.isspace() or character in ('(', ')', '\\')


class Header:
    """A header value made of pieces, each in its own charset, which encode() writes as
    ASCII text and RFC 2047 encoded words folded to `maxlinelen`."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        """`s` (str, or bytes in `charset`) is the first piece; `charset` (default
        us-ascii) is also the default for append(). `header_name` only makes the first line
        shorter by its length plus ': '. `continuation_ws` starts the folded lines."""
        self._charset = _as_charset(charset, USASCII)
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, self._charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The value as text: the pieces joined, with a space where an encoded word would
        have met plain text without one."""
        self._normalize()
        out = []
        previous = None
        previous_ends_blank = None
        for text, charset in self._chunks:
            current = charset
            if current == _charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode('ascii', 'replace')
            if out:
                starts_blank = text and _breaks_ctext(text[0])
                if not _is_plain(previous):
                    if _is_plain(current) and not starts_blank:
                        out.append(SPACE)
                        current = None
                elif not _is_plain(current) and not previous_ends_blank:
                    out.append(SPACE)
            previous_ends_blank = text and _breaks_ctext(text[-1])
            previous = current
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        # Compares as its text, whether `other` is a Header or a str.
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add a piece: `s` is a str, or bytes in `charset` (default: the Header's). Text
        that the charset cannot write raises UnicodeError, except that ASCII pieces that are
        not ASCII become UTF-8 ones."""
        charset = _as_charset(charset, self._charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        # Fail now rather than when the header is written.
        output_codec = charset.output_codec or 'us-ascii'
        if output_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(output_codec, errors)
            except UnicodeEncodeError:
                if output_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _nonctext(self, s):
        return _breaks_ctext(s)

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value folded for a message: ASCII pieces are split at whitespace (preferring
        the places just after one of `splitchars`, in order), the others encoded and cut
        between characters; lines are joined with `linesep` and at most `maxlinelen` long
        where possible (0: no folding). Raises HeaderParseError when the result would look
        like it holds another header."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        folder = _Folder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        previous = None
        previous_ends_blank = None
        for index, (text, charset) in enumerate(self._chunks):
            if index:
                starts_blank = text and _breaks_ctext(text[0])
                if not _is_plain(previous):
                    if not starts_blank or not _is_plain(charset):
                        folder.add_transition()
                elif not _is_plain(charset) and not previous_ends_blank:
                    folder.add_transition()
            previous_ends_blank = text and _breaks_ctext(text[-1])
            previous = charset
            lines = text.splitlines()
            folder.feed('', lines[0] if lines else '', charset)
            for line in lines[1:]:
                folder.newline()
                stripped = line.lstrip()
                if charset.header_encoding is not None:
                    folder.feed(self._continuation_ws, ' ' + stripped, charset)
                else:
                    folder.feed(line[:len(line) - len(stripped)], stripped, charset)
            if len(lines) > 1:
                folder.newline()
        if self._chunks:
            folder.add_transition()
        folded = folder.joined(linesep)
        if _embedded_header.search(folded):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(folded))
        return folded

    def _normalize(self):
        """Merge neighbouring pieces of the same charset (joined with a space)."""
        merged = []
        for text, charset in self._chunks:
            if merged and merged[-1][1] == charset:
                merged[-1][0].append(text)
            else:
                merged.append(([text], charset))
        self._chunks = [(SPACE.join(texts), charset) for texts, charset in merged]


class _Line:
    """The line being filled: (whitespace, text) parts after `prefix` characters taken by
    the header name."""

    def __init__(self, prefix=0):
        self.prefix = prefix
        self.parts = []

    def length(self):
        return self.prefix + sum(len(blank) + len(text) for blank, text in self.parts)

    def text(self):
        return EMPTYSTRING.join(blank + text for blank, text in self.parts)

    def take_last(self):
        return self.parts.pop() if self.parts else ('', '')

    def restart(self, parts=()):
        self.parts = list(parts)
        self.prefix = 0

    def only_whitespace(self):
        return self.prefix == 0 and (not self.parts or self.text().isspace())


class _Folder:
    """Builds the folded lines of a Header value from its pieces."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self._maxlen = maxlen
        self._continuation_ws = continuation_ws
        self._splitchars = splitchars
        self._lines = []
        self._line = _Line(headerlen)

    def joined(self, linesep):
        self.newline()
        return linesep.join(self._lines)

    def __str__(self):
        return self.joined(NL)

    def newline(self):
        """End the current line (a pending transition marker at its end is dropped; a line
        of nothing but blanks goes onto the previous one)."""
        last = self._line.take_last()
        if last != (' ', ''):
            self._line.parts.append(last)
        if self._line.length() > 0:
            if self._line.only_whitespace() and self._lines:
                self._lines[-1] += self._line.text()
            else:
                self._lines.append(self._line.text())
        self._line.restart()

    def add_transition(self):
        """Mark a place between pieces where a space goes if the line continues."""
        self._line.parts.append((' ', ''))

    def _lengths(self):
        """Room for each encoded word: what is left of the current line, then whole
        continuation lines."""
        yield self._maxlen - self._line.length()
        while True:
            yield self._maxlen - len(self._continuation_ws)

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            # Plain text: fold at its whitespace.
            pieces = re.split('([' + FWS + ']+)', fws + string)
            if pieces[0]:
                pieces.insert(0, '')
            else:
                del pieces[0]
            for index in range(0, len(pieces), 2):
                self._append(pieces[index], pieces[index + 1])
            return
        words = charset.header_encode_lines(string, self._lengths())
        if not words:
            return
        if words[0] is not None:
            self._append(fws, words[0])
        if len(words) == 1:
            return
        self.newline()
        self._lines.extend(self._continuation_ws + word for word in words[1:-1])
        self._line.parts.append((self._continuation_ws, words[-1]))

    def _split_point(self):
        """Where to break the overfull line: the last part after one of the split
        characters (tried in order), or None."""
        parts = self._line.parts
        for char in self._splitchars:
            for index in range(len(parts) - 1, 0, -1):
                if char.isspace() and parts[index][0][:1] == char:
                    return index
                before = parts[index - 1][1]
                if before and before[-1] == char:
                    return index
        return None

    def _append(self, fws, string):
        self._line.parts.append((fws, string))
        if self._line.length() <= self._maxlen:
            return
        index = self._split_point()
        if index is None:
            # Nowhere to break: an over-long word after a header name goes to a line of
            # its own.
            fws, string = self._line.take_last()
            if self._line.prefix > 0:
                self.newline()
                fws = fws or ' '
            self._line.parts.append((fws, string))
            return
        rest = self._line.parts[index:]
        del self._line.parts[index:]
        self._lines.append(self._line.text())
        self._line.restart(rest)
