"""The JSON value scanner.

make_scanner(context) builds the function the decoder runs over a document:
scan_once(string, idx) decodes the JSON value that starts at string[idx] and
returns (value, index after it), or raises StopIteration(idx) when no value
starts there.  The context (a JSONDecoder) supplies the settings and hooks.
The native module _json provides a faster scanner class; make_scanner is that
class when it is present, else the Python version below.
"""

__all__ = ['make_scanner']

import re

# The native scanner, when Ferrython has the _json module.
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

# A JSON number: integer part, optional fraction, optional exponent (ASCII
# digits only, like the native scanner).
NUMBER_RE = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')

_DIGITS = frozenset('0123456789')
# The words scanned as they are, by their first character.
_LITERALS = {'n': ('null', None), 't': ('true', True), 'f': ('false', False)}
_CONSTANT_NAMES = {'N': 'NaN', 'I': 'Infinity', '-': '-Infinity'}


def py_make_scanner(context):
    """The Python scan_once function for a decoder-like context.

    The context's attributes are read once, here: strict, memo (the dict
    that shares equal object keys), parse_object, parse_array and
    parse_string (the container and string parsers), parse_float, parse_int
    and parse_constant (the number conversions), object_hook and
    object_pairs_hook.
    """
    strict, memo = context.strict, context.memo
    on_object, on_array = context.parse_object, context.parse_array
    on_string = context.parse_string
    to_float, to_int = context.parse_float, context.parse_int
    to_constant = context.parse_constant
    hooks = (context.object_hook, context.object_pairs_hook)
    match_number = NUMBER_RE.match

    def number_at(s, i):
        # The integer part by hand (the usual case), the rest by NUMBER_RE.
        j = i + 1 if s[i] == '-' else i
        lead = s[j:j + 1]
        if lead == '0':
            j += 1
        elif lead in _DIGITS:
            j += 1
            size = len(s)
            while j < size and s[j] in _DIGITS:
                j += 1
        else:
            return None
        if s[j:j + 1] in ('.', 'e', 'E'):
            found = match_number(s, i)
            if found.end() > j:
                return to_float(found.group()), found.end()
        return to_int(s[i:j]), j

    def value_at(s, i):
        try:
            c = s[i]
        except IndexError:
            raise StopIteration(i) from None
        if c == '"':
            return on_string(s, i + 1, strict)
        if c == '{':
            return on_object((s, i + 1), strict, value_at, *hooks, memo)
        if c == '[':
            return on_array((s, i + 1), value_at)
        if c == '-' or c in _DIGITS:
            found = number_at(s, i)
            if found is not None:
                return found
        literal = _LITERALS.get(c)
        if literal is not None and s.startswith(literal[0], i):
            return literal[1], i + len(literal[0])
        name = _CONSTANT_NAMES.get(c)
        if name is not None and s.startswith(name, i):
            return to_constant(name), i + len(name)
        raise StopIteration(i)

    def scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError('first argument must be a string, not %s'
                            % type(string).__name__)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return value_at(string, idx)
        finally:
            # Keys are shared within one document only.
            memo.clear()
    return scan_once


# The public name is whichever scanner there is, the native one first.
make_scanner = c_make_scanner or py_make_scanner
