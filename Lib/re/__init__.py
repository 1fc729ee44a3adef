"""Regular expressions over str and bytes, with the syntax and behaviour of Python 3.12's `re`.

The native module `_re` parses and compiles patterns and runs its backtracking matcher over
code points or bytes; this package builds the Python side over it: the flags, `error`, the
`Pattern` and `Match` objects, the module-level functions with their pattern cache,
replacement templates, and `Scanner`. The DEBUG flag is accepted and prints nothing.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# ---- flags ----

# Each flag's name and bit, in the order a combination lists them.
_FLAG_BITS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = 0x1FF


class _FlagClass(type):
    """The class of RegexFlag: iterating it gives the single flags, as an enum's class does."""

    def __iter__(cls):
        return iter([getattr(cls, name) for name, _ in _FLAG_BITS])

    def __len__(cls):
        return len(_FLAG_BITS)

    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagClass):
    """A set of pattern flags: an int whose repr names its bits, as `re.IGNORECASE|re.DOTALL`."""

    def __new__(cls, value=0):
        return super().__new__(cls, value)

    def _names(self):
        value = int(self)
        names = [name for name, bit in _FLAG_BITS if value & bit]
        unknown = value & ~_ALL_FLAGS if value >= 0 else 0
        return names, unknown

    def __repr__(self):
        if int(self) == 0:
            return "re.NOFLAG"
        names, unknown = self._names()
        if not names:
            return "re.RegexFlag(%d)" % int(self)
        text = "|".join("re." + name for name in names)
        return text + ("|%#x" % unknown if unknown else "")

    __str__ = __repr__

    def __format__(self, spec):
        return str(self) if not spec else format(int(self), spec)

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names, unknown = self._names()
        return "|".join(names) if names and not unknown else None

    @property
    def value(self):
        return int(self)

    def __reduce__(self):
        return RegexFlag, (int(self),)

    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)


RegexFlag.__module__ = "re"

for _name, _bit in _FLAG_BITS + (("NOFLAG", 0),):
    setattr(RegexFlag, _name, RegexFlag(_bit))
    globals()[_name] = getattr(RegexFlag, _name)
A, I, L, U, M, S, X, T = ASCII, IGNORECASE, LOCALE, UNICODE, MULTILINE, DOTALL, VERBOSE, TEMPLATE
del _name, _bit


# ---- errors ----

