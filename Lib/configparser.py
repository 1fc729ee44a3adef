"""Configuration file parser.

Reads and writes INI-style configuration files: sections headed by "[name]", each holding
"option = value" (or "option: value") lines, where a value may continue on indented lines
and comments start with "#" or ";". The section named by default_section ("DEFAULT")
provides defaults for every other section.

RawConfigParser stores values as they are read; ConfigParser adds value interpolation
(BasicInterpolation by default: "%(name)s" refers to another option of the section;
ExtendedInterpolation uses "${section:option}") and only accepts strings. Both act as
mappings from section names to SectionProxy objects, which are mappings of options.
Converters add get<name>() methods that convert values (getint, getfloat and getboolean
come built in).
"""

import functools
import io
import itertools
import os
import sys
import re
import warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = (
    "NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
    "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
    "ConfigParser", "RawConfigParser", "Interpolation", "BasicInterpolation",
    "ExtendedInterpolation", "LegacyInterpolation", "SectionProxy", "ConverterMapping",
    "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
)

_default_dict = dict
DEFAULTSECT = "DEFAULT"

# How many levels of references an interpolated value may go through.
MAX_INTERPOLATION_DEPTH = 10


# --- Exceptions ------------------------------------------------------------------------
#
# Their str() and repr() are both the message, kept in the message attribute; args holds
# what the constructor was given.

class Error(Exception):
    """The base class of the exceptions of configparser."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    """The "While reading from ..." opening of a duplicate's message."""
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text


