"""Command-line option parsing in the getopt-plus-objects style (`optparse`).

An `OptionParser` holds `Option` objects (optionally arranged in
`OptionGroup`s); `parse_args()` walks the argument list, converts and checks
option values, performs each option's action (store, append, count, call
back, print help or version...) on a `Values` object, and returns it with
the remaining positional arguments.  Help text is laid out by a
`HelpFormatter` (`IndentedHelpFormatter` or `TitledHelpFormatter`).

The module is kept for compatibility; argparse is its successor.
"""

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE',
           'Values', 'OptionContainer', 'OptionGroup', 'OptionParser',
           'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

import os
import sys
import textwrap



# Messages are not translated (Ferrython has no gettext catalogs): these
# stand where translation lookups would be.
def _(message):
    return message


def _ngettext(singular, plural, n):
    return singular if n == 1 else plural


def _repr(self):
    return "<%s at 0x%x: %s>" % (type(self).__name__, id(self), self)


# ---------------------------------------------------------------------------
# Exceptions

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A badly defined option (raised while building the parser)."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """An option string already used by another option of the parser."""


class OptionValueError(OptParseError):
    """A value on the command line that its option does not accept."""


class BadOptionError(OptParseError):
    """An option on the command line that the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option matching several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        listed = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, listed)


# ---------------------------------------------------------------------------
# Help formatting

_ABSTRACT = "subclasses must implement"


