"""Internationalization and localization support.

This module provides internationalization (I18N) and localization (L10N) support for
Python programs, with an API modelled on GNU gettext: message catalogs are the binary
.mo files that GNU msgfmt compiles, found under a locale directory by domain and language.

There are two interfaces: the global functions (textdomain(), bindtextdomain(), gettext(),
ngettext(), pgettext(), npgettext() and their d* forms naming a domain), which look the
catalog up on every call, and the class-based one, where translation() returns a
GNUTranslations (or NullTranslations) object whose methods translate, and whose install()
puts _() into the builtins.
"""

import os
import operator
import sys
import re

__all__ = [
    'NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find',
    'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext',
    'pgettext', 'dpgettext', 'npgettext', 'dnpgettext',
]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# --- Plural forms ----------------------------------------------------------------------
#
# A catalog's header gives the rule choosing among the translations of a plural message
# as a C expression over n, such as "n%10==1 && n%100!=11 ? 0 : 1". c2py() turns it into a
# Python function. Only a vetted subset of C is accepted: the number n, decimal integers,
# parentheses, ! and the binary operators below, and ?: . The expression is rewritten
# token by token into the equivalent Python expression (so that nothing but those tokens
# can reach the compiler), which is then compiled and evaluated with no builtins.

_TOKEN = re.compile(r"""
    (?P<blank>[ \t]+)
  | (?P<number>[0-9]+\b)
  | (?P<variable>n\b)
  | (?P<paren>[()])
  | (?P<operator>[-*/%+?:]|[><!]=?|==|&&|\|\|)
  | (?P<invalid>\w+|.)           # anything else, unary minus and bitwise operators too
""", re.VERBOSE | re.DOTALL)

# The binary operators by binding strength, loosest first (C's precedence).
_OPERATOR_LEVEL = {
    '||': 1,
    '&&': 2,
    '==': 3, '!=': 3,
    '<': 4, '>': 4, '<=': 4, '>=': 4,
    '+': 5, '-': 5,
    '*': 6, '/': 6, '%': 6,
}
_EQUALITY, _ORDERING = 3, 4
_IN_PYTHON = {'||': 'or', '&&': 'and', '/': '//'}

_MAX_PLURAL_LENGTH = 1000
_MAX_PLURAL_NESTING = 20


def _tokens(expression):
    """The tokens of a plural expression, blanks left out, then '' for its end; an
    invalid token is kept as an exception, raised only when the parser reaches it."""
    found = []
    for match in _TOKEN.finditer(expression):
        kind = match.lastgroup
        if kind == 'blank':
            continue
        text = match.group(kind)
        if kind == 'invalid':
            text = ValueError('invalid token in plural form: %s' % text)
        found.append(text)
    found.append('')
    return found


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _PluralTranslator:
    """Rewrites the tokens of a C plural expression as Python source text.

    Operands keep their order and C's operator precedence; comparisons that Python would
    chain are parenthesized to keep C's left-to-right grouping. ! becomes `not` in front
    of its operand, as text, so it takes Python's precedence from there on (as in CPython).
    """

    def __init__(self, expression):
        self._tokens = _tokens(expression)
        self._position = 0

    def _advance(self):
        token = self._tokens[self._position]
        self._position += 1
        if isinstance(token, ValueError):
            raise token
        return token

    def translate(self):
        text, rest = self._expression(-1)
        if rest:
            raise _unexpected(rest)
        return text

    def _expression(self, floor):
        """The text of the expression starting at the next token, reading binary
        operators down to level floor (-1: also a conditional; 0: a parenthesized
        conditional), and the first token after it."""
        token = self._advance()
        negations = ''
        while token == '!':
            negations += 'not '
            token = self._advance()
        if token == '(':
            inner, token = self._expression(-1)
            if token != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            text = '%s(%s)' % (negations, inner)
        elif token == 'n':
            text = negations + 'n'
        else:
            try:
                value = int(token, 10)
            except ValueError:
                raise _unexpected(token) from None
            text = '%s%d' % (negations, value)

        token = self._advance()
        previous = None         # the level of the operator last applied
        comparisons = (_EQUALITY, _ORDERING)
        while token in _OPERATOR_LEVEL:
            level = _OPERATOR_LEVEL[token]
            if level < floor:
                break
            if level in comparisons and previous in comparisons:
                text = '(%s)' % text
            right, following = self._expression(level + 1)
            text = '%s %s %s' % (text, _IN_PYTHON.get(token, token), right)
            token = following
            previous = level
        # An ordering as the right operand of an equality would chain with it in Python.
        if previous == floor == _ORDERING:
            text = '(%s)' % text

        if token == '?' and floor <= 0:
            when_true, token = self._expression(0)
            if token != ':':
                raise _unexpected(token)
            when_false, token = self._expression(-1)
            text = '%s if %s else %s' % (when_true, text, when_false)
            if floor == 0:
                text = '(%s)' % text
        return text, token


