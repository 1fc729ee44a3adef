"""Shell-style wildcards for file names: `*` matches any run of characters, `?` one
character, `[seq]` one character of seq and `[!seq]` one character not in it (ranges such as
`a-z` allowed in both). Nothing is special about `/` or a leading dot here.

fnmatch() folds case as the platform does (os.path.normcase), fnmatchcase() never does;
filter() keeps the matching names of a list; translate() gives the equivalent regular
expression text. Matching itself needs no `re`: a pattern is cut into tokens once (cached)
and matched by a backtracking scan that only ever returns to the latest `*`.
"""

import os
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Whether `name` matches the shell pattern `pat`, after os.path.normcase on both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def filter(names, pat):
    """The names of the iterable `names` that match `pat` (as fnmatch() decides)."""
    pat = os.path.normcase(pat)
    tokens = _tokens_of(pat)
    if os.path is posixpath:
        # normcase is the identity on POSIX: skip calling it for every name.
        return [name for name in names if _matches(tokens, _as_text(name, pat))]
    return [name for name in names if _matches(tokens, _as_text(os.path.normcase(name), pat))]


def fnmatchcase(name, pat):
    """Whether `name` matches the shell pattern `pat`, case always significant."""
    return _matches(_tokens_of(pat), _as_text(name, pat))


def _name_matcher(pat, case_sensitive=True):
    """A function telling whether a str name matches the pattern `pat` (for pathlib);
    without `case_sensitive`, case is ignored on both sides."""
    if case_sensitive:
        tokens = _tokens_of(pat)
        return lambda name: _matches(tokens, name)
    tokens = _tokens_of(pat.lower())
    return lambda name: _matches(tokens, name.lower())


def translate(pat):
    """The regular expression (as text) that matches exactly the names `pat` matches."""
    pieces = []
    for kind, value in _scan(pat):
        if kind == _STAR:
            pieces.append(_STAR)
        elif kind == _ONE:
            pieces.append('.')
        elif kind == _CHAR:
            pieces.append(_escape_char(value))
        elif kind == _NEVER:
            pieces.append('(?!)')
        elif kind == _ANY_CHAR:
            pieces.append('.')
        else:
            pieces.append('[' + value.text + ']')
    return '(?s:' + _join_around_stars(pieces) + r')\Z'


# Tokens: (kind, value). A class carries a _CharClass, a literal character the character.
_STAR, _ONE, _CHAR, _CLASS, _NEVER, _ANY_CHAR = range(6)

# The characters re.escape() puts a backslash before.
_REGEX_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape_char(char):
    return '\\' + char if char in _REGEX_SPECIAL else char


class _CharClass:
    """A `[...]` of the pattern: single characters and inclusive ranges, maybe negated, and
    `text`, the body of the equivalent regex class."""

    __slots__ = ('negated', 'chars', 'ranges', 'text')

    def __init__(self, negated, chars, ranges, text):
        self.negated, self.chars, self.ranges, self.text = negated, chars, ranges, text

    def accepts(self, char):
        inside = char in self.chars or any(low <= char <= high for low, high in self.ranges)
        return inside != self.negated