def _default_width():
    """$COLUMNS (else 80), less two columns of margin."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


def _metavar_format(delim, allowed, kind):
    if delim not in allowed:
        raise ValueError(
            "invalid metavar delimiter for %s options: %r" % (kind, delim))
    return "%s" + delim + "%s"


class HelpFormatter:
    """Lays out help text; subclasses decide how usage and headings look.

    indent_increment: spaces added per nesting level (option groups);
    max_help_position: the column where help texts start, at most;
    width: the line width (default: $COLUMNS, else 80, minus 2);
    short_first: list short option strings before long ones.
    In help texts, the default_tag ("%default") is replaced by the option's
    default value.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width,
                 short_first):
        self.width = _default_width() if width is None else width
        self.indent_increment, self.short_first = indent_increment, short_first
        # The help column: at most max_help_position, and leaving at least
        # 20 columns of text (or two indentation steps) on narrow widths.
        column = min(max_help_position,
                     max(self.width - 20, indent_increment * 2))
        self.max_help_position = self.help_position = column
        self.help_width = None      # set by store_option_strings()
        self.current_indent = self.level = 0
        self.parser, self.default_tag = None, "%default"
        self.option_strings = {}    # Option -> its formatted strings
        # How a metavar follows short and long option strings.
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"

    def set_parser(self, parser):
        """The parser whose defaults expand %default."""
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        """Put `delim` ("" or " ") between a short option and its metavar."""
        self._short_opt_fmt = _metavar_format(delim, ("", " "), "short")

    def set_long_opt_delimiter(self, delim):
        """Put `delim` ("=" or " ") between a long option and its metavar."""
        self._long_opt_fmt = _metavar_format(delim, ("=", " "), "long")

    def _shift(self, steps):
        self.level += steps
        self.current_indent += steps * self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def indent(self):
        """Go one level deeper (into an option group)."""
        self._shift(1)

    def dedent(self):
        self._shift(-1)

    def format_usage(self, usage):
        raise NotImplementedError(_ABSTRACT)

    def format_heading(self, heading):
        raise NotImplementedError(_ABSTRACT)

    def _format_text(self, text):
        """Fill a paragraph to the width, at the current indentation."""
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        """The description paragraph, filled at the current indentation."""
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        """The epilog paragraph, after a blank line."""
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """The option's help with the default tag replaced by its default
        ("none" when it has none)."""
        text = option.help
        if self.parser is not None and self.default_tag:
            value = self.parser.defaults.get(option.dest)
            if value is NO_DEFAULT or value is None:
                value = self.NO_DEFAULT_VALUE
            text = text.replace(self.default_tag, str(value))
        return text

    def format_option(self, option):
        """One option's entry: its strings, then its help text wrapped in a
        column starting at help_position (on the next line when the
        strings reach into that column)."""
        strings = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        margin = " " * self.current_indent
        if len(strings) > room:
            lines = [margin + strings + "\n"]
            first_pad = self.help_position
        else:
            lines = [margin + strings.ljust(room) + "  "]
            first_pad = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option),
                                    self.help_width)
            lines.append(" " * first_pad + wrapped[0] + "\n")
            pad = " " * self.help_position
            lines.extend(pad + line + "\n" for line in wrapped[1:])
        elif not lines[0].endswith("\n"):
            lines.append("\n")
        return "".join(lines)

    def store_option_strings(self, parser):
        """Format every option's strings, and place the help column just
        past the longest of them (within max_help_position)."""
        widest = 0
        # The parser's options sit one level in, its groups' two levels.
        containers = [(parser, 1)] + [(g, 2) for g in parser.option_groups]
        for container, depth in containers:
            self._shift(depth)
            for option in container.option_list:
                strings = self.format_option_strings(option)
                self.option_strings[option] = strings
                widest = max(widest, len(strings) + self.current_indent)
            self._shift(-depth)
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """The option's strings joined by commas, each followed by the
        metavar when the option takes a value ("-f FILE, --file=FILE")."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, shown) for s in shorts]
            longs = [self._long_opt_fmt % (s, shown) for s in longs]
        return ", ".join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    """Nested sections indented: "Usage: ..." and "Options:" headings."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        """"Usage: " and the usage line."""
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        """The heading, indented, with a colon."""
        return "%s%s:\n" % (" " * self.current_indent, heading)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined like titles ("=" then "-"), no indentation."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        """A "Usage" title, then the usage line indented by two spaces."""
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        """The heading underlined with "=" (top level) or "-" (groups)."""
        underline = "=-"[self.level] * len(heading)
        return "%s\n%s\n" % (heading, underline)


# ---------------------------------------------------------------------------
# Value types

def _parse_num(val, type):
    """Convert an integer literal with an optional 0x, 0b or 0 (octal)
    prefix."""
    prefix = val[:2].lower()
    if prefix == "0x":
        return type(val, 16)
    if prefix == "0b":
        # A bare "0b" means zero.
        return type(val[2:] or "0", 2)
    return type(val, 8 if val.startswith("0") else 10)


def _parse_int(val):
    return _parse_num(val, int)


# type name -> (converter, name of the kind of value in error messages)
_builtin_cvt = {
    "int": (_parse_int, _("integer")),
    "long": (_parse_int, _("integer")),
    "float": (float, _("floating-point")),
    "complex": (complex, _("complex")),
}


def check_builtin(option, opt, value):
    """Convert `value` for an option of type int, long, float or complex."""
    convert, kind = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(
            _("option %s: invalid %s value: %r") % (opt, kind, value))


def check_choice(option, opt, value):
    """Accept `value` only if it is one of the option's choices."""
    if value not in option.choices:
        listed = ", ".join(repr(choice) for choice in option.choices)
        raise OptionValueError(
            _("option %s: invalid choice: %r (choose from %s)")
            % (opt, value, listed))
    return value


# The default of an option given none (as opposed to an explicit None).
NO_DEFAULT = ("NO", "DEFAULT")


# ---------------------------------------------------------------------------
# Options