class error(Exception):
    """A pattern or replacement template that cannot be compiled.

    `msg` is the bare message, `pattern` and `pos` where it happened (when known), and
    `lineno`/`colno` the line and column of `pos`, counted from 1.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                text += " (line %d, column %d)" % (self.lineno, self.colno)
        super().__init__(text)


error.__module__ = "re"

# The modes of a native match.
_ANCHORED, _SEARCH, _FULL = 0, 1, 2
_NO_END = 2 ** 63 - 1


def _sliceable(string):
    """`string`, or the bytes of a buffer (groups of a bytearray or memoryview are bytes)."""
    return string if isinstance(string, (str, bytes)) else bytes(memoryview(string))


# ---- Pattern ----

class Pattern:
    """A compiled regular expression."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @classmethod
    def _made(cls, source, flags):
        program, real_flags, groups, names = _re.compile(source, flags, error)
        self = object.__new__(cls)
        self._program = program
        self._source = source
        self._flags = real_flags
        self._groups = groups
        self._names = names
        self._index_names = {index: name for name, index in names.items()}
        return self

    pattern = property(lambda self: self._source, doc="The pattern text the object was compiled from.")
    flags = property(lambda self: self._flags, doc="The flags, given and inline.")
    groups = property(lambda self: self._groups, doc="How many capturing groups.")

    @property
    def groupindex(self):
        """A read-only map of group names to numbers (a plain dict when there are none)."""
        if not self._names:
            return {}
        import types
        return types.MappingProxyType(self._names)

    def _match(self, string, pos, endpos, mode):
        found = self._program.match(string, pos, endpos, mode)
        return None if found is None else Match._made(self, string, pos, endpos, found)

    def match(self, string, pos=0, endpos=_NO_END):
        """A match at `pos`, or None."""
        return self._match(string, pos, endpos, _ANCHORED)

    def search(self, string, pos=0, endpos=_NO_END):
        """The first match from `pos`, or None."""
        return self._match(string, pos, endpos, _SEARCH)

    def fullmatch(self, string, pos=0, endpos=_NO_END):
        """A match of the whole of `string[pos:endpos]`, or None."""
        return self._match(string, pos, endpos, _FULL)

    def scanner(self, string, pos=0, endpos=_NO_END):
        """An object whose match() and search() give the matches one after another."""
        return _MatchScanner(self, string, pos, endpos)

    def _spans(self, string, limit=0):
        """The (regs, lastindex) of successive matches, at most `limit` of them (0: all,
        negative: none). The string is checked now, the matches found as they are asked for."""
        scanner = self._program.scanner(string, 0, _NO_END)
        return _successive(scanner, limit)

    def finditer(self, string, pos=0, endpos=_NO_END):
        """An iterator of the Match objects of non-overlapping matches."""
        scanner = _MatchScanner(self, string, pos, endpos)
        return iter(scanner.search, None)

    def findall(self, string, pos=0, endpos=_NO_END):
        """The non-overlapping matches: strings, or tuples of the groups when there are several."""
        scanner = self._program.scanner(string, pos, endpos)
        string = _sliceable(string)
        empty = string[:0]
        results = []
        while True:
            found = scanner.search()
            if found is None:
                return results
            regs = found[0]
            if self._groups == 0:
                start, end = regs[0]
                results.append(string[start:end])
                continue
            texts = tuple(empty if start < 0 else string[start:end] for start, end in regs[1:])
            results.append(texts[0] if self._groups == 1 else texts)

    def split(self, string, maxsplit=0):
        """`string` cut at each match, with the groups of each match between the pieces."""
        pieces = []
        last = 0
        spans = self._spans(string, maxsplit)
        string = _sliceable(string)
        for regs, _ in spans:
            start, end = regs[0]
            pieces.append(string[last:start])
            pieces.extend(None if s < 0 else string[s:e] for s, e in regs[1:])
            last = end
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        """`(new_string, number_of_replacements)` with matches replaced by `repl`."""
        if callable(repl):
            expand = None
        else:
            expand = _template(self, repl)
            if len(expand) == 1 and not isinstance(expand[0], int):
                literal = expand[0]
                expand = None
                repl = lambda match: literal
        pieces = []
        last = 0
        done = 0
        spans = self._spans(string, count)
        string = _sliceable(string)
        for found in spans:
            regs = found[0]
            start, end = regs[0]
            if start > last:
                pieces.append(string[last:start])
            if expand is None:
                made = repl(Match._made(self, string, 0, _NO_END, found))
                if made is not None:
                    pieces.append(made)
            else:
                pieces.extend(_expand_regs(expand, string, regs))
            last = end
            done += 1
        pieces.append(string[last:])
        joiner = "" if isinstance(self._source, str) else b""
        return joiner.join(pieces), done

    def sub(self, repl, string, count=0):
        """`string` with matches replaced by `repl` (a template, or a function of the match)."""
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        text = repr(self._source)[:200]
        flags = self._flags
        if isinstance(self._source, str):
            flags &= ~UNICODE
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._source) is type(other._source)
                and self._source == other._source)

    def __hash__(self):
        return hash((self._source, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self._source, self._flags)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = "re"


def _successive(scanner, limit):
    count = 0
    while limit >= 0 and (not limit or count < limit):
        found = scanner.search()
        if found is None:
            return
        yield found
        count += 1


class _MatchScanner:
    """What `Pattern.scanner` gives: successive matches as Match objects."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._native = pattern._program.scanner(string, pos, endpos)
        length = len(string)
        self._pos = min(max(pos, 0), length)
        self._endpos = max(min(max(endpos, 0), length), self._pos)

    def _wrap(self, found):
        if found is None:
            return None
        return Match._made(self.pattern, self._string, self._pos, self._endpos, found)

    def match(self):
        return self._wrap(self._native.match())

    def search(self):
        return self._wrap(self._native.search())


# ---- Match ----

class Match:
    """The result of a successful match."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @classmethod
    def _made(cls, pattern, string, pos, endpos, found):
        self = object.__new__(cls)
        self._pattern = pattern
        self._string = string
        self._text_source = _sliceable(string)
        self._regs, self._lastindex = found
        if pos != 0 or endpos != _NO_END:
            length = len(string)
            pos = min(max(pos, 0), length)
            endpos = max(min(max(endpos, 0), length), pos)
        else:
            endpos = len(string)
        self._pos = pos
        self._endpos = endpos
        return self

    re = property(lambda self: self._pattern, doc="The Pattern that made the match.")
    string = property(lambda self: self._string, doc="The text matched against.")
    pos = property(lambda self: self._pos, doc="Where the search started.")
    endpos = property(lambda self: self._endpos, doc="Where the text was taken to end.")
    regs = property(lambda self: self._regs, doc="The (start, end) of each group.")
    lastindex = property(lambda self: self._lastindex, doc="The number of the last group closed.")

    @property
    def lastgroup(self):
        """The name of the last group closed, if it has one."""
        return self._pattern._index_names.get(self._lastindex)

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self._pattern._groups:
                return int(group)
            raise IndexError("no such group")
        try:
            return self._pattern._names[group]
        except (KeyError, TypeError):
            raise IndexError("no such group") from None

    def _text(self, index, default=None):
        start, end = self._regs[index]
        return default if start < 0 else self._text_source[start:end]

    def group(self, *groups):
        """One group's text (the whole match by default), or a tuple of several."""
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(group)) for group in groups)

    def __getitem__(self, group):
        return self._text(self._index(group))

    def groups(self, default=None):
        """The text of every group, `default` for those that did not take part."""
        return tuple(self._text(index, default) for index in range(1, self._pattern._groups + 1))

    def groupdict(self, default=None):
        """The named groups' text by name."""
        return {name: self._text(index, default) for name, index in self._pattern._names.items()}

    def start(self, group=0):
        return self._regs[self._index(group)][0]

    def end(self, group=0):
        return self._regs[self._index(group)][1]

    def span(self, group=0):
        return self._regs[self._index(group)]

    def expand(self, template):
        """`template` with its group references filled in from this match."""
        pieces = _expand_regs(_template(self._pattern, template), self._text_source, self._regs)
        return ("" if isinstance(self._pattern._source, str) else b"").join(pieces)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self._regs[0], self._text(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = "re"


# ---- replacement templates ----

# The one-letter escapes a template knows.
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_template_cache = {}
_TEMPLATE_CACHE_SIZE = 512


def _template(pattern, template):
    """`template` parsed for `pattern`: a list of literal texts and group numbers."""
    key = (type(template), template, pattern)
    parsed = _template_cache.get(key)
    if parsed is None:
        parsed = _parse_template(pattern, template)
        if len(_template_cache) >= _TEMPLATE_CACHE_SIZE:
            del _template_cache[next(iter(_template_cache))]
        _template_cache[key] = parsed
    return parsed


def _parse_template(pattern, template):
    if isinstance(template, str):
        text = template
        as_source = str
    else:
        try:
            text = str(memoryview(template).tobytes(), "latin-1")
        except TypeError:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(template).__name__) from None
        as_source = lambda piece: piece.encode("latin-1")
    parts = []
    literal = []
    groups = pattern._groups

    def fail(message, pos):
        raise error(message, template, pos)

    def reference(index):
        if literal:
            parts.append("".join(literal))
            literal.clear()
        parts.append(index)

    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if char != "\\":
            literal.append(char)
            i += 1
            continue
        start = i
        if i + 1 >= length:
            fail("bad escape (end of pattern)", start)
        char = text[i + 1]
        i += 2
        if char == "g":
            if i >= length or text[i] != "<":
                fail("missing <", i)
            close = text.find(">", i + 1)
            if close < 0:
                if i + 1 >= length:
                    fail("missing group name", i + 1)
                fail("missing >, unterminated name", i + 1)
            name = text[i + 1:close]
            if not name:
                fail("missing group name", i + 1)
            if name.isidentifier():
                if name not in pattern._names:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern._names[name]
            elif name.isdecimal() and name.isascii():
                index = int(name)
                if index > groups:
                    fail("invalid group reference %d" % index, i + 1)
            else:
                fail("bad character in group name '%s'" % name, i + 1)
            reference(index)
            i = close + 1
        elif char == "0":
            value = 0
            for _ in range(2):
                if i < length and text[i] in "01234567":
                    value = value * 8 + int(text[i])
                    i += 1
            literal.append(chr(value))
        elif char in "123456789":
            digits = char
            if i < length and text[i].isdigit() and text[i].isascii():
                digits += text[i]
                i += 1
                if (i < length and text[i] in "01234567" and digits[0] in "01234567"
                        and digits[1] in "01234567"):
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > groups:
                fail("invalid group reference %d" % index, start + 1)
            reference(index)
        elif char in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[char])
        elif char.isascii() and char.isalpha():
            fail("bad escape \\%s" % char, start)
        else:
            literal.append("\\" + char)
    if literal or not parts:
        parts.append("".join(literal))
    return [as_source(part) if isinstance(part, str) else part for part in parts]


