"""Reading and writing HTTP state-management cookies.

A cookie object (``SimpleCookie``, or ``BaseCookie`` for subclasses that
choose their own value encoding) maps cookie names to ``Morsel`` objects.
Each Morsel holds one name/value pair plus its attributes (path, domain,
expires, ...).  ``load()`` parses a ``Cookie:``/``Set-Cookie:`` header value
the lenient way browsers do; ``output()`` renders ``Set-Cookie`` headers.
"""

import re
import string
import types

__all__ = ['CookieError', 'BaseCookie', 'SimpleCookie']


class CookieError(Exception):
    """Raised for an illegal cookie name, attribute or value."""


# Characters that may stand unquoted in a cookie name or value (RFC 6265
# token characters, plus ':' which browsers accept).
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters that may stand inside a quoted value without an escape.
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _escape_table():
    """Map every Latin-1 code point needing an escape to its escape."""
    table = {code: '\\%03o' % code for code in range(256)
             if chr(code) not in _UnescapedChars}
    table[ord('"')] = '\\"'
    table[ord('\\')] = '\\\\'
    return table


_Translator = _escape_table()


def _quote(text):
    """Return *text* as is if it is a legal token, else double-quoted with
    backslash escapes (octal ones for control, separator and Latin-1
    characters)."""
    if text is None or _is_legal_key(text):
        return text
    return '"' + text.translate(_Translator) + '"'


# A backslash followed by three octal digits, or by any single character.
_unquote_sub = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))').sub


def _unquote_replace(match):
    octal, single = match.groups()
    return chr(int(octal, 8)) if octal else single