class NoSectionError(Error):
    """A section that was asked for does not exist."""

    def __init__(self, section):
        super().__init__('No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section was added twice, or appears twice in a source that a strict parser
    reads (source and lineno then say where)."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            message = "Section %r already exists" % (section,)
        else:
            message = "%s: section %r already exists" % (_where(source, lineno), section)
        super().__init__(message)
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section of a source that a strict parser reads."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            message = "Option " + what
        else:
            message = "%s: option %s" % (_where(source, lineno), what)
        super().__init__(message)
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """An option that was asked for does not exist in its section."""

    def __init__(self, option, section):
        super().__init__("No option %r in section: %r" % (option, section))
        self.option, self.section = option, section
        self.args = (option, section)


class InterpolationError(Error):
    """The base class of the errors of value interpolation."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.option, self.section = option, section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        message = ("Bad value substitution: option {!r} in section {!r} contains an "
                   "interpolation key {!r} which is not a valid option name. "
                   "Raw value: {!r}").format(option, section, reference, rawval)
        super().__init__(option, section, message)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value does not follow the syntax of the interpolation in use (such as a lone
    '%' with BasicInterpolation)."""


class InterpolationDepthError(InterpolationError):
    """A value's references are nested deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        message = ("Recursion limit exceeded in value substitution: option {!r} in "
                   "section {!r} contains an interpolation key which cannot be "
                   "substituted in {} steps. Raw value: {!r}"
                   ).format(option, section, MAX_INTERPOLATION_DEPTH, rawval)
        super().__init__(option, section, message)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """A source has lines that do not parse: errors lists their (line number, line),
    and the message shows them too."""

    def __init__(self, source):
        super().__init__('Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, lineno, line):
        """Record one more bad line."""
        self.message += '\n\t[line %2d]: %s' % (lineno, line)
        self.errors.append((lineno, line))


class MissingSectionHeaderError(ParsingError):
    """A source has an option line before any section header."""

    def __init__(self, filename, lineno, line):
        # Not ParsingError's constructor: this error has no list of bad lines.
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = (filename, lineno, line)


# A marker for "argument not given", where None is a meaningful value.
_UNSET = object()


# --- Interpolation ---------------------------------------------------------------------

class Interpolation:
    """No interpolation: values pass through unchanged. The base class of the
    interpolations, whose four hooks a parser calls on the way in and out."""

    def before_get(self, parser, section, option, value, defaults):
        """The value get() returns for the stored value (defaults: the options visible
        from section)."""
        return value

    def before_set(self, parser, section, option, value):
        """The value set() stores for the value given (or an error)."""
        return value

    def before_read(self, parser, section, option, value):
        """The value stored for a value read from a source."""
        return value

    def before_write(self, parser, section, option, value):
        """The value write() writes for the stored value."""
        return value


class _ReferenceInterpolation(Interpolation):
    """What BasicInterpolation and ExtendedInterpolation share: values where a sigil
    character starts either a doubled sigil (the sigil itself) or a reference to another
    option, found by _KEYCRE; subclasses resolve the references."""

    # Subclasses set _KEYCRE (a reference, its name as group 1), the sigil, the character
    # after the sigil that starts a reference, and define _stray_message(rest) (the
    # complaint about a sigil followed by anything else) and _substitute().
    _SIGIL = None
    _OPENER = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        # Refuse a lone sigil now, rather than when the value is read back.
        leftover = self._KEYCRE.sub('', value.replace(self._SIGIL * 2, ''))
        if self._SIGIL in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.find(self._SIGIL)))
        return value

    def _expand(self, parser, option, pieces, rest, section, mapping, depth):
        """Append to pieces the expansion of rest, the value (or part of the value) of
        option in section, whose references go depth levels deep so far."""
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        sigil = self._SIGIL
        while rest:
            start = rest.find(sigil)
            if start < 0:
                pieces.append(rest)
                return
            if start > 0:
                pieces.append(rest[:start])
                rest = rest[start:]
            follower = rest[1:2]
            if follower == sigil:
                pieces.append(sigil)
                rest = rest[2:]
            elif follower == self._OPENER:
                match = self._KEYCRE.match(rest)
                if match is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                rest = rest[match.end():]
                self._substitute(parser, option, pieces, section, mapping, depth, raw,
                                 match.group(1), rest)
            else:
                raise InterpolationSyntaxError(option, section, self._stray_message(rest))


class BasicInterpolation(_ReferenceInterpolation):
    """Interpolation as implemented in the classic ConfigParser.

    The option values can contain format strings which refer to other values in the
    same section, or values in the special default section:

        something: %(dir)s/whatever

    would resolve the "%(dir)s" to the value of dir. All reference expansions are done
    late, on demand. "%%" stands for a single "%"; any other "%" is an error.
    """

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _SIGIL = '%'
    _OPENER = '('

    def _stray_message(self, rest):
        return "'%%' must be followed by '%%' or '(', found: %r" % (rest,)

    def _substitute(self, parser, option, pieces, section, mapping, depth, raw, name, rest):
        name = parser.optionxform(name)
        try:
            value = mapping[name]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, name) from None
        if '%' in value:
            self._expand(parser, option, pieces, value, section, mapping, depth + 1)
        else:
            pieces.append(value)


class ExtendedInterpolation(_ReferenceInterpolation):
    """Advanced variant of interpolation, supports the syntax used by
    `zc.buildout`. Enables interpolation between sections.

    "${option}" refers to an option of the same section (or of the default section),
    "${section:option}" to one of any section, and "$$" stands for a single "$".
    """

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _SIGIL = '$'
    _OPENER = '{'

    def _stray_message(self, rest):
        return "'$' must be followed by '$' or '{', found: %r" % (rest,)

    def _substitute(self, parser, option, pieces, section, mapping, depth, raw, name, rest):
        path = name.split(':')
        target_section, target_option = section, option
        try:
            if len(path) == 1:
                target_option = parser.optionxform(path[0])
                value = mapping[target_option]
            elif len(path) == 2:
                target_section = path[0]
                target_option = parser.optionxform(path[1])
                value = parser.get(target_section, target_option, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, raw, ":".join(path)) from None
        if '$' in value:
            # The referenced value is expanded in its own section.
            self._expand(parser, target_option, pieces, value, target_section,
                         dict(parser.items(target_section, raw=True)), depth + 1)
        else:
            pieces.append(value)


class LegacyInterpolation(Interpolation):
    """The interpolation of very old versions of ConfigParser, deprecated: use
    BasicInterpolation or ExtendedInterpolation instead. References ("%(name)s") are
    expanded by %-formatting the value with the options visible from its section."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 and will be removed "
            "from the configparser module in Python 3.13. Use BasicInterpolation or "
            "ExtendedInterpolation instead.", DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        # Rewrite the references with normalized option names, then %-format the value
        # with vars; repeat while references remain, up to the depth limit.
        raw = value
        rounds = MAX_INTERPOLATION_DEPTH
        normalize = functools.partial(self._interpolation_replace, parser=parser)
        while rounds and value and "%(" in value:
            rounds -= 1
            try:
                value = self._KEYCRE.sub(normalize, value) % vars
            except KeyError as missing:
                raise InterpolationMissingOptionError(
                    option, section, raw, missing.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, raw)
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        """A reference with its option name normalized; any other character as is."""
        name = match.group(1)
        return match.group() if name is None else "%%(%s)s" % parser.optionxform(name)


# --- Parsers ---------------------------------------------------------------------------

def _option_pattern(delimiters, allow_no_value):
    """The source of a regular expression matching an option line: the name (as short as
    possible), blanks, one of the delimiters (an alternation of regular expressions),
    blanks and the value; with allow_no_value, the delimiter and value may be absent."""
    if allow_no_value:
        return r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$" % delimiters
    return r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$" % delimiters


class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation: values are returned as stored."""

    # Regular expressions matching a section header and an option line; the option
    # templates get the delimiters (an alternation of regular expressions) for {delim}.
    # Subclasses may replace SECTCRE.
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = _option_pattern("{delim}", False)
    _OPT_NV_TMPL = _option_pattern("{delim}", True)
    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    # The first non-blank character of a line: where its indentation ends.
    NONSPACECRE = re.compile(r"\S")
    # What getboolean() accepts, lowercased.
    BOOLEAN_STATES = (dict.fromkeys(['1', 'yes', 'true', 'on'], True)
                      | dict.fromkeys(['0', 'no', 'false', 'off'], False))
    # The interpolation of a parser made without an interpolation argument.
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(
        self,
        defaults=None,
        dict_type=_default_dict,
        allow_no_value=False,
        *,
        delimiters=('=', ':'),
        comment_prefixes=('#', ';'),
        inline_comment_prefixes=None,
        strict=True,
        empty_lines_in_values=True,
        default_section=DEFAULTSECT,
        interpolation=_UNSET,
        converters=_UNSET,
    ):
        # dict_type makes every mapping of the parser: its sections and their options.
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._proxies = dict_type()
        self.default_section = default_section
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            alternation = "|".join(re.escape(d) for d in delimiters)
            self._optcre = re.compile(template.format(delim=alternation), re.VERBOSE)
        # The converters must exist before any section proxy, which copies their getters.
        self._converters = ConverterMapping(self)
        self._proxies[default_section] = SectionProxy(self, default_section)
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        # None (given, or as a subclass's default) means no interpolation.
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(f"interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)   # after the interpolation check
        if defaults:
            self._read_defaults(defaults)

    @property
    def converters(self):
        """The ConverterMapping of the parser's get<name>() converters."""
        return self._converters

    def defaults(self):
        """The options of the default section, as stored."""
        return self._defaults

    def sections(self):
        """The names of the sections, in order; the default section is not one."""
        return list(self._sections)

    def has_section(self, section):
        """Whether the section exists (the default section never counts)."""
        return section in self._sections

    def add_section(self, section):
        """Add an empty section. Raises DuplicateSectionError if it exists, and
        ValueError for the name of the default section."""
        if section in self._sections:
            raise DuplicateSectionError(section)
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        self._proxies[section] = SectionProxy(self, section)
        self._sections[section] = self._dict()

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        found = section in self._sections
        if found:
            del self._sections[section], self._proxies[section]
        return found

    def options(self, section):
        """The names of the options of section, its defaults included."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names)

    def optionxform(self, optionstr):
        """How option names are normalized: lowercased (override to change)."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether section has option, counting the defaults; an empty or None section
        means the default section, and a missing section has no options."""
        if section and section != self.default_section:
            if section not in self._sections:
                return False
            options = self._sections[section]
        else:
            options = {}
        name = self.optionxform(option)
        return name in options or name in self._defaults

    def _section_dict(self, section):
        """Where the options of section (the default section if empty) are stored."""
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        """Set option of section (the default section if empty or None) to value."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        options = self._section_dict(section)
        name = self.optionxform(option)
        found = name in options
        if found:
            del options[name]
        return found

    # Reading.

    def read(self, filenames, encoding=None):
        """Read and parse one file name, or each of an iterable of them, skipping those
        that cannot be opened (so that a list of possible places can be given). Returns
        the names of the files read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            # A file that cannot be opened or read is skipped.
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Read and parse f, an iterable of lines such as a text file; source names it in
        error messages (by default f.name, or '<???>')."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read and parse the configuration held in string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read the sections of dictionary: a mapping of section names to mappings of
        options to values. Names and values become strings (None stays None); a strict
        parser refuses a section or option that comes twice in it."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                # An existing section (or the default one) is updated, unless the
                # dictionary itself repeats it.
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for option, value in options.items():
                option = self.optionxform(str(option))
                value = None if value is None else str(value)
                if self._strict and (section, option) in seen:
                    raise DuplicateOptionError(section, option, source)
                seen.add((section, option))
                self.set(section, option, value)

    def _comment_start(self, line):
        """Where the comment of line starts (0 for a comment line), or None.

        An inline comment prefix counts at the start of the line or after a blank. The
        prefixes are searched in rounds, each round looking for the next occurrence of
        every prefix, and the search stops after the first round that finds a comment.
        """
        start = None
        candidates = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while start is None and candidates:
            later = {}
            for prefix, previous in candidates.items():
                index = line.find(prefix, previous + 1)
                if index < 0:
                    continue
                later[prefix] = index
                if index == 0 or line[index - 1].isspace():
                    start = index if start is None else min(start, index)
            candidates = later
        stripped = line.strip()
        if any(stripped.startswith(prefix) for prefix in self._comment_prefixes):
            return 0
        return start

    def _read(self, fp, fpname):
        """Parse a sectioned configuration file.

        Each section in a configuration file starts with a header "[section]", followed
        by "name: value" entries ("name = value" too, or with other delimiters), with
        continuations on lines indented more than the first line of their option (blank
        lines also belong to a value, unless empty_lines_in_values is false). Comments
        are lines that start with a comment prefix, and the parts of lines after an inline
        comment prefix. Lines that do not parse are collected in a ParsingError, raised at
        the end; duplicates raise at once (when strict).
        """
        seen = set()            # sections and (section, option) pairs read from fp
        options = None          # the dict of the current section
        section = None
        option = None           # the option that continuation lines extend
        indent = 0              # the indentation of that option's first line
        errors = None
        for lineno, line in enumerate(fp, start=1):
            comment = self._comment_start(line)
            value = line[:comment].strip()
            if not value:
                if self._empty_lines_in_values:
                    # A blank line (not a comment) is part of the value being read.
                    if (comment is None and options is not None and option
                            and options[option] is not None):
                        options[option].append('')
                else:
                    indent = sys.maxsize    # a blank line ends the value
                continue
            first = self.NONSPACECRE.search(line)
            line_indent = first.start() if first else 0
            if options is not None and option and line_indent > indent:
                options[option].append(value)
                continue
            indent = line_indent
            header = self.SECTCRE.match(value)
            if header:
                section = header.group('header')
                if section in self._sections:
                    if self._strict and section in seen:
                        raise DuplicateSectionError(section, fpname, lineno)
                    options = self._sections[section]
                    seen.add(section)
                elif section == self.default_section:
                    options = self._defaults
                else:
                    options = self._sections[section] = self._dict()
                    self._proxies[section] = SectionProxy(self, section)
                    seen.add(section)
                # A section cannot start with a continuation line.
                option = None
                continue
            if options is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            match = self._optcre.match(value)
            if not match:
                errors = self._handle_error(errors, fpname, lineno, line)
                continue
            option, _, text = match.group('option', 'vi', 'value')
            if not option:
                errors = self._handle_error(errors, fpname, lineno, line)
            option = self.optionxform(option.rstrip())
            if self._strict and (section, option) in seen:
                raise DuplicateOptionError(section, option, fpname, lineno)
            seen.add((section, option))
            # No value at all (None) is only possible with allow_no_value.
            options[option] = None if text is None else [text.strip()]
        self._join_multiline_values()
        if errors:
            raise errors

    def _join_multiline_values(self):
        """Turn the lists of lines read into values, and give them to the interpolation."""
        everything = itertools.chain(((self.default_section, self._defaults),),
                                     self._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        """Store the defaults given to the constructor as they are (values of any type;
        the names must be strings, for optionxform)."""
        for name, value in defaults.items():
            self._defaults[self.optionxform(name)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        """exc (made now if None) with the bad line added."""
        exc = exc or ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    # Getting values.

    def _unify_values(self, section, vars):
        """The mapping where the options of section are looked up: vars (with string
        values and normalized names), then the section, then the defaults."""
        try:
            section_options = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            section_options = {}
        overrides = {}
        for key, value in (vars or {}).items():
            overrides[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(overrides, section_options, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of option in section, looked up in vars (a mapping, if given), the
        section and the default section, in that order. A missing section or option
        gives fallback if it is given (None too), else raises NoSectionError or
        NoOptionError. Unless raw is true, the value goes through the interpolation."""
        try:
            visible = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is not _UNSET:
                return fallback
            raise
        option = self.optionxform(option)
        try:
            value = visible[option]
        except KeyError:
            if fallback is not _UNSET:
                return fallback
            raise NoOptionError(option, section)
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, visible)

    def _get(self, section, conv, option, **kwargs):
        """The value of option converted by conv."""
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        """The value of option converted by conv, or fallback (if given) when the
        section or option is missing; what the get<name>() converters call."""
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise

    def _convert_to_boolean(self, value):
        """The bool that a value of BOOLEAN_STATES stands for (case ignored)."""
        key = value.lower()
        if key not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[key]

    def items(self, section=_UNSET, raw=False, vars=None):
        """The (name, value) pairs of the options of section, defaults included, values
        overridden by vars and interpolated unless raw is true. Without a section: the
        (name, SectionProxy) items of the parser as a mapping."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            # The default section has no options beyond the defaults.
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        interpolate = self._interpolation.before_get
        return [(name, interpolate(self, section, name, merged[name], merged))
                for name in names]

    # Writing.

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration to the text file fp in the INI format, with the first
        delimiter between names and values (between blanks if space_around_delimiters).
        Comments of the sources are not kept."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        """Write one section: its header, its options, a blank line."""
        lines = ["[%s]" % (section_name,)]
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                lines.append("%s" % (key,))
            else:
                # A value of several lines continues on indented lines.
                lines.append("%s%s%s" % (key, delimiter, str(value).replace('\n', '\n\t')))
        for line in lines:
            fp.write(line + "\n")
        fp.write("\n")

    # The mapping protocol: section names to SectionProxy objects, the default section
    # first.

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        return itertools.chain([self.default_section], self._sections.keys())

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    def __setitem__(self, key, value):
        # A section is replaced as a whole; assigning a section its own proxy is a no-op.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif self.has_section(key):
            self._sections[key].clear()
        self.read_dict({key: value})

    def popitem(self):
        """Remove the first section and return its (name, SectionProxy); KeyError when
        there is none (the default section is never removed)."""
        names = self.sections()
        if not names:
            raise KeyError
        proxy = self[names[0]]
        del self[names[0]]
        return names[0], proxy

    def _validate_value_types(self, *, section="", option="", value=""):
        """Raise TypeError unless section and option are strings, and value is a string
        (or empty or None, with allow_no_value). ConfigParser's set() and add_section()
        and the section proxies check this; RawConfigParser's own methods do not."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        value_optional = self._allow_no_value and not value
        if not value_optional and not isinstance(value, str):
            raise TypeError("option values must be strings")


