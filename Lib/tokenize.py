"""Tokenization help for Python programs.

tokenize(readline) breaks a stream of bytes into Python tokens: it detects the
source encoding (PEP 263: a UTF-8 BOM or a coding cookie), yields an ENCODING token
naming it, then the tokens of the decoded text. generate_tokens(readline) does the
same for a stream of str lines, without the ENCODING token. readline is called
repeatedly for the next line (b'' or '' at the end; raising StopIteration ends too).

Every token is a TokenInfo 5-tuple: the token type (see the token module), the token
string, the (row, column) where it starts, the (row, column) where it ends, and the
physical line(s) it was found on. The stream is that of CPython 3.12's tokenizer with
its extra tokens: COMMENT and NL tokens are produced, every operator has type OP
(its own type is in `exact_type`), and f-strings come as FSTRING_START,
FSTRING_MIDDLE and FSTRING_END around the tokens of their replacement fields.

untokenize() turns tokens back into source text.
"""

import collections
import itertools as _itertools
import re
import sys
import warnings
from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
from io import TextIOWrapper

import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]
del token

# The authors of the first tokenize module, whose interface this one keeps.
__author__ = 'Ka-Ping Yee <ping@lfw.org>'
__credits__ = ('GvR, ESR, Tim Peters, Thomas Wouters, Fred Drake, Skip Montanaro, '
               'Raymond Hettinger, Trent Nelson, Michael Foord')

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    """One token: type, string, start and end (row, column), and its line(s)."""

    __slots__ = ()

    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        """The operator's own token type for an OP token, else the type."""
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---------------------------------------------------------------------------
# The regular expressions of the historical pure-Python tokenizer. This module
# no longer scans with them, but they stay public: other tools match with them.

def group(*choices):
    return '(%s)' % '|'.join(choices)


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


def _all_string_prefixes():
    """Every string prefix in every letter case, '' included."""
    prefixes = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for ordering in set(_itertools.permutations(letters)):
            for cased in _itertools.product(*[(c, c.upper()) for c in ordering]):
                prefixes.add(''.join(cased))
    return prefixes


def _digits(digit):
    """Digits of one class, single underscores allowed between them."""
    return r'%s(?:_?%s)*' % (digit, digit)


def _prefixed_int(letter, digit):
    return r'0[%s%s](?:_?%s)+' % (letter, letter.upper(), digit)


def _string_rest(quote, triple=False):
    """What follows an opening quote up to the closing one; across lines."""
    plain = r'[^%s\\]*' % quote
    if triple:
        return r'%s(?:(?:\\.|%s(?!%s))%s)*%s' % (plain, quote, quote * 2, plain, quote * 3)
    return r'%s(?:\\.%s)*%s' % (plain, plain, quote)


def _one_line_string(quote, ending):
    """A string opened by one quote that stays on its line, then `ending`."""
    plain = r'[^\n%s\\]*' % quote
    return StringPrefix + r'%s%s(?:\\.%s)*%s' % (quote, plain, plain, ending)


_DECIMALS = _digits('[0-9]')

# Numbers: integers with a base, decimal integers, floats, imaginary numbers.
Hexnumber = _prefixed_int('x', '[0-9a-fA-F]')
Binnumber = _prefixed_int('b', '[01]')
Octnumber = _prefixed_int('o', '[0-7]')
Decnumber = r'(?:0(?:_?0)*|[1-9]%s)' % r'(?:_?[0-9])*'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?' + _DECIMALS
Pointfloat = group(r'%s\.(?:%s)?' % (_DECIMALS, _DECIMALS), r'\.' + _DECIMALS) + maybe(Exponent)
Expfloat = _DECIMALS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DECIMALS + '[jJ]', Floatnumber + '[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)

# Strings: the rest after the opening quote(s) (Single, Double, Single3, Double3),
# whole one-line strings, and the openings of triple-quoted ones.
StringPrefix = group(*_all_string_prefixes())
Single, Double = _string_rest("'"), _string_rest('"')
Single3, Double3 = _string_rest("'", True), _string_rest('"', True)
String = group(_one_line_string("'", "'"), _one_line_string('"', '"'))
Triple = group(StringPrefix + 3 * "'", StringPrefix + 3 * '"')
# The start of a string that may go on after a backslash at the end of the line.
ContStr = group(_one_line_string("'", group("'", r'\\\r?\n')),
                _one_line_string('"', group('"', r'\\\r?\n')))