def _as_int(n):
    """n for a plural function given a non-int: a TypeError for a non-number; a number is
    used as it is, with a DeprecationWarning blamed on the first caller outside gettext."""
    complaint = 'Plural value must be an integer, got %s' % n.__class__.__name__
    try:
        round(n)
    except TypeError:
        raise TypeError(complaint) from None
    try:
        return operator.index(n)
    except TypeError:
        pass
    import warnings
    stacklevel = 2
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        frame = frame.f_back
        stacklevel += 1
    warnings.warn(complaint, DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """Return a Python function of n computing the plural form expression (in C, as
    written in PO files) given."""
    if len(plural) > _MAX_PLURAL_LENGTH:
        raise ValueError('plural form expression is too long')
    try:
        source = _PluralTranslator(plural).translate()
        depth = 0
        for char in source:
            if char == '(':
                depth += 1
                if depth > _MAX_PLURAL_NESTING:
                    # Far below what the compiler can take; real rules nest twice at most.
                    raise ValueError('plural form expression is too complex')
            elif char == ')':
                depth -= 1
        code = compile(source, '<string>', 'eval')
    except RecursionError:
        raise ValueError('plural form expression is too complex')

    no_builtins = {'__builtins__': {}}

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(eval(code, no_builtins, {'n': n}))
    func.__qualname__ = func.__name__
    return func


# --- Finding catalogs ------------------------------------------------------------------

def _expand_lang(loc):
    """The names under which the catalogs of locale loc may be filed, most specific first:
    its normalized form, then with the codeset, territory and modifier left out in turn."""
    import locale
    loc = locale.normalize(loc)
    # Split off language[_territory][.codeset][@modifier] from the right.
    loc, at, modifier = loc.partition('@')
    loc, dot, codeset = loc.partition('.')
    language, underscore, territory = loc.partition('_')
    # Each optional part as written, with its bit: the codeset is the first one dropped,
    # then the territory, then the modifier.
    optional = [(2, underscore + territory), (1, dot + codeset), (4, at + modifier)]
    present = sum(bit for bit, part in optional if part)
    names = []
    for mask in range(present, -1, -1):
        if mask & ~present:
            continue
        names.append(language + ''.join(part for bit, part in optional if mask & bit))
    return names


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file of domain for the first of languages that has one (every
    such path, as a list, with all true), or None. Languages default to the first of
    the environment variables LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set
    (a colon-separated list), and the search stops at the "C" locale."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(variable)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for language in languages:
        for name in _expand_lang(language):
            if name not in candidates:
                candidates.append(name)
    found = []
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# --- Translation classes ---------------------------------------------------------------

class NullTranslations:
    """Translations that leave every message as it is (after asking the fallback, if
    any): the base class of catalogs, which override _parse() to read their file."""

    def __init__(self, fp=None):
        self._info, self._charset, self._fallback = {}, None, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        # Nothing to read here; subclasses fill _info, _charset and their catalog.
        pass

    def add_fallback(self, fallback):
        """Add fallback at the end of the chain of translations asked about the messages
        this one does not have."""
        if not self._fallback:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def gettext(self, message):
        after = self._fallback
        return after.gettext(message) if after else message

    def ngettext(self, msgid1, msgid2, n):
        after = self._fallback
        if after:
            return after.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        after = self._fallback
        return after.pgettext(context, message) if after else message

    def npgettext(self, context, msgid1, msgid2, n):
        after = self._fallback
        if after:
            return after.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        """The catalog's header fields, by lowercased name."""
        return self._info

    def charset(self):
        """The charset of the catalog's strings, as its header gives it, or None."""
        return self._charset

    def install(self, names=None):
        """Make self.gettext the builtin _(), and each of names ('gettext', 'ngettext',
        'pgettext' or 'npgettext'; others are ignored) a builtin too."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'pgettext', 'npgettext'}.intersection(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """The translations of a GNU .mo file (of either byte order)."""

    # The first word of a .mo file, as read in little- and big-endian order.
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # How a message with a context is filed: the context, EOT, the message.
    CONTEXT = "%s\x04%s"

    # The major versions of the file format this class reads.
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """The major and minor version numbers of a .mo file's revision word."""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Read the catalog from the binary file fp.

        The file starts with the magic word, the format revision, the message count
        and the offsets of two tables of (length, offset) pairs: the original strings
        and their translations. A plural message has its forms joined with NUL bytes, and
        the translation of the empty string is the header, "Key: value" lines, which
        gives the charset of the strings and the plural rule.
        """
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)     # the Germanic rule, until a header says
        data = fp.read()
        size = len(data)
        magic = unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        revision, count, originals, translations = unpack(order + '4I', data[4:20])
        major, minor = self._get_versions(revision)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)

        pair = order + 'II'
        for index in range(count):
            entry = 8 * index
            id_length, id_start = unpack(pair, data[originals + entry:originals + entry + 8])
            tr_length, tr_start = unpack(pair, data[translations + entry:
                                                    translations + entry + 8])
            id_end = id_start + id_length
            tr_end = tr_start + tr_length
            if not (id_end < size and tr_end < size):
                raise OSError(0, 'File is corrupt', filename)
            msgid = data[id_start:id_end]
            msgstr = data[tr_start:tr_end]
            if id_length == 0:
                self._read_header(msgstr)
            # Both sides are decoded with the charset of the header (ASCII without one):
            # msgids are usually ASCII, but need not be.
            charset = self._charset or 'ascii'
            if b'\x00' in msgid:
                singular, _ = msgid.split(b'\x00')
                singular = str(singular, charset)
                for form, text in enumerate(msgstr.split(b'\x00')):
                    catalog[(singular, form)] = str(text, charset)
            else:
                catalog[str(msgid, charset)] = str(msgstr, charset)

    def _read_header(self, header):
        """Fill info() from the catalog's header, and take the charset and the plural
        rule from it."""
        key = None
        for raw_line in header.split(b'\n'):
            line = raw_line.decode().strip()
            # Lines marking where msgcat merged several headers are skipped.
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                # A continuation of the previous value.
                if key:
                    self._info[key] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key = key.strip().lower()
            value = value.strip()
            self._info[key] = value
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                rule = value.split(';')[1]
                self.plural = c2py(rule.split('plural=')[1])

    def _lookup(self, msgid):
        """The translation of the singular msgid, found as such or as the form that the
        plural rule picks for 1, or None."""
        found = self._catalog.get(msgid)
        if found is None:
            found = self._catalog.get((msgid, self.plural(1)))
        return found

    def gettext(self, message):
        translated = self._lookup(message)
        if translated is None:
            translated = super().gettext(message)
        return translated

    def ngettext(self, msgid1, msgid2, n):
        key = (msgid1, self.plural(n))
        if key in self._catalog:
            return self._catalog[key]
        return super().ngettext(msgid1, msgid2, n)

    def pgettext(self, context, message):
        translated = self._lookup(self.CONTEXT % (context, message))
        if translated is None:
            translated = super().pgettext(context, message)
        return translated

    def npgettext(self, context, msgid1, msgid2, n):
        key = (self.CONTEXT % (context, msgid1), self.plural(n))
        if key in self._catalog:
            return self._catalog[key]
        return super().npgettext(context, msgid1, msgid2, n)


# Parsed catalogs, by (class, absolute path of the file): each file is read once.
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """The translations of domain for languages (see find()): an instance of class_
    (GNUTranslations by default) for the first .mo file found, with those of the other
    languages chained as its fallbacks. Without any file it raises FileNotFoundError,
    or returns a NullTranslations if fallback is true."""
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    first = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        parsed = _translations.get(key)
        if parsed is None:
            with open(path, 'rb') as fp:
                parsed = _translations.setdefault(key, class_(fp))
        # A shallow copy shares the parsed catalog but gets its own fallback chain.
        current = copy.copy(parsed)
        if first is None:
            first = current
        else:
            first.add_fallback(current)
    return first


def install(domain, localedir=None, *, names=None):
    """Install the translations of domain (none if there are none) as the builtin _(),
    with the given names also made builtins (see NullTranslations.install)."""
    translation(domain, localedir, fallback=True).install(names)


# --- The GNU gettext API ---------------------------------------------------------------

# The locale directory of each domain bound with bindtextdomain().
_localedirs = {}
# The domain of gettext() and the other functions without a domain argument.
_current_domain = 'messages'


def textdomain(domain=None):
    """Set the current domain to domain unless it is None; return the current domain."""
    global _current_domain
    _current_domain = _current_domain if domain is None else domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Bind domain to localedir unless it is None; return the directory domain is bound
    to (the default locale directory if none)."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translations(domain):
    """The translations of domain, or None when it has no catalog."""
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    """Like gettext(), in domain."""
    found = _domain_translations(domain)
    return message if found is None else found.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    """Like ngettext(), in domain."""
    found = _domain_translations(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    """Like pgettext(), in domain."""
    found = _domain_translations(domain)
    return message if found is None else found.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    """Like npgettext(), in domain."""
    found = _domain_translations(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """The translation of message in the current domain (see textdomain())."""
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    """The translation, in the current domain, of the form of a plural message (msgid1
    in English if n is 1, msgid2 otherwise) that fits the count n."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    """Like gettext(), for message as used in context."""
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    """Like ngettext(), for the plural message as used in context."""
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# An alias kept from older versions of the module.
Catalog = translation