def _unquote(text):
    """Undo ``_quote``: strip the surrounding quotes and resolve escapes."""
    if text is None or len(text) < 2:
        return text
    if text[0] != '"' or text[-1] != '"':
        return text
    return _unquote_sub(_unquote_replace, text[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The GMT date *future* seconds from now, as an ``expires`` value."""
    from time import gmtime, time
    tm = gmtime(time() + future)
    return '%s, %02d %3s %4d %02d:%02d:%02d GMT' % (
        weekdayname[tm.tm_wday], tm.tm_mday, monthname[tm.tm_mon],
        tm.tm_year, tm.tm_hour, tm.tm_min, tm.tm_sec)


_nulljoin = ''.join
_semispacejoin = '; '.join
_spacejoin = ' '.join


class Morsel(dict):
    """One cookie: its key, value and coded value, with the cookie's
    attributes as the (case-insensitive, fixed) dictionary keys."""

    # Attribute key -> the spelling used in output.
    _reserved = {
        'expires': 'expires',
        'path': 'Path',
        'comment': 'Comment',
        'domain': 'Domain',
        'max-age': 'Max-Age',
        'secure': 'Secure',
        'httponly': 'HttpOnly',
        'version': 'Version',
        'samesite': 'SameSite',
    }
    # Attributes written as a bare word when true.
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for attr in self._reserved:
            dict.__setitem__(self, attr, '')

    # read-only: set() is the way to change them
    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    @staticmethod
    def _attribute(name):
        lowered = name.lower()
        if lowered not in Morsel._reserved:
            raise CookieError('Invalid attribute %r' % (lowered,))
        return lowered

    def __setitem__(self, name, value):
        dict.__setitem__(self, self._attribute(name), value)

    def setdefault(self, name, value=None):
        return dict.setdefault(self, self._attribute(name), value)

    def __eq__(self, other):
        if not isinstance(other, Morsel):
            return NotImplemented
        return (dict.__eq__(self, other)
                and (self._key, self._value, self._coded_value)
                == (other._key, other._value, other._coded_value))

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        checked = {self._attribute(name): value
                   for name, value in dict(values).items()}
        dict.update(self, checked)

    def isReservedKey(self, name):
        return name.lower() in self._reserved

    def set(self, key, val, coded_val):
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value,
                'coded_value': self._coded_value}

    def __setstate__(self, state):
        for name in ('key', 'value', 'coded_value'):
            setattr(self, '_' + name, state[name])

    def output(self, attrs=None, header='Set-Cookie:'):
        return '%s %s' % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        script = self.OutputString(attrs).replace('"', r'\"')
        return ('\n        <script type="text/javascript">'
                '\n        <!-- begin hiding'
                '\n        document.cookie = "%s";'
                '\n        // end hiding -->'
                '\n        </script>\n        ' % script)

    def _render_attribute(self, name, value):
        """The text of one attribute, or None when it is left out."""
        label = self._reserved[name]
        if name == 'expires' and isinstance(value, int):
            return '%s=%s' % (label, _getdate(value))
        if name == 'max-age' and isinstance(value, int):
            return '%s=%d' % (label, value)
        if name == 'comment' and isinstance(value, str):
            return '%s=%s' % (label, _quote(value))
        if name in self._flags:
            return str(label) if value else None
        return '%s=%s' % (label, value)

    def OutputString(self, attrs=None):
        """The cookie as it appears in a header, without the header name."""
        parts = ['%s=%s' % (self.key, self.coded_value)]
        wanted = self._reserved if attrs is None else attrs
        for name, value in sorted(self.items()):
            if value == '' or name not in wanted:
                continue
            text = self._render_attribute(name, value)
            if text is not None:
                parts.append(text)
        return _semispacejoin(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


# Characters browsers accept in a name while parsing, and in a value.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'

# One "name[=value]" item of a header: the value is a quoted string, an
# unquoted ``expires`` date (which contains a comma and spaces), or a run
# of legal characters; the item ends at whitespace, ';' or the end.
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>'
    r'"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*'
    r'))?'
    r'\s*(\s+|;|$)',
    re.ASCII)


class BaseCookie(dict):
    """A mapping of cookie names to Morsels; values are stored as given.

    Subclasses override ``value_decode``/``value_encode`` to choose how
    values are turned into the strings sent on the wire."""

    def value_decode(self, val):
        """Return (real value, coded value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """Return (real value, coded value) for a value being assigned."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            self._store(key, *self.value_encode(value))

    def output(self, attrs=None, header='Set-Cookie:', sep='\r\n'):
        return sep.join(morsel.output(attrs, header)
                        for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ['%s=%r' % (key, morsel.value)
                 for key, morsel in sorted(self.items())]
        return '<%s: %s>' % (type(self).__name__, _spacejoin(shown))

    def js_output(self, attrs=None):
        return _nulljoin(morsel.js_output(attrs)
                         for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add cookies from a header string, or from a mapping of
        names to values."""
        if isinstance(rawdata, str):
            self._parse(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse(self, text, pattern=_CookiePattern):
        # Collect everything first: a malformed item anywhere discards the
        # whole header, leaving the cookie unchanged.
        items = []
        seen_cookie = False
        pos, end = 0, len(text)
        while 0 <= pos < end:
            match = pattern.match(text, pos)
            if match is None:
                break
            key, value = match.group('key'), match.group('val')
            pos = match.end(0)
            if key[0] == '$':
                # "$Path" style attributes (RFC 2109); those before the
                # first cookie describe the header as a whole: ignore them.
                if seen_cookie:
                    items.append((True, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is not None:
                    items.append((True, key, _unquote(value)))
                elif key.lower() in Morsel._flags:
                    items.append((True, key, True))
                else:
                    return
            elif value is not None:
                items.append((False, key, self.value_decode(value)))
                seen_cookie = True
            else:
                return
        morsel = None
        for is_attribute, key, value in items:
            if is_attribute:
                morsel[key] = value
            else:
                self._store(key, *value)
                morsel = self[key]

    __class_getitem__ = classmethod(types.GenericAlias)


class SimpleCookie(BaseCookie):
    """A cookie whose values are strings, quoted on output when they
    contain characters that are not legal in a token."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