# Operators, longest first so that the alternation prefers them; names; the rest.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)
Name = r'\w+'
Comment = r'#[^\r\n]*'
Whitespace = r'[ \f\t]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# The pattern of a string's rest for each way to open it (prefix and quotes).
endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    for _opening, _rest, _kind in (("'", Single, single_quoted), ('"', Double, single_quoted),
                                   ("'''", Single3, triple_quoted),
                                   ('"""', Double3, triple_quoted)):
        endpats[_prefix + _opening] = _rest
        _kind.add(_prefix + _opening)
del _prefix, _opening, _rest, _kind

tabsize = 8


# ---------------------------------------------------------------------------
# The scanner.

# Characters that may start a name: ASCII letters, '_' and everything past ASCII
# (the tokenizer leaves the finer check of identifiers to the parser).
_NAME_RE = re.compile('[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_\x80-\U0010ffff]*')
_BLANKS_RE = re.compile(r'[ \t\f]*')
_COMMENT_RE = re.compile(r'#[^\r\n]*')
_DECIMALS_RE = re.compile(r'[0-9](?:_?[0-9])*')
_RADIX_DIGITS = {'x': '0123456789abcdefABCDEF', 'o': '01234567', 'b': '01'}
_RADIX_NAMES = {'x': 'hexadecimal', 'o': 'octal', 'b': 'binary'}
_STRING_PREFIXES = frozenset(['', 'b', 'r', 'u', 'f', 'br', 'rb', 'fr', 'rf'])
# One-line rest of a string opened by one quote: stops at the closing quote, at a
# newline, or at a backslash that continues the string on the next line.
_SHORT_BODY = {
    q: re.compile(r'[^%s\\\n]*(?:\\(?:\r(?!\n)|[^\r\n])[^%s\\\n]*)*' % (q, q))
    for q in '\'"'}
# In a triple-quoted string: an escape (skipped whole) or the closing quotes.
_LONG_STOP = {q: re.compile(r'\\.|%s' % (q * 3), re.DOTALL) for q in '\'"'}
_OPERATORS = frozenset(EXACT_TOKEN_TYPES) | {'<>'}
_OPENERS = '([{'
_CLOSERS = ')]}'
_EOF_IN_STATEMENT = 'unexpected EOF in multi-line statement'
# More nested replacement fields than this is an error, as in CPython.
_MAX_FIELD_NESTING = 3
# How scanning an f-string's literal part or replacement field stopped.
_ENDED, _AT_BRACE, _AT_NEWLINE = 'ended', 'at brace', 'at newline'


def _is_newline(rest):
    return rest == '\n' or rest == '\r\n'


class _FString:
    """What the scanner knows of an f-string being scanned."""

    __slots__ = ('closing', 'raw', 'row', 'col', 'fields')

    def __init__(self, closing, raw, row, col):
        self.closing = closing      # the quote(s) that end it
        self.raw = raw
        self.row, self.col = row, col   # where it starts, for error positions
        self.fields = 0             # replacement fields open in it


