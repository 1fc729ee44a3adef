"""String constants, capwords(), Template ($-substitution) and Formatter (str.format as a
class whose steps can be overridden)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re
from collections import ChainMap as _ChainMap

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join them with sep (or one space)."""
    words = [word.capitalize() for word in s.split(sep)]
    return (sep or ' ').join(words)


# ---------------------------------------------------------------------------
# Template

_unset = object()


class Template:
    """A string with $name / ${name} placeholders; $$ is a literal dollar sign.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern`, `flags`,
    or give a whole `pattern` with the groups escaped, named, braced and invalid."""

    delimiter = '$'
    # Only ASCII identifiers are placeholders, even with IGNORECASE.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            pattern = cls._build_pattern()
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    @classmethod
    def _build_pattern(cls):
        delim = _re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        return (
            delim + r'(?:'
            r'(?P<escaped>' + delim + r')|'
            r'(?P<named>' + ident + r')|'
            r'{(?P<braced>' + braced + r')}|'
            r'(?P<invalid>)'
            r')'
        )

    def __init__(self, template):
        self.template = template

    def _bad_placeholder(self, mo):
        start = mo.start('invalid')
        before = self.template[:start].splitlines(keepends=True)
        if not before:
            column, line = 1, 1
        else:
            column = start - len(''.join(before[:-1]))
            line = len(before)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (line, column))

    def _mapping(self, mapping, kws):
        if mapping is _unset:
            return kws
        if kws:
            return _ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_unset, /, **kws):
        values = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(values[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._bad_placeholder(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_unset, /, **kws):
        values = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        found = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in found:
                    found.append(name)
            elif (mo.group('invalid') is None and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return found


# The base class is set up here, as __init_subclass__ runs only for subclasses.
Template.pattern = _re.compile(Template._build_pattern(), Template.flags | _re.VERBOSE)


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
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and manual numbering ('{0}') must not mix.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython's Formatter words this case like the other one.)
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_arg_index = False
            obj, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