class Option:
    """One command-line option: its strings ("-f", "--file") and attributes.

    Attributes (keyword arguments): action, type, dest, default, nargs,
    const, choices, callback, callback_args, callback_kwargs, help, metavar.
    Subclasses may extend ACTIONS, TYPES, TYPE_CHECKER and the other class
    attributes below to define new actions and types.
    """

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const',
             'choices', 'callback', 'callback_args', 'callback_kwargs',
             'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # Actions that store something in the destination.
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    # Actions that take a value (of a type), and those that always do.
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    # Actions that use `const`.
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")
    # type -> checker(option, opt_str, value) returning the converted value
    # ("string" values are used as they are).
    TYPE_CHECKER = {"int": check_builtin,
                    "long": check_builtin,
                    "float": check_builtin,
                    "complex": check_builtin,
                    "choice": check_choice}

    # Validation run by __init__, in this order (filled in below the class).
    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        """The option strings given, without the empty ones."""
        # Empty strings and None are ignored, so that callers may pass them.
        present = [opt for opt in opts if opt]
        if not present:
            raise TypeError("at least one option string must be supplied")
        return present

    def _fail(self, message):
        raise OptionError(message, self)

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                self._fail("invalid option string %r: must be at least two "
                           "characters long" % opt)
            is_long = len(opt) > 2
            # "-x" with x not a dash, or "--" followed by a non-dash.
            well_formed = (opt[:2] == "--" and opt[2] != "-" if is_long
                           else opt[0] == "-" and opt[1] != "-")
            if is_long:
                if not well_formed:
                    self._fail("invalid long option string %r: must start "
                               "with --, followed by non-dash" % opt)
                self._long_opts.append(opt)
            else:
                if not well_formed:
                    self._fail("invalid short option string %r: must be of "
                               "the form -x, (x any non-dash char)" % opt)
                self._short_opts.append(opt)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            if name in attrs:
                value = attrs.pop(name)
            else:
                value = NO_DEFAULT if name == 'default' else None
            setattr(self, name, value)
        if attrs:
            self._fail("invalid keyword arguments: %s"
                       % ", ".join(sorted(attrs)))

    # The checks of CHECK_METHODS: each validates or completes attributes.

    def _check_action(self):
        action = self.action
        if action is None:
            self.action = "store"
        elif action not in self.ACTIONS:
            self._fail("invalid action: %r" % (action,))

    def _check_type(self):
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        # The type may be given as a type object (int, str, ...).
        name = kind.__name__ if isinstance(kind, type) else kind
        self.type = "string" if name == "str" else name
        if self.type not in self.TYPES:
            self._fail("invalid option type: %r" % (self.type,))
        if self.action not in self.TYPED_ACTIONS:
            self._fail("must not supply a type for action %r" % (self.action,))

    def _check_choice(self):
        choices = self.choices
        if self.type != "choice":
            if choices is not None:
                self._fail("must not supply choices for type %r" % (self.type,))
        elif choices is None:
            self._fail("must supply a list of choices for type 'choice'")
        elif not isinstance(choices, (tuple, list)):
            self._fail("choices must be a list of strings ('%s' supplied)"
                       % type(choices).__name__)

    def _check_dest(self):
        stores = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is None and stores:
            # Named after the first long option ("--dry-run" -> dry_run),
            # else the short one's letter.
            first = (self._long_opts or self._short_opts)[0]
            self.dest = first.lstrip('-').replace('-', '_')

    def _check_const(self):
        if self.action not in self.CONST_ACTIONS and self.const is not None:
            self._fail("'const' must not be supplied for action %r"
                       % (self.action,))

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if not typed and self.nargs is not None:
            self._fail("'nargs' must not be supplied for action %r"
                       % (self.action,))
        if typed and self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        if self.action == "callback":
            if not callable(self.callback):
                self._fail("callback not callable: %r" % (self.callback,))
            for name, kind, kind_name in (("callback_args", tuple, "tuple"),
                                          ("callback_kwargs", dict, "dict")):
                given = getattr(self, name)
                if given is not None and not isinstance(given, kind):
                    self._fail("%s, if supplied, must be a %s: not %r"
                               % (name, kind_name, given))
            return
        if self.callback is not None:
            self._fail("callback supplied (%r) for non-callback option"
                       % (self.callback,))
        for name in ("callback_args", "callback_kwargs"):
            if getattr(self, name) is not None:
                self._fail("%s supplied for non-callback option" % name)

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    def takes_value(self):
        """Whether the option consumes argument(s) from the command line."""
        return self.type is not None

    def get_opt_string(self):
        """The name used in messages: the first long string, else the first
        short one."""
        return (self._long_opts or self._short_opts)[0]

    __repr__ = _repr

    # Processing a value from the command line.

    def check_value(self, opt, value):
        """Convert one value by the checker of the option's type."""
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        """Convert the value, or each of the nargs values."""
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, item) for item in value)

    def process(self, opt, value, values, parser):
        """Handle one occurrence of the option on the command line."""
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values,
                                parser)

    def take_action(self, action, dest, opt, value, values, parser):
        """Perform `action` for one occurrence of the option; subclasses
        defining actions of their own extend this."""
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, 1 + values.ensure_value(dest, 0))
        elif action == "callback":
            self.callback(self, opt, value, parser,
                          *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            # Print, then exit with status 0.
            if action == "help":
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1    # historical: callers may count processed options


Option.CHECK_METHODS = [Option._check_action, Option._check_type,
                        Option._check_choice, Option._check_dest,
                        Option._check_const, Option._check_nargs,
                        Option._check_callback]

make_option = Option

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


# ---------------------------------------------------------------------------
# Parsed values

class Values:
    """The parsed option values, as attributes."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, dict):
            return vars(self) == other
        if isinstance(other, Values):
            return vars(self) == vars(other)
        return NotImplemented

    def __str__(self):
        return str(vars(self))

    __repr__ = _repr

    def ensure_value(self, attr, value):
        """Set the attribute to `value` unless it has a value other than
        None; return the attribute's value."""
        current = getattr(self, attr, None)
        if current is None:
            current = value
            setattr(self, attr, current)
        return current

    def _update_careful(self, dict):
        """Take from `dict` the values of attributes this object already
        has, unless they are None."""
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        """Take every item of `dict` as an attribute."""
        vars(self).update(dict)

    def _update(self, dict, mode):
        updaters = {"careful": self._update_careful,
                    "loose": self._update_loose}
        if mode not in updaters:
            raise ValueError("invalid update mode: %r" % (mode,))
        updaters[mode](dict)

    def read_module(self, modname, mode="careful"):
        """Update from the globals of the module `modname`."""
        import importlib
        module = importlib.import_module(modname)
        self._update(vars(module), mode)

    def read_file(self, filename, mode="careful"):
        """Update from the globals of running the Python file `filename`."""
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)


