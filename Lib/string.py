"""String constants, capwords(), Template ($-substitution) and Formatter (str.format as a
class whose steps can be overridden)."""

__all__ = [
    # constants
    "whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
    "hexdigits", "octdigits", "punctuation", "printable",
    # helpers and classes
    "capwords", "Template", "Formatter",
]

import re as _re
from collections import ChainMap as _ChainMap

# The character classes, built from their code points rather than spelled out.
whitespace = "".join(map(chr, (32, 9, 10, 13, 11, 12)))
ascii_lowercase = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = f"{ascii_lowercase}{ascii_uppercase}"
digits = "".join(str(d) for d in range(10))
octdigits = digits[:8]
hexdigits = f"{digits}{ascii_lowercase[:6]}{ascii_uppercase[:6]}"
# Every printable ASCII character that is neither a letter, a digit nor a space.
punctuation = "".join(c for c in map(chr, range(33, 127)) if not c.isalnum())
printable = f"{digits}{ascii_letters}{punctuation}{whitespace}"


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join them with sep (or one space)."""
    joiner = " " if sep is None else sep
    return joiner.join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------------------
# Template

_NO_MAPPING = object()

# What a match of a Template's pattern stands for (see Template._kind).
_ESCAPE, _NAME, _INVALID = "escape", "name", "invalid"


class Template:
    """A string with $name / ${name} placeholders; $$ is a literal dollar sign.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern`, `flags`,
    or give a whole `pattern` with the groups escaped, named, braced and invalid."""

    delimiter = "$"
    # Only ASCII identifiers are placeholders, even with IGNORECASE.
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        source = cls.__dict__.get("pattern")
        if source is None:
            source = cls._default_pattern()
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    @classmethod
    def _default_pattern(cls):
        mark = _re.escape(cls.delimiter)
        inside_braces = cls.braceidpattern or cls.idpattern
        alternatives = [
            f"(?P<escaped>{mark})",
            f"(?P<named>{cls.idpattern})",
            "{(?P<braced>%s)}" % inside_braces,
            "(?P<invalid>)",
        ]
        return mark + "(?:" + "|".join(alternatives) + ")"

    def __init__(self, template):
        self.template = template

    def _kind(self, match):
        """(kind, name) for one match of the pattern."""
        groups = match.groupdict()
        name = groups.get("named") or groups.get("braced")
        if name is not None:
            return _NAME, name
        if groups.get("escaped") is not None:
            return _ESCAPE, None
        if groups.get("invalid") is not None:
            return _INVALID, None
        raise ValueError("Unrecognized named group in pattern", self.pattern)

    def _invalid(self, match):
        """The ValueError for a delimiter followed by no valid placeholder."""
        offset = match.start("invalid")
        earlier = self.template[:offset].splitlines(keepends=True)
        row = max(len(earlier), 1)
        col = offset - sum(map(len, earlier[:-1])) if earlier else 1
        return ValueError(f"Invalid placeholder in string: line {row}, col {col}")

    def _expand(self, mapping, kws, lenient):
        if mapping is _NO_MAPPING:
            values = kws
        else:
            values = _ChainMap(kws, mapping) if kws else mapping

        def one(match):
            kind, name = self._kind(match)
            if kind is _ESCAPE:
                return self.delimiter
            if kind is _INVALID:
                if lenient:
                    return match.group()
                raise self._invalid(match)
            if not lenient:
                return str(values[name])
            try:
                return str(values[name])
            except KeyError:
                return match.group()

        return self.pattern.sub(one, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._expand(mapping, kws, lenient=False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._expand(mapping, kws, lenient=True)

    def is_valid(self):
        kinds = [self._kind(m)[0] for m in self.pattern.finditer(self.template)]
        return _INVALID not in kinds

    def get_identifiers(self):
        names = {}
        for match in self.pattern.finditer(self.template):
            kind, name = self._kind(match)
            if kind is _NAME:
                names.setdefault(name)
        return list(names)


# The base class gets its pattern here: __init_subclass__ runs only for subclasses.
Template.pattern = _re.compile(Template._default_pattern(), Template.flags | _re.VERBOSE)


# ---------------------------------------------------------------------------
# Formatter

def _parse_format(text):
    """Yield (literal, field_name, spec, conversion) as str.format reads text.

    A doubled brace ends the literal run it belongs to, as in CPython; a trailing
    literal, or one ended by such a brace, has field_name None."""
    literal = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in '{}' and i + 1 < n and text[i + 1] == ch:
            literal.append(ch)
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
        elif ch == '}':
            raise ValueError("Single '}' encountered in format string")
        elif ch == '{':
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            name, conversion, spec, i = _read_field(text, i + 1)
            yield ''.join(literal), name, spec, conversion
            literal = []
        else:
            literal.append(ch)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _read_field(text, i):
    """Read a replacement field starting after its '{'; return its parts and the index
    after its closing '}'."""
    n = len(text)
    start = i
    while i < n:
        ch = text[i]
        if ch == '[':
            # Inside brackets nothing ends the name but the ']'.
            while i < n and text[i] != ']':
                i += 1
            if i >= n:
                break
        elif ch == '{':
            raise ValueError("unexpected '{' in field name")
        elif ch in '}:!':
            break
        i += 1
    if i >= n:
        raise ValueError("expected '}' before end of string")
    name = text[start:i]
    conversion = None
    if text[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if text[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if text[i] == '}':
        return name, conversion, '', i + 1
    # A format spec: may hold nested fields, so count braces to its end.
    i += 1
    spec_start = i
    depth = 1
    while i < n:
        if text[i] == '{':
            depth += 1
        elif text[i] == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, text[spec_start:i], i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); numeric names and keys become ints."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format() in steps: parse, get_field/get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        result, _ = self._vformat(format_string, args, kwargs, seen, 2)
        self.check_unused_args(seen, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        """Formats one level; returns the text and the automatic numbering state (the next
        index, or False once a field gave its number)."""
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        numbering = auto_arg_index
        for text, name, spec, conversion in self.parse(format_string):
            pieces.append(text)
            if name is None:
                continue
            name, numbering = _number_field(name, numbering)
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, numbering = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1,
                                            auto_arg_index=numbering)
            pieces.append(self.format_field(value, spec))
        return "".join(pieces), numbering

    def get_value(self, key, args, kwargs):
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys the fields used; a subclass may complain of the others."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        converter = _CONVERTERS.get(conversion, _NO_CONVERTER)
        if converter is _NO_CONVERTER:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return value if converter is None else converter(value)

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        head, path = _split_field_name(field_name)
        found = self.get_value(head, args, kwargs)
        for by_attribute, step in path:
            found = getattr(found, step) if by_attribute else found[step]
        return found, head


_NO_CONVERTER = object()
_CONVERTERS = {None: None, "s": str, "r": repr, "a": ascii}

_MIXED_NUMBERING = "cannot switch from manual field specification to automatic field numbering"


def _number_field(name, numbering):
    """Gives '{}' its automatic number; '{0}' and '{}' may not be mixed (CPython's Formatter
    words both directions alike). Returns the name and the new numbering state."""
    if name == "":
        if numbering is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(numbering), numbering + 1
    if name.isdigit():
        if numbering:
            raise ValueError(_MIXED_NUMBERING)
        return name, False
    return name, numbering