def _scan(pat):
    """The tokens of the pattern, consecutive `*`s merged into one."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        char = pat[i]
        i += 1
        if char == '*':
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR, None))
        elif char == '?':
            tokens.append((_ONE, None))
        elif char == '[':
            end = _class_end(pat, i)
            if end < 0:
                # No closing bracket: the `[` is an ordinary character.
                tokens.append((_CHAR, '['))
            else:
                tokens.append(_class_token(pat[i:end]))
                i = end + 1
        else:
            tokens.append((_CHAR, char))
    return tokens


def _class_end(pat, start):
    """Index of the `]` closing a class whose body starts at `start`, or -1. A `]` right
    after `[` or `[!` belongs to the body."""
    j = start
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    end = pat.find(']', j)
    return end


def _class_token(body):
    """The token of the class whose text between the brackets is `body`."""
    negated = body[:1] == '!'
    if '-' not in body:
        members = body[1:] if negated else body
        return _finish_class(negated, [members], body.replace('\\', '\\\\'))
    # Cut the body at the hyphens that make ranges: a hyphen first in the body (after any
    # `!`) is literal, and the character after a range's upper end cannot start another.
    pieces = []
    start = 0
    search_from = 2 if negated else 1
    while True:
        hyphen = body.find('-', search_from)
        if hyphen < 0:
            break
        pieces.append(body[start:hyphen])
        start = hyphen + 1
        search_from = hyphen + 3
    last = body[start:]
    if last:
        pieces.append(last)
    else:
        # A hyphen just before `]` is literal.
        pieces[-1] += '-'
    # A reversed range (z-a) matches nothing: drop it, joining its neighbours.
    k = len(pieces) - 1
    while k > 0:
        if pieces[k - 1][-1] > pieces[k][0]:
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
        k -= 1
    text = '-'.join(piece.replace('\\', '\\\\').replace('-', '\\-') for piece in pieces)
    if negated:
        pieces[0] = pieces[0][1:]
    return _finish_class(negated, pieces, text)


def _finish_class(negated, pieces, text):
    """Token of a class: `pieces` are runs of literal characters, consecutive runs joined
    by a range from the last character of one to the first of the next."""
    # The regex class operators &&, ~~ and || are escaped so that they stay literal.
    text = ''.join('\\' + c if c in '&~|' else c for c in text)
    if not text:
        return (_NEVER, None)
    if text == '!':
        return (_ANY_CHAR, None)
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    chars = frozenset(''.join(pieces))
    ranges = tuple((pieces[k - 1][-1], pieces[k][0]) for k in range(1, len(pieces))
                   if pieces[k - 1] and pieces[k])
    return (_CLASS, _CharClass(negated, chars, ranges, text))


def _join_around_stars(pieces):
    """The regex of the tokens: a `*` between fixed parts becomes an atomic lazy group, so
    that the expression never backtracks into it; a final `*` is `.*`."""
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # past the `*`
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        if i == n:
            out.append('.*' + ''.join(fixed))
        else:
            out.append('(?>.*?' + ''.join(fixed) + ')')
    return ''.join(out)


_token_cache = {}
_CACHE_LIMIT = 4096


def _tokens_of(pat):
    """The tokens of `pat` (bytes patterns read as Latin-1, one character per byte)."""
    key = (type(pat), pat)
    tokens = _token_cache.get(key)
    if tokens is None:
        text = str(pat, 'ISO-8859-1') if isinstance(pat, (bytes, bytearray)) else pat
        if not isinstance(text, str):
            raise TypeError('first argument must be string or compiled pattern')
        tokens = _scan(text)
        if len(_token_cache) >= _CACHE_LIMIT:
            _token_cache.clear()
        _token_cache[key] = tokens
    return tokens


def _as_text(name, pat):
    """`name` as text to match a pattern of `pat`'s kind; mixing str and bytes is the
    TypeError `re` gives."""
    if isinstance(pat, str):
        if not isinstance(name, str):
            if isinstance(name, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError(f"expected string or bytes-like object, got '{type(name).__name__}'")
        return name
    if isinstance(name, str):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    if not isinstance(name, (bytes, bytearray)):
        raise TypeError(f"expected string or bytes-like object, got '{type(name).__name__}'")
    return str(name, 'ISO-8859-1')


def _token_accepts(token, char):
    kind, value = token
    if kind == _CHAR:
        return value == char
    if kind == _CLASS:
        return value.accepts(char)
    return kind == _ONE or kind == _ANY_CHAR


def _matches(tokens, name):
    """Whether the whole of `name` matches. On a mismatch the scan resumes just after the
    latest `*`, which then swallows one more character; earlier stars never need revisiting."""
    t = i = 0
    star_token = star_name = -1
    n_tokens, n_name = len(tokens), len(name)
    while i < n_name:
        if t < n_tokens and tokens[t][0] == _STAR:
            star_token, star_name = t, i
            t += 1
        elif t < n_tokens and _token_accepts(tokens[t], name[i]):
            t += 1
            i += 1
        elif star_token >= 0:
            star_name += 1
            t, i = star_token + 1, star_name
        else:
            return False
    while t < n_tokens and tokens[t][0] == _STAR:
        t += 1
    return t == n_tokens