def _builtin_getter(name, converter):
    """The get<name>() method of parsers, converting values with converter(parser)."""
    def getter(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, converter(self), raw=raw, vars=vars,
                              fallback=fallback, **kwargs)
    getter.__name__ = 'get' + name
    getter.__qualname__ = 'RawConfigParser.get' + name
    getter.__doc__ = 'The value of option in section as %s (see get()).' % name
    return getter


RawConfigParser.getint = _builtin_getter('int', lambda parser: int)
RawConfigParser.getfloat = _builtin_getter('float', lambda parser: float)
RawConfigParser.getboolean = _builtin_getter('boolean', lambda parser: parser._convert_to_boolean)


class ConfigParser(RawConfigParser):
    """A configuration parser with interpolation (BasicInterpolation by default) that
    only takes strings as section names, option names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def add_section(self, section):
        """RawConfigParser.add_section, for a section name that must be a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def set(self, section, option, value=None):
        """RawConfigParser.set, for an option name and value that must be strings (the
        value is also checked by the interpolation)."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def _read_defaults(self, defaults):
        # The defaults given to the constructor are taken literally, without checking
        # their interpolation syntax.
        interpolation = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = interpolation


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of its options (defaults included)."""

    def __init__(self, parser, name):
        """The view of section name of parser."""
        self._parser = parser
        self._name = name
        # Each converter's getter, bound to this section.
        for converter in parser.converters:
            method = 'get' + converter
            setattr(self, method, functools.partial(self.get, _impl=getattr(parser, method)))

    @property
    def parser(self):
        """The parser (read-only)."""
        return self._parser

    @property
    def name(self):
        """The section name (read-only)."""
        return self._name

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if key not in self or not self._parser.remove_option(self._name, key):
            raise KeyError(key)

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """The value of option, or fallback (None by default) when it is missing; _impl
        is the parser's getter to use (a converter's), get() by default."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser, by name: setting name to a function adds a
    get<name>() method converting values with it to the parser and its section proxies;
    deleting it removes them. A getter that the parser's class defines itself (such as
    getint) appears with the value None, so that the proxies know of it too."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attribute in dir(parser):
            found = self.GETTERCRE.match(attribute)
            if found and callable(getattr(parser, attribute)):
                self._data[found.group('name')] = None

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            method = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        parser_getter = functools.partial(self._parser._get_conv, conv=value)
        parser_getter.converter = value
        setattr(self._parser, method, parser_getter)
        for proxy in self._parser.values():
            setattr(proxy, method, functools.partial(proxy.get, _impl=parser_getter))

    def __delitem__(self, key):
        try:
            method = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        # Remove the getters wherever they are (some proxies may lack them).
        for owner in [self._parser, *self._parser.values()]:
            if method in vars(owner):
                delattr(owner, method)