class _Scanner:
    """Turns the lines readline() gives into TokenInfo tuples.

    The scanner works on one physical line at a time (`text`, at index `pos`), reading
    the next one when a newline is passed, a string goes on, or a backslash continues
    the line. A line that lacks its newline (the last one) gets one added in `text`,
    so that scanning always meets a newline; the `line` of tokens shows it as given.
    """

    def __init__(self, readline):
        self._readline = readline
        self._waiting = []      # further lines of a readline() result holding several
        self.lines = []         # physical lines as given, for the tokens' `line`
        self.text = ''
        self.row = 0
        self.pos = 0
        self.depth = 0          # open brackets, replacement fields included
        self.indents = [(0, 0)]     # (column, column with tabs counted as 1) of blocks
        self.had_token = False  # the logical line holds a token (so ends with NEWLINE)
        self.fstrings = []      # the f-strings open, innermost last
        # The first row of the lines CPython's tokenizer keeps buffered; the byte size
        # of those lines is the column of some of its errors at the end of the input.
        self.buffer_row = 1

    # -- lines ------------------------------------------------------------------

    def _fetch(self):
        if self._waiting:
            return self._waiting.pop()
        try:
            line = self._readline()
        except StopIteration:
            return ''
        if not isinstance(line, str):
            raise TypeError('readline() returned a non-string object')
        if line.count('\n') > 1 or (line.count('\n') == 1 and not line.endswith('\n')):
            pieces = line.splitlines(True)
            self._waiting = pieces[:0:-1]
            line = pieces[0]
        return line

    def next_line(self, mid_token=False):
        """Move to the next physical line; False at the end of the input.

        `mid_token` says the line continues something (a string, a backslash): then,
        as in CPython, the lines already read stay in the error-reporting buffer.
        """
        line = self._fetch()
        if not mid_token and not self.fstrings:
            self.buffer_row = self.row + 1
        if not line:
            self.text = ''
            self.pos = 0
            return False
        self.row += 1
        if '\0' in line:
            raise TokenError('source code cannot contain null bytes', (self.row, 0))
        self.lines.append(line)
        self.text = line if line.endswith('\n') else line + '\n'
        self.pos = 0
        return True

    def _buffered_bytes(self):
        """Byte size of the buffered lines (with the newline added to a last one)."""
        size = 0
        for line in self.lines[self.buffer_row - 1:]:
            size += len(line.encode('utf-8', 'surrogatepass'))
            if not line.endswith('\n'):
                size += 1
        return size

    # -- tokens -----------------------------------------------------------------

    def make(self, kind, string, srow, scol, erow=None, ecol=None):
        if erow is None:
            erow, ecol = srow, scol + len(string)
        if srow == erow:
            line = self.lines[srow - 1] if srow <= len(self.lines) else ''
        else:
            line = ''.join(self.lines[srow - 1:erow])
        return TokenInfo(kind, string, (srow, scol), (erow, ecol), line)

    def newline_token(self, kind):
        """The NEWLINE or NL token of the newline ending `text`; its string is ''
        when the newline was added, but it still spans one column."""
        rest = self.text[self.pos:]
        string = rest if self.lines[-1].endswith(rest) else ''
        return self.make(kind, string, self.row, self.pos, self.row, self.pos + len(rest))

    def tokens(self):
        while self.next_line():
            if self.depth == 0:
                yield from self._indentation()
            yield from self._rest_of_line()
        if self.depth:
            raise TokenError(_EOF_IN_STATEMENT, (self.row, 0))
        row = len(self.lines) + 1
        for _ in self.indents[1:]:
            yield TokenInfo(DEDENT, '', (row, 0), (row, 0), '')
        yield TokenInfo(ENDMARKER, '', (row, 0), (row, 0), '')

    def _indentation(self):
        """INDENT or DEDENT tokens for a line that starts a logical line."""
        col = alt = 0
        continued_at = None     # the indentation where a backslash continued it
        while True:
            text = self.text
            i = 0
            for ch in text:
                if ch == ' ':
                    col += 1
                    alt += 1
                elif ch == '\t':
                    col = (col // tabsize + 1) * tabsize
                    alt += 1
                elif ch == '\f':
                    col = alt = 0   # a form feed resets the count
                else:
                    break
                i += 1
            if not (text[i] == '\\' and _is_newline(text[i + 1:])):
                break
            # A backslash in the indentation: it goes on on the next line, but the
            # first backslash past column 0 fixes the block's indentation.
            if not continued_at:
                continued_at = (col, alt)
            if not self.next_line():
                raise TokenError(_EOF_IN_STATEMENT, (self.row, 0))
        self.pos = i
        if text[i] == '#' or _is_newline(text[i:]):
            return      # blank lines and comment lines leave the blocks alone
        if continued_at and continued_at[0]:
            col, alt = continued_at
        top, top_alt = self.indents[-1]
        if col > top:
            if alt <= top_alt:
                self._indentation_error(TabError, 'inconsistent use of tabs and spaces in indentation')
            if len(self.indents) >= 100:
                self._indentation_error(IndentationError, 'too many levels of indentation')
            self.indents.append((col, alt))
            yield self.make(INDENT, text[:i], self.row, 0)
            return
        dedents = 0
        while col < self.indents[-1][0]:
            self.indents.pop()
            dedents += 1
        top, top_alt = self.indents[-1]
        if col != top:
            self._indentation_error(IndentationError,
                                    'unindent does not match any outer indentation level')
        if alt != top_alt:
            self._indentation_error(TabError, 'inconsistent use of tabs and spaces in indentation')
        for _ in range(dedents):
            yield self.make(DEDENT, '', self.row, i)

    def _indentation_error(self, kind, message):
        text = self.text
        raise kind(message, ('<string>', self.row, len(text), text.rstrip('\r\n'), None, None))

    def _rest_of_line(self):
        """The tokens up to the end of the logical line or of the physical one."""
        while True:
            ch = self.skip_blanks()
            if ch == '\n' or ch == '\r' and _is_newline(self.text[self.pos:]):
                kind = NEWLINE if self.had_token and not self.depth else NL
                if kind == NEWLINE:
                    self.had_token = False
                yield self.newline_token(kind)
                return
            if ch == '#':
                yield self.comment()
            else:
                self.had_token = True
                yield from self.item()

    def skip_blanks(self):
        """Skip spaces and backslash continuations; the character reached."""
        while True:
            text = self.text
            pos = _BLANKS_RE.match(text, self.pos).end()
            self.pos = pos
            ch = text[pos]
            if ch != '\\':
                return ch
            if not _is_newline(text[pos + 1:]):
                raise TokenError('unexpected character after line continuation character',
                                 (self.row, len(text)))
            if not self.next_line(mid_token=True):
                raise TokenError(_EOF_IN_STATEMENT, (self.row, self._buffered_bytes()))

    def comment(self):
        match = _COMMENT_RE.match(self.text, self.pos)
        self.pos = match.end()
        return self.make(COMMENT, match.group(), self.row, match.start())

    def item(self):
        """The token(s) of what starts at `pos`: a name, number, string or operator."""
        text, pos = self.text, self.pos
        ch = text[pos]
        if ch.isascii() and ch.isdigit() or ch == '.' and text[pos + 1].isdigit() \
                and text[pos + 1].isascii():
            end = self._number_end(pos)
            self.pos = end
            yield self.make(NUMBER, text[pos:end], self.row, pos)
            return
        match = _NAME_RE.match(text, pos)
        if match:
            end = match.end()
            word = match.group()
            if text[end] in '\'"' and word.lower() in _STRING_PREFIXES:
                if 'f' in word or 'F' in word:
                    yield from self._fstring(pos, end)
                else:
                    yield self._string(pos, end)
                return
            self.pos = end
            yield self.make(NAME, word, self.row, pos)
            return
        if ch in '\'"':
            yield self._string(pos, pos)
            return
        for size in (3, 2, 1):
            if text[pos:pos + size] in _OPERATORS:
                break
        op = text[pos:pos + size]
        if op in _OPENERS:
            self.depth += 1
        elif op in _CLOSERS and self.depth:
            self.depth -= 1
        self.pos = pos + size
        yield self.make(OP, op, self.row, pos)

    # -- numbers ----------------------------------------------------------------

    def _number_error(self, message, col):
        raise TokenError(message, (self.row, col))

    def _decimal_end(self, pos):
        """End of the digits at pos (single underscores allowed between digits)."""
        end = _DECIMALS_RE.match(self.text, pos).end()
        if self.text[end] == '_':
            self._number_error('invalid decimal literal', end + 1)
        return end

    def _number_end(self, pos):
        text = self.text
        if text[pos] == '0' and text[pos + 1].lower() in _RADIX_DIGITS:
            return self._radix_number_end(pos + 2, text[pos + 1].lower())
        if text[pos] == '.':
            end = pos
        elif text[pos] == '0':
            # Zeros (as in 00 or 0_0), then maybe more digits (09 is let through).
            end = pos + 1
            while text[end] == '_' or text[end] == '0':
                if text[end] == '_':
                    if text[end + 1] != '0' and not ('0' <= text[end + 1] <= '9'):
                        self._number_error('invalid decimal literal', end + 1)
                end += 1
            if '0' <= text[end] <= '9':
                end = self._decimal_end(end)
        else:
            end = self._decimal_end(pos)
        if text[end] == '.':
            end += 1
            if '0' <= text[end] <= '9':
                end = self._decimal_end(end)
        if text[end] in 'eE':
            after = end + 1
            if text[after] in '+-':
                if not '0' <= text[after + 1] <= '9':
                    self._number_error('invalid decimal literal', after + 1)
                end = self._decimal_end(after + 1)
            elif '0' <= text[after] <= '9':
                end = self._decimal_end(after)
            else:
                return end      # "1e" is the number 1 and the name e
        if text[end] in 'jJ':
            end += 1
        return end

    def _radix_number_end(self, pos, radix):
        """End of a 0x/0o/0b number whose digits start at pos."""
        text = self.text
        digits = _RADIX_DIGITS[radix]
        kind = _RADIX_NAMES[radix]
        end = pos
        while True:
            if text[end] == '_':
                end += 1
            if text[end] not in digits or text[end] == '\n':
                bad = text[end]
                if radix != 'x' and '0' <= bad <= '9':
                    self._number_error("invalid digit '%s' in %s literal" % (bad, kind), end + 1)
                self._number_error('invalid %s literal' % kind, end)
            while text[end] in digits and text[end] != '\n':
                end += 1
            if text[end] != '_':
                break
        if radix != 'x' and '0' <= text[end] <= '9':
            self._number_error("invalid digit '%s' in %s literal" % (text[end], kind), end + 1)
        return end

    # -- strings ----------------------------------------------------------------

    def _string(self, start, quote_pos):
        """A STRING token (not an f-string); its prefix starts at `start`."""
        srow = self.row
        quote = self.text[quote_pos]
        if self.text.startswith(quote * 3, quote_pos):
            end = self._long_string_end(quote_pos + 3, quote, srow, start)
        else:
            end = self._short_string_end(quote_pos + 1, quote, srow, start)
        if self.row == srow:
            string = self.text[start:end]
        else:
            string = self.lines[srow - 1][start:] + ''.join(self.lines[srow:self.row - 1]) \
                + self.text[:end]
        self.pos = end
        return self.make(STRING, string, srow, start, self.row, end)

    def _short_string_end(self, pos, quote, srow, scol):
        body = _SHORT_BODY[quote]
        while True:
            text = self.text
            end = body.match(text, pos).end()
            if text[end] == quote:
                return end + 1
            if text[end] == '\\' and self.next_line(mid_token=True):
                pos = 0     # a backslash before the newline continues the string
                continue
            self._unterminated_string(srow, scol, quote)

    def _unterminated_string(self, srow, scol, quote):
        self._check_fstring_quote(quote, srow, scol)
        raise TokenError('unterminated string literal (detected at line %d)' % self.row,
                         (srow, scol + 1))

    def _long_string_end(self, pos, quote, srow, scol):
        stop = _LONG_STOP[quote]
        while True:
            for match in stop.finditer(self.text, pos):
                if match.group()[0] == quote:
                    return match.end()
            if not self.next_line(mid_token=True):
                self._check_fstring_quote(quote * 3, srow, scol)
                raise TokenError('EOF in multi-line string', (srow, scol + 1))
            pos = 0

    def _check_fstring_quote(self, quotes, srow, scol):
        # An unterminated string in a replacement field that opens with the quote(s)
        # of its f-string: rather the field's '}' that is missing.
        if self.fstrings and self.fstrings[-1].closing == quotes:
            raise TokenError("f-string: expecting '}'", (srow, scol + 1))

    # -- f-strings --------------------------------------------------------------

    def _fstring(self, start, quote_pos):
        text = self.text
        quote = text[quote_pos]
        closing = quote * 3 if text.startswith(quote * 3, quote_pos) else quote
        body = quote_pos + len(closing)
        fstring = _FString(closing, 'r' in text[start:quote_pos].lower(), self.row, start)
        yield self.make(FSTRING_START, text[start:body], self.row, start)
        self.pos = body
        self.fstrings.append(fstring)
        yield from self._literal_part(fstring, False)
        self.fstrings.pop()

    def _literal_part(self, fstring, in_spec):
        """FSTRING_MIDDLE tokens and replacement fields, up to the closing quote(s)
        (then _ENDED, after FSTRING_END) or, in a format spec, up to the '}' that
        ends its field (then _AT_BRACE) or to the newline that ends it in a one-quote
        f-string (then _AT_NEWLINE); `pos` is left at that '}' or newline."""
        closing = fstring.closing
        quote = closing[0]
        raw = fstring.raw
        srow, scol = self.row, self.pos     # where the current middle starts
        earlier = []    # its text on the lines before this one
        i = self.pos
        named_escape = False    # inside the braces of \N{...}
        had_field = False       # a replacement field was nested in this format spec

        def middle(end, skip=0):
            # The FSTRING_MIDDLE from (srow, scol) to end on this line; then the next
            # one starts `skip` characters further (past a doubled brace).
            nonlocal srow, scol, earlier
            first = self.text[scol:end] if not earlier else ''.join(earlier) + self.text[:end]
            token = self.make(FSTRING_MIDDLE, first, srow, scol, self.row, end)
            srow, scol, earlier = self.row, end + skip, []
            return token

        while True:
            text = self.text
            if i >= len(text):
                earlier.append(text[scol:] if not earlier else text)
                if not self.next_line(mid_token=True):
                    raise TokenError('unterminated triple-quoted f-string literal'
                                     ' (detected at line %d)' % self.row,
                                     (fstring.row, fstring.col + 1))
                i = 0
                continue
            ch = text[i]
            if ch == quote and text.startswith(closing, i):
                if earlier or i > scol:
                    yield middle(i)
                self.pos = i + len(closing)
                yield self.make(FSTRING_END, closing, self.row, i)
                return _ENDED
            if ch == '\n' and len(closing) == 1:
                if in_spec and not had_field:
                    yield middle(i)
                    self.pos = i
                    return _AT_NEWLINE
                raise TokenError('unterminated f-string literal (detected at line %d)' % self.row,
                                 (fstring.row, fstring.col + 1))
            if ch == '{':
                after = text[i + 1]
                if after == '{' and not in_spec:
                    yield middle(i + 1, 1)
                    i += 2
                    continue
                if fstring.fields >= _MAX_FIELD_NESTING:
                    raise TokenError('f-string: expressions nested too deeply', (self.row, i))
                if earlier or i > scol or (in_spec and after == '{'):
                    yield middle(i)
                self.pos = i
                if (yield from self._field(fstring)) == _ENDED:
                    return _ENDED
                had_field = in_spec
                srow, scol = self.row, self.pos
                i = self.pos
                continue
            if ch == '}':
                if named_escape:
                    named_escape = False
                    yield middle(i + 1)
                    i += 1
                    continue
                if text[i + 1] == '}' and not in_spec:
                    yield middle(i + 1, 1)
                    i += 2
                    continue
                yield middle(i)
                self.pos = i
                if in_spec:
                    return _AT_BRACE
                raise TokenError("f-string: single '}' is not allowed", (self.row, i + 1))
            if ch == '\\':
                after = text[i + 1]
                if after == '{' or after == '}':
                    if not raw:
                        warnings.warn_explicit("invalid escape sequence '\\%s'" % after,
                                               SyntaxWarning, '<string>', self.row)
                    i += 1      # the brace keeps its meaning
                elif not raw and after == 'N' and text[i + 2] == '{':
                    named_escape = True
                    i += 3
                elif after == '\r' and text[i + 2] == '\n':
                    i += 3
                else:
                    i += 2
                continue
            i += 1

    def _field(self, fstring):
        """A replacement field, from its '{' at `pos`: its tokens, and those of its
        format spec, up to its '}' (then _AT_BRACE) or to the end of the f-string
        when its closing quote comes first (then _ENDED)."""
        yield self.make(OP, '{', self.row, self.pos)
        self.pos += 1
        self.depth += 1
        fstring.fields += 1
        brackets = 0        # brackets opened in the field's expression
        unbalanced = False  # a bracket was closed that the field did not open
        while True:
            ch = self.skip_blanks()
            if ch == '\n' or ch == '\r' and _is_newline(self.text[self.pos:]):
                yield self.newline_token(NL)
                if not self.next_line(mid_token=True):
                    raise TokenError(_EOF_IN_STATEMENT, (self.row, self._buffered_bytes()))
                continue
            if ch == '#':
                yield self.comment()
                continue
            if brackets == 0 and ch == '}':
                if unbalanced:
                    raise TokenError("f-string: single '}' is not allowed",
                                     (self.row, self.pos + 1))
                break
            if brackets == 0 and ch == ':':
                yield self.make(OP, ':', self.row, self.pos)
                self.pos += 1
                outcome = yield from self._literal_part(fstring, True)
                if outcome == _ENDED:
                    return _ENDED
                if outcome == _AT_BRACE:
                    break
                continue    # the newline ended the spec, not the field
            if ch in _OPENERS:
                brackets += 1
            elif ch in _CLOSERS:
                if brackets:
                    brackets -= 1
                else:
                    unbalanced = True
            yield from self.item()
        yield self.make(OP, '}', self.row, self.pos)
        self.pos += 1
        self.depth -= 1
        fstring.fields -= 1
        return _AT_BRACE


def generate_tokens(readline):
    """Tokenize Python source read as str lines from readline.

    The same as tokenize(), except that readline returns str lines and that no
    ENCODING token comes first.
    """
    return _Scanner(readline).tokens()


def tokenize(readline):
    """Tokenize Python source read as bytes lines from readline.

    readline is called repeatedly, like the readline() method of a binary file, and
    returns b'' at the end (or raises StopIteration). The tokens are 5-tuples
    (TokenInfo): the token type; the token string; the (row, column) where the token
    starts and the (row, column) where it ends, as 2-tuples of ints; and the physical
    line it was found on. The first token is always an ENCODING token, naming the
    encoding used to decode the bytes.
    """
    encoding, consumed = detect_encoding(readline)
    if encoding == 'utf-8-sig':
        encoding = 'utf-8'      # the BOM is already stripped
    byte_lines = _itertools.chain(consumed, iter(readline, b''))
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _generate_tokens_from_c_tokenizer(byte_lines.__next__, encoding,
                                                 extra_tokens=True)


_CLOSING_OF = {')': '(', ']': '[', '}': '{'}


def _parser_tokens(tokens):
    """The stream CPython's parser sees, made from the stream with extra tokens:
    no COMMENT or NL, operators with their own types, async and await as ASYNC and
    AWAIT, unmatched brackets as errors, and CPython's positions of NEWLINE, INDENT,
    DEDENT and ENDMARKER (column -1 meaning none)."""
    last = comment = None
    brackets = []   # (bracket, row) of the open ones
    for tok in tokens:
        kind = tok.type
        if kind == COMMENT:
            comment = tok
            continue
        if kind == NL:
            continue
        if kind == OP:
            kind = tok.exact_type
            if tok.string in '([{':
                brackets.append((tok.string, tok.start[0]))
            elif tok.string in ')]}':
                _check_closing(tok, brackets)
        elif kind == NAME and tok.string in ('async', 'await'):
            kind = ASYNC if tok.string == 'async' else AWAIT
        if kind == NEWLINE:
            # A NEWLINE after a comment spans the comment (its string is the comment).
            if comment is not None and comment.end == tok.start:
                tok = TokenInfo(kind, comment.string, comment.start, comment.end, tok.line)
            else:
                tok = TokenInfo(kind, '', tok.start, tok.start, tok.line)
        elif kind == INDENT:
            spot = (tok.start[0], -1)
            tok = TokenInfo(kind, '', spot, spot, tok.line)
        elif kind in (DEDENT, ENDMARKER):
            if tok.line or last is None:
                spot = (tok.start[0], -1)
                line = tok.line
            else:   # at the end of the input: on the last line
                spot = (last.end[0], -1)
                line = last.line
            tok = TokenInfo(kind, '', spot, spot, line)
        else:
            tok = tok._replace(type=kind)
        comment = None
        last = tok
        yield tok


def _check_closing(tok, brackets):
    closer = tok.string
    where = (tok.start[0], tok.start[1] + 1)
    if not brackets:
        raise TokenError("unmatched '%s'" % closer, where)
    opener, row = brackets.pop()
    if opener != _CLOSING_OF[closer]:
        message = "closing parenthesis '%s' does not match opening parenthesis '%s'" % (
            closer, opener)
        if row != tok.start[0]:
            message += ' on line %d' % row
        raise TokenError(message, where)


def _generate_tokens_from_c_tokenizer(readline, encoding=None, extra_tokens=False):
    """Tokenize the str lines of readline (bytes when encoding is given), with
    the extra tokens of the tokenize module or as the parser sees them."""
    if encoding is not None:
        decode = lookup(encoding).decode

        def text_lines():
            try:
                line = readline()
            except StopIteration:
                return ''
            return decode(line)[0] if line else ''
        tokens = _Scanner(text_lines).tokens()
    else:
        tokens = _Scanner(readline).tokens()
    return tokens if extra_tokens else _parser_tokens(tokens)


# ---------------------------------------------------------------------------
# Source encodings.

def _get_normal_name(orig_enc):
    """Imitates get_normal_name in tokenizer.c: the canonical spelling of the
    UTF-8 and Latin-1 names, any other name unchanged."""
    name = orig_enc[:12].lower().replace('_', '-')
    for canonical, aliases in (('utf-8', ('utf-8',)),
                               ('iso-8859-1', ('latin-1', 'iso-8859-1', 'iso-latin-1'))):
        if name in aliases or name.startswith(tuple(a + '-' for a in aliases)):
            return canonical
    return orig_enc


def detect_encoding(readline):
    """Detect the encoding of a Python source file from its first two lines.

    readline is called at most twice, as by tokenize(). Returns the encoding (a
    str) and the list of the lines read (bytes). The encoding comes from a UTF-8
    BOM or a PEP 263 coding cookie; with a BOM the result is 'utf-8-sig'. A BOM and
    a cookie that disagree, or a cookie naming an unknown encoding, raise
    SyntaxError. Without either, the encoding is 'utf-8'.
    """
    filename = getattr(getattr(readline, '__self__', None), 'name', None)
    bom_found = False

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def problem(message, detail):
        where = message if filename is None else '%s for %r' % (message, filename)
        return SyntaxError('%s: %s' % (where, detail) if detail else where)

    def cookie_of(line):
        """The encoding named by a coding cookie on the line, or None."""
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            if filename is None:
                raise SyntaxError('invalid or missing encoding declaration')
            raise SyntaxError('invalid or missing encoding declaration for %r' % filename)
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            raise problem('unknown encoding', encoding) from None
        if bom_found:
            if encoding != 'utf-8':
                raise problem('encoding problem', 'utf-8')
            encoding += '-sig'
        return encoding

    first = read()
    bom_found = first.startswith(BOM_UTF8)
    if bom_found:
        first = first[len(BOM_UTF8):]
    default = 'utf-8-sig' if bom_found else 'utf-8'
    if not first:
        return default, []
    encoding = cookie_of(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    encoding = cookie_of(second)
    return (encoding or default), [first, second]


def open(filename):
    """Open a file in read only mode, as text decoded with the encoding
    detect_encoding() finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        found = detect_encoding(raw.readline)[0]
        raw.seek(0)
    except BaseException:
        raw.close()
        raise
    wrapper = TextIOWrapper(raw, found, line_buffering=True)
    wrapper.mode = 'r'
    return wrapper


# ---------------------------------------------------------------------------
# Back to source text.

# In an FSTRING_MIDDLE's text: an escaped backslash, a \N{...} escape (kept as it is),
# or a brace, which the source had doubled.
_BRACE_RE = re.compile(r'\\\\|\\N\{[^}]*\}?|[{}]')


class Untokenizer:
    """Rebuilds source text from tokens (see untokenize())."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.prev_type = None
        self.encoding = None

    def add_whitespace(self, start):
        """Move from the end of the last token to `start`: backslash continuations
        for the rows, spaces for the columns."""
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def escape_brackets(self, token):
        """An FSTRING_MIDDLE's text as written in the source: braces doubled,
        except those of \\N{...} escapes."""
        return _BRACE_RE.sub(lambda m: m.group() * 2 if m.group() in '{}' else m.group(),
                             token)

    def untokenize(self, iterable):
        tokens = iter(iterable)
        indents = []
        at_line_start = False
        for tok in tokens:
            if len(tok) == 2:
                self.compat(tok, tokens)
                break
            kind, string, start, end, line = tok
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                # Write the block's indentation (tokens start after it).
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                at_line_start = False
            elif kind == FSTRING_MIDDLE:
                if '{' in string or '}' in string:
                    string = self.escape_brackets(string)
                    # The end column counted each doubled brace once.
                    last = string.splitlines()[-1]
                    end = (end[0], end[1] + last.count('{{') + last.count('}}'))
            elif kind in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
                self.tokens.append(' ')
            self.add_whitespace(start)
            self.tokens.append(string)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
            self.prev_type = kind
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        """Untokenize (type, string) pairs: spacing is guessed, not restored."""
        out = self.tokens
        indents = []
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        fstring_depth = 0
        for tok in _itertools.chain([token], iterable):
            kind, string = tok[:2]
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind in (NAME, NUMBER):
                string += ' '
            # Adjacent strings need a space between them.
            if kind == STRING:
                if after_string:
                    string = ' ' + string
                after_string = True
            else:
                after_string = False
            if kind == FSTRING_START:
                fstring_depth += 1
            elif kind == FSTRING_END:
                fstring_depth -= 1
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            elif kind == FSTRING_MIDDLE:
                string = self.escape_brackets(string)
            # Two braces in a row in an f-string would read as an escaped brace.
            if fstring_depth and string in ('{', '}') and out and out[-1] == string:
                string = ' ' + string
            if kind in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
                out.append(' ')
            out.append(string)
            self.prev_type = kind


def untokenize(iterable):
    """Transform tokens back into Python source code.

    Each token is a sequence of at least two items, the token type and string. With
    full 5-tuples the source comes back exactly; with only the first two the spacing
    is guessed, but the result tokenizes back to the same types and strings.
    The result is bytes, encoded with the encoding of an ENCODING token (which
    tokenize() yields first), or a str when there is none.
    """
    builder = Untokenizer()
    source = builder.untokenize(iterable)
    if builder.encoding is not None:
        source = source.encode(builder.encoding)
    return source


# ---------------------------------------------------------------------------
# The command line: python -m tokenize [-e] [filename]

def main():
    import argparse

    def report(message):
        sys.stderr.write(message + '\n')

    def fail(message, filename=None, location=None):
        if location:
            report('%s:%d:%d: error: %s' % ((filename,) + tuple(location) + (message,)))
        elif filename:
            report('%s: error: %s' % (filename, message))
        else:
            report('error: %s' % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', metavar='filename.py', nargs='?', help=(
        'the file to tokenize; defaults to stdin'))
    parser.add_argument('-e', '--exact', action='store_true', dest='exact', help=(
        'display token names using the exact type'))
    args = parser.parse_args()

    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))     # a file is read whole first
        else:
            filename = '<stdin>'
            tokens = generate_tokens(sys.stdin.readline)
        for tok in tokens:
            kind = tok.exact_type if args.exact else tok.type
            where = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        fail(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        fail(err.args[0], filename, (line, column))
    except SyntaxError as err:
        fail(err, filename)
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as err:
        report('unexpected error: %s' % err)
        raise


if __name__ == '__main__':
    main()
