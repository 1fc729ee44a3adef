"""The TOML 1.0 document parser of tomllib.

A _Parser walks the text once with a cursor (self.pos), building the result
dict as it goes.  Besides the values it keeps two sets of key paths, to
enforce TOML's rules on defining tables:

  * `declared`: tables that were opened by a [header] or [[header]], or made
    by dotted keys in an earlier section, and so cannot be opened again;
  * `frozen`: inline tables and arrays, which are complete once written, and
    everything inside them.

Errors are TOMLDecodeError, with CPython's messages and positions.
"""

from __future__ import annotations

import string

from . import _re

_WS = frozenset(" \t")
_WS_AND_NEWLINE = frozenset(" \t\n")
_BARE_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_START = _BARE_KEY_CHARS | frozenset("\"'")
_HEX_DIGITS = frozenset(string.hexdigits)

# Control characters are not allowed in strings or comments, except tab (and
# newline, in multi-line strings).
_CONTROL = frozenset(map(chr, range(32))) | {"\x7f"}
_ILLEGAL_ONE_LINE = _CONTROL - {"\t"}
_ILLEGAL_MULTILINE = _CONTROL - {"\t", "\n"}

_SIMPLE_ESCAPES = {
    "\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
    '\\"': '"', "\\\\": "\\",
}
# The escapes that end a line of a multi-line basic string.
_LINE_ENDING_ESCAPES = ("\\ ", "\\\t", "\\\n")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""

    __module__ = "tomllib"


def load(fp: BinaryIO, /, *, parse_float: ParseFloat = float) -> dict[str, Any]:
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, "
                        "e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s: str, /, *, parse_float: ParseFloat = float) -> dict[str, Any]:
    """Parse TOML from a string."""
    # Positions in error messages count a \r\n line ending as one character.
    parser = _Parser(s.replace("\r\n", "\n"), _guarded(parse_float))
    return parser.document()


def _guarded(parse_float):
    """parse_float, checked not to return containers (which would confuse the
    rules on tables)."""
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return checked


def _location(src, pos):
    if pos >= len(src):
        return "end of document"
    line = src.count("\n", 0, pos) + 1
    column = pos - src.rfind("\n", 0, pos)  # rfind is -1 on the first line
    return "line %d, column %d" % (line, column)


def _walk(table, path, into_arrays):
    """The table at `path` below `table`, creating missing tables on the way.
    With into_arrays, an array of tables stands for its last table.  Returns
    None when a value that is not a table is in the way."""
    for part in path:
        table = table.setdefault(part, {})
        if into_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            return None
    return table