def _expand_regs(parsed, string, regs):
    """The pieces of a parsed template for a match with these regs."""
    for part in parsed:
        if isinstance(part, int):
            start, end = regs[part]
            if start >= 0:
                yield string[start:end]
        else:
            yield part


# ---- the module functions ----

_cache = {}
_CACHE_SIZE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern._made(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _CACHE_SIZE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compiles a pattern to a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A match of the pattern at the start of the string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A match of the pattern against the whole string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of the pattern in the string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the pattern's matches replaced by `repl`."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """`(new_string, number_of_replacements)`, as `sub` makes them."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The string cut at the pattern's matches."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Empties the caches of compiled patterns and templates."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Deprecated: compiles with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning, stacklevel=2)
    return _compile(pattern, flags | TEMPLATE)


# The characters `escape` puts a backslash before.
_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """`pattern` with its special characters backslashed, to match it literally."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = str(pattern, "latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")


class Scanner:
    """A simple lexer: each phrase of `lexicon` is a (pattern, action) pair; `scan` gives the
    actions' results for the phrases matched one after another, and the text left over."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._actions = {}
        alternatives = []
        group = 1
        for phrase, action in lexicon:
            self._actions[group] = action
            alternatives.append("(%s)" % phrase if isinstance(phrase, str) else b"(" + phrase + b")")
            group += 1 + _compile(phrase, flags).groups
        joiner = "|" if not lexicon or isinstance(lexicon[0][0], str) else b"|"
        self.scanner = _compile(joiner.join(alternatives), flags)

    def scan(self, string):
        results = []
        next_match = self.scanner.scanner(string).match
        done = 0
        while True:
            found = next_match()
            if found is None:
                break
            end = found.end()
            if end == done:
                break
            action = self._actions[found.lastindex]
            if callable(action):
                self.match = found
                action = action(self, found.group())
            if action is not None:
                results.append(action)
            done = end
        return results, string[done:]