# ---------------------------------------------------------------------------
# Containers of options: the parser and its groups

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options, the maps
    from option strings to options, and the defaults (the groups of a
    parser share its maps and defaults).

    conflict_handler: "error" (an option string may be used once) or
    "resolve" (a new option takes the string from the older one).
    """

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class, self.description = option_class, description
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        # "-f" -> Option, "--file" -> Option, and dest -> default value.
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        self._short_opt, self._long_opt, self.defaults = (
            parser._short_opt, parser._long_opt, parser.defaults)

    def set_conflict_handler(self, handler):
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError("invalid conflict_resolution value %r"
                             % (handler,))

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def destroy(self):
        """Break the reference cycles, to help the garbage collector."""
        del self._short_opt, self._long_opt, self.defaults

    def _mapping_for(self, opt):
        return self._long_opt if opt.startswith("--") else self._short_opt

    def _check_conflict(self, option):
        strings = option._short_opts + option._long_opts
        clashes = [(opt, self._mapping_for(opt)[opt]) for opt in strings
                   if opt in self._mapping_for(opt)]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError(
                "conflicting option string(s): %s"
                % ", ".join(opt for opt, _ in clashes), option)
        # "resolve": the older option loses the string, and disappears
        # when it has none left.
        for opt, older in clashes:
            (older._long_opts if opt.startswith("--")
             else older._short_opts).remove(opt)
            del self._mapping_for(opt)[opt]
            if not (older._short_opts or older._long_opts):
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., attr=value, ...)"""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        elif isinstance(args[0], Option):
            option = args[0]
        else:
            raise TypeError("not an Option instance: %r" % (args[0],))

        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for opt in option._short_opts + option._long_opts:
            self._mapping_for(opt)[opt] = option
        if option.dest is not None:
            if option.default is NO_DEFAULT:
                # An earlier option with the same dest may have set one.
                self.defaults.setdefault(option.dest, None)
            else:
                self.defaults[option.dest] = option.default
        return option

    def add_options(self, option_list):
        """Add each of the Option instances of `option_list`."""
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        """The Option that answers to `opt_str`, or None."""
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        """Whether some option answers to `opt_str`."""
        return self.get_option(opt_str) is not None

    def remove_option(self, opt_str):
        """Remove the option answering to `opt_str`, with all its strings."""
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % (opt_str,))
        for opt in option._short_opts + option._long_opts:
            del self._mapping_for(opt)[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        """The help entries of the options, except the suppressed ones."""
        return "".join(formatter.format_option(option)
                       for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        """The description, then the options' entries."""
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options (in the help only: parsing
    treats its options like the parser's own)."""

    def __init__(self, parser, title, description=None):
        self.parser, self.title = parser, title
        super().__init__(parser.option_class, parser.conflict_handler,
                         description)

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def set_title(self, title):
        """Change the heading of the group."""
        self.title = title

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            return heading + super().format_help(formatter)
        finally:
            formatter.dedent()


class OptionParser(OptionContainer):
    """The parser.

    usage: the usage line ("%prog" stands for the program name; a leading
    "usage: " is dropped; SUPPRESS_USAGE for none);
    option_list: options to add; option_class: the class add_option()
    builds; version: a version string, which adds --version; prog: the
    program name (default: the base name of sys.argv[0]); description and
    epilog: paragraphs before and after the options in the help;
    formatter: a HelpFormatter (IndentedHelpFormatter by default);
    add_help_option: add -h/--help.

    standard_option_list: options every parser of a subclass gets.
    """

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None,
                 epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        super().destroy()
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    # Setting up.

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_list, self.option_groups = [], []

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # Class-wide options first, then the given ones, then the
        # automatic --version and -h/--help.
        for options in (self.standard_option_list, option_list):
            if options:
                self.add_options(options)
        for wanted, add in ((self.version, self._add_version_option),
                            (add_help, self._add_help_option)):
            if wanted:
                add()

    def _init_parsing_state(self):
        # Set while parse_args() runs, for callbacks to look at.
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        """Change the usage line (see the class documentation)."""
        if usage is SUPPRESS_USAGE:
            text = None
        elif usage is None:
            text = _("%prog [options]")
        else:
            # The formatter adds its own "Usage:".
            text = usage[7:] if usage[:7].lower() == "usage: " else usage
        self.usage = text

    def enable_interspersed_args(self):
        """Let positional arguments and options be mixed (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Stop at the first positional argument: the rest are left alone
        (for commands that run other commands with their own options)."""
        self.allow_interspersed_args = False

    def set_default(self, dest, value):
        """Set the default of the destination `dest`."""
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        """Set several defaults, by destination."""
        self.defaults.update(kwargs)

    def set_process_default_values(self, process):
        """Whether string defaults go through their option's type check."""
        self.process_default_values = process

    def _get_all_options(self):
        """The options of the parser and of all its groups."""
        options = list(self.option_list)
        for group in self.option_groups:
            options += group.option_list
        return options

    def get_default_values(self):
        """A Values holding the defaults; string defaults are converted by
        their option's type (unless set_process_default_values(False))."""
        chosen = dict(self.defaults)
        if self.process_default_values:
            for opt in self._get_all_options():
                given = chosen.get(opt.dest)
                if isinstance(given, str):
                    chosen[opt.dest] = opt.check_value(opt.get_opt_string(),
                                                       given)
        return Values(chosen)

    def add_option_group(self, *args, **kwargs):
        """add_option_group(OptionGroup) or add_option_group(title, ...)"""
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        else:
            group = args[0]
            if not isinstance(group, OptionGroup):
                raise TypeError("not an OptionGroup instance: %r" % (group,))
            if group.parser is not self:
                raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        """The OptionGroup holding the option `opt_str`, or None when the
        option is the parser's own (or unknown)."""
        owner = getattr(self.get_option(opt_str), "container", self)
        return None if owner is self else owner

    # Parsing.

    def _get_args(self, args):
        """A copy of the argument list to parse."""
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse the arguments (default: sys.argv[1:]) into `values` (default:
        a Values of the defaults); return (values, positional arguments).

        Errors are reported through error(), which exits."""
        rargs = self._get_args(args)
        values = self.get_default_values() if values is None else values
        # rargs: still to parse; largs: positional arguments met so far.
        self.rargs, self.largs, self.values = rargs, [], values
        largs = self.largs
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """Hook for subclasses: check (and maybe change) the result of
        parse_args(), which returns what this returns."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            first = rargs[0]
            if first == "--":
                # Everything after "--" is positional.
                del rargs[0]
                return
            if first.startswith("--"):
                self._process_long_opt(rargs, values)
            elif first.startswith("-") and first != "-":
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(rargs.pop(0))
            else:
                return

    def _match_long_opt(self, opt):
        """The long option that `opt` names, possibly abbreviated."""
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        """Remove the value(s) of `option` from the front of rargs."""
        wanted = option.nargs
        if len(rargs) < wanted:
            message = _ngettext("%(option)s option requires %(number)d argument",
                               "%(option)s option requires %(number)d arguments",
                               wanted)
            self.error(message % {"option": opt, "number": wanted})
        if wanted == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:wanted])
        del rargs[:wanted]
        return taken

    def _process_long_opt(self, rargs, values):
        # "--opt=value" is handled as "--opt" "value".
        given, equals, attached = rargs.pop(0).partition("=")
        if equals:
            rargs.insert(0, attached)
        name = self._match_long_opt(given)
        option = self._long_opt[name]
        value = None
        if option.takes_value():
            value = self._take_values(option, name, rargs)
        elif equals:
            self.error(_("%s option does not take a value") % name)
        option.process(name, value, values, self)

    def _process_short_opts(self, rargs, values):
        """Process a cluster of short options such as "-vxf name" or
        "-vxfname": an option taking a value takes the rest of the
        cluster, or else the next arguments."""
        cluster = rargs.pop(0)
        for position in range(1, len(cluster)):
            opt = "-" + cluster[position]
            option = self._short_opt.get(opt)
            if option is None:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            rest = cluster[position + 1:]
            if rest:
                rargs.insert(0, rest)
            option.process(opt, self._take_values(option, opt, rargs),
                           values, self)
            break

    # Messages, exits and help.

    def get_prog_name(self):
        """The program name: `prog`, else the base name of sys.argv[0]."""
        if self.prog is not None:
            return self.prog
        return os.path.basename(sys.argv[0])

    def expand_prog_name(self, s):
        """`s` with each "%prog" replaced by the program name."""
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        """The description, with %prog expanded."""
        return self.expand_prog_name(self.description)

    def error(self, msg):
        """Print the usage and `msg` to stderr and exit with status 2.
        Subclasses overriding it must not return."""
        self.print_usage(sys.stderr)
        report = "%s: error: %s\n" % (self.get_prog_name(), msg)
        self.exit(2, report)

    def exit(self, status=0, msg=None):
        """Write `msg` (if any) to stderr and exit with `status`."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def get_usage(self):
        """The formatted usage line, or "" when it is suppressed."""
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        """Print the usage line (to stdout by default), if there is one."""
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        """The version string with %prog expanded, or ""."""
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        """Print the version (to stdout by default), if there is one."""
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        """The "Options:" section: the parser's options, then the groups."""
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        sections = []
        formatter.indent()
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        for group in self.option_groups:
            sections.append(group.format_help(formatter))
        formatter.dedent()
        if not sections:
            return ""
        # The heading is formatted at the outer level.
        return formatter.format_heading(_("Options")) + "\n".join(sections)

    def format_epilog(self, formatter):
        """The epilog paragraph, if any."""
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        """The whole help: usage, description, options and epilog."""
        formatter = formatter or self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + "\n")
        if self.description:
            parts.append(self.format_description(formatter) + "\n")
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return "".join(parts)

    def print_help(self, file=None):
        """Print the help (to stdout by default)."""
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The key of `wordmap` that `s` is, or is the only key to start with.
    BadOptionError when none does, AmbiguousOptionError when several do."""
    if s in wordmap:
        return s
    candidates = sorted(word for word in wordmap if word.startswith(s))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, candidates)