def _is_frozen(frozen, path):
    """Whether path, or a table containing it, is in the set `frozen`."""
    return any(path[:n] in frozen for n in range(1, len(path) + 1))


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.declared = set()
        self.frozen = set()
        # Tables made by dotted keys in the current section: they become
        # `declared` when the next header starts a new section.
        self.pending = set()

    def error(self, message, pos=None):
        where = _location(self.src, self.pos if pos is None else pos)
        return TOMLDecodeError("%s (at %s)" % (message, where))

    # ---- low-level scanning ----

    def char(self):
        """The character at the cursor, or None at the end."""
        return self.src[self.pos] if self.pos < len(self.src) else None

    def skip(self, chars):
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def scan_to(self, terminator, illegal, eof_ok):
        """Move to the next `terminator` (or the end, if eof_ok), checking the
        text passed over for illegal characters; returns that text."""
        start = self.pos
        end = self.src.find(terminator, start)
        if end < 0:
            if not eof_ok:
                raise self.error("Expected %r" % terminator, len(self.src))
            end = len(self.src)
        text = self.src[start:end]
        if not illegal.isdisjoint(text):
            bad = next(i for i, c in enumerate(text) if c in illegal)
            raise self.error("Found invalid character %r" % text[bad], start + bad)
        self.pos = end
        return text

    def skip_comment(self):
        if self.char() == "#":
            self.pos += 1
            self.scan_to("\n", _ILLEGAL_ONE_LINE, eof_ok=True)

    def skip_array_space(self):
        """Skip whitespace, newlines and comments (inside an array)."""
        src = self.src
        while True:
            pos = self.pos
            while pos < len(src) and src[pos] in _WS_AND_NEWLINE:
                pos += 1
            self.pos = pos
            if not src.startswith("#", pos):
                return
            self.pos += 1
            self.scan_to("\n", _ILLEGAL_ONE_LINE, eof_ok=True)

    # ---- statements ----

    def document(self):
        src = self.src
        section = ()  # the key of the current [table] or [[array]] header
        while True:
            self.skip(_WS)
            c = self.char()
            if c is None:
                break
            if c == "\n":
                self.pos += 1
                continue
            if c in _KEY_START:
                key = self.key_and_equals()
                self.assign(section, key, self.value())
                self.skip(_WS)
            elif c == "[":
                self.declared |= self.pending
                self.pending.clear()
                if src.startswith("[[", self.pos):
                    section = self.array_header()
                else:
                    section = self.table_header()
                self.skip(_WS)
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            c = self.char()
            if c is None:
                break
            if c != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.root

    def table_header(self):
        self.pos += 1
        self.skip(_WS)
        key = self.key()
        if key in self.declared or _is_frozen(self.frozen, key):
            raise self.error("Cannot declare %s twice" % (key,))
        self.declared.add(key)
        if _walk(self.root, key, True) is None:
            raise self.error("Cannot overwrite a value")
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_header(self):
        self.pos += 2
        self.skip(_WS)
        key = self.key()
        if _is_frozen(self.frozen, key):
            raise self.error("Cannot mutate immutable namespace %s" % (key,))
        # A new table of the array starts: what was declared inside the
        # previous one no longer applies, but the array itself stays declared.
        n = len(key)
        self.declared = {path for path in self.declared if path[:n] != key}
        self.frozen = {path for path in self.frozen if path[:n] != key}
        self.declared.add(key)
        parent = _walk(self.root, key[:-1], True)
        if parent is None:
            raise self.error("Cannot overwrite a value")
        tables = parent.setdefault(key[-1], [])
        if not isinstance(tables, list):
            raise self.error("Cannot overwrite a value")
        tables.append({})
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def assign(self, section, key, value):
        """Store the value of a `key = value` statement in the current section."""
        # The tables that a dotted key opens on its way.
        for n in range(1, len(key)):
            path = section + key[:n]
            if path in self.declared:
                raise self.error("Cannot redefine namespace %s" % (path,))
            self.pending.add(path)
        parent = section + key[:-1]
        if _is_frozen(self.frozen, parent):
            raise self.error("Cannot mutate immutable namespace %s" % (parent,))
        table = _walk(self.root, parent, True)
        if table is None or key[-1] in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.frozen.add(section + key)
        table[key[-1]] = value

    # ---- keys ----

    # (The callers of key_and_equals() then call value() themselves: deeply
    # nested arrays and inline tables need few frames per level.)
    def key_and_equals(self):
        """Parse the `key =` of a key/value pair; returns the key (a tuple)."""
        key = self.key()
        if self.char() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WS)
        return key

    def key(self):
        """A dotted key as a tuple of its parts, and the spaces after it."""
        parts = [self.key_part()]
        self.skip(_WS)
        while self.char() == ".":
            self.pos += 1
            self.skip(_WS)
            parts.append(self.key_part())
            self.skip(_WS)
        return tuple(parts)

    def key_part(self):
        c = self.char()
        if c in _BARE_KEY_CHARS:
            start = self.pos
            self.skip(_BARE_KEY_CHARS)
            return self.src[start:self.pos]
        if c == "'":
            self.pos += 1
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(multiline=False)
        raise self.error("Invalid initial character for a key part")

    # ---- values ----

    def value(self):
        src, pos = self.src, self.pos
        c = self.char()
        if c == '"' or c == "'":
            if src.startswith(c * 3, pos):
                return self.multiline_string(c)
            self.pos += 1
            if c == '"':
                return self.basic_string(multiline=False)
            return self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        # Dates and times come before numbers, which would match their start.
        match = _re.DATETIME.match(src, pos)
        if match:
            try:
                result = _re.to_datetime(match)
            except ValueError as exc:
                raise self.error("Invalid date or datetime") from exc
            self.pos = match.end()
            return result
        match = _re.LOCAL_TIME.match(src, pos)
        if match:
            self.pos = match.end()
            return _re.to_time(match)
        match = _re.NUMBER.match(src, pos)
        if match:
            self.pos = match.end()
            return _re.to_number(match, self.parse_float)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        while self.char() != "]":
            items.append(self.value())
            self.skip_array_space()
            c = self.char()
            if c == "]":
                break
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
        self.pos += 1
        return items

    def inline_table(self):
        self.pos += 1
        table = {}
        frozen = set()  # as self.frozen, for the keys of this table
        self.skip(_WS)
        if self.char() == "}":
            self.pos += 1
            return table
        while True:
            key = self.key_and_equals()
            value = self.value()
            if _is_frozen(frozen, key):
                raise self.error("Cannot mutate immutable namespace %s" % (key,))
            parent = _walk(table, key[:-1], False)
            if parent is None:
                raise self.error("Cannot overwrite a value")
            if key[-1] in parent:
                raise self.error("Duplicate inline table key %r" % key[-1])
            parent[key[-1]] = value
            self.skip(_WS)
            c = self.char()
            if c == "}":
                self.pos += 1
                return table
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.add(key)
            self.pos += 1
            self.skip(_WS)

    # ---- strings ----

    def literal_string(self):
        """The rest of a one-line literal string (after its opening quote)."""
        text = self.scan_to("'", _ILLEGAL_ONE_LINE, eof_ok=False)
        self.pos += 1
        return text

    def multiline_string(self, quote):
        self.pos += 3
        # A newline right after the opening quotes is not part of the string.
        if self.char() == "\n":
            self.pos += 1
        if quote == "'":
            text = self.scan_to("'''", _ILLEGAL_MULTILINE, eof_ok=False)
            self.pos += 3
        else:
            text = self.basic_string(multiline=True)
        # One or two quotes right before the closing three belong to the string.
        for _ in range(2):
            if self.char() != quote:
                break
            text += quote
            self.pos += 1
        return text

    def basic_string(self, multiline):
        """The rest of a basic string (after its opening quotes), with its
        escapes replaced."""
        src = self.src
        illegal = _ILLEGAL_MULTILINE if multiline else _ILLEGAL_ONE_LINE
        pieces = []
        start = pos = self.pos
        while True:
            if pos >= len(src):
                raise self.error("Unterminated string", pos)
            c = src[pos]
            if c == '"' and (not multiline or src.startswith('"""', pos)):
                pieces.append(src[start:pos])
                self.pos = pos + (3 if multiline else 1)
                return "".join(pieces)
            if c == "\\":
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                start = pos = self.pos
                continue
            if c in illegal:
                raise self.error("Illegal character %r" % c, pos)
            pos += 1

    def escape(self, multiline):
        """Read the escape sequence at the cursor; returns what it stands for."""
        code = self.src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and code in _LINE_ENDING_ESCAPES:
            # A backslash ending a line removes the line break and all the
            # whitespace after it; only spaces may follow it on its line.
            if code != "\\\n":
                self.skip(_WS)
                c = self.char()
                if c is None:
                    return ""
                if c != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_WS_AND_NEWLINE)
            return ""
        if code == "\\u":
            return self.hex_char(4)
        if code == "\\U":
            return self.hex_char(8)
        if code in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[code]
        raise self.error("Unescaped '\\' in a string")

    def hex_char(self, length):
        digits = self.src[self.pos:self.pos + length]
        if len(digits) != length or not _HEX_DIGITS.issuperset(digits):
            raise self.error("Invalid hex value")
        self.pos += length
        code = int(digits, 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(code)
