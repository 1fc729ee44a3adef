"""String constants, capwords(), Template ($-substitution) and Formatter (str.format as a
class whose steps can be overridden)."""

__all__ = [
    # constants
    "whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
    "hexdigits", "octdigits", "punctuation", "printable",
    # helpers and classes
    "capwords", "Template", "Formatter",
]

import _string
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
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        head, path = _string.formatter_field_name_split(field_name)
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
