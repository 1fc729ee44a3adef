"""Command-line parsing: declare the arguments a program takes with
ArgumentParser.add_argument(), then parse_args() turns sys.argv into a Namespace, reports
errors with a usage line (exit status 2), and answers -h/--help with generated help.

Written for Ferrython from the documented behaviour of CPython's argparse. Covered:
positional and optional arguments; the actions store, store_const, store_true, store_false,
append, append_const, extend, count, help, version and BooleanOptionalAction (or an Action
subclass); nargs None, N, '?', '*', '+', REMAINDER; type, choices, default, const, required,
dest, metavar; argument groups, mutually exclusive groups, subcommands (add_subparsers);
abbreviated long options, '--opt=value', '-xVALUE' and grouped short flags; fromfile and
parse_intermixed_args are not.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

# The special values: SUPPRESS (no default attribute / no help entry) and the nargs words.
SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '==SUPPRESS==', '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
# Where a subcommand leaves the arguments it did not recognize, for its parent parser.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


# ---- Namespace ----

class _Fields:
    """repr() as Class(positional..., name=value...)."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**%r' % odd)
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(vars(self).items())

    def _get_args(self):
        return []


class Namespace(_Fields):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        vars(self).update(kwargs)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in vars(self)

    __hash__ = None


# ---- Errors ----

def _action_label(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar if isinstance(action.metavar, str) else action.metavar[0]
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with an argument: the message names the argument."""

    def __init__(self, argument, message):
        self.argument_name, self.message = _action_label(argument), message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type` function: its message becomes the error message as it is."""


# ---- Actions ----

class Action(_Fields):
    """What to do with an argument once found: subclasses define __call__(parser,
    namespace, values, option_string)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        vars(self).update(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                          default=default, type=type, choices=choices, required=required,
                          help=help, metavar=metavar)

    def _get_kwargs(self):
        keys = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                'required', 'help', 'metavar')
        return [(key, getattr(self, key)) for key in keys]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _grown(namespace, dest):
    # A copy of the list held so far (the default list is never changed in place).
    held = getattr(namespace, dest, None)
    return [] if held is None else list(held)


class _AppendAction(_StoreAction):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _grown(namespace, self.dest) + [values])


class _AppendConstAction(_StoreConstAction):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _grown(namespace, self.dest) + [self.const])


class _ExtendAction(_StoreAction):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _grown(namespace, self.dest) + list(values))


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit(0)


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        if help is None:
            help = "show program's version number and exit"
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        shown = self.version if self.version is not None else parser.version
        layout = parser._get_formatter()
        layout.add_text(shown)
        _sys.stdout.write(layout.format_help())
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag stores True and --no-flag stores False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for option in option_strings:
            both.append(option)
            if option.startswith('--'):
                both.append('--no-' + option[2:])
        super().__init__(both, dest, 0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    """The positional argument naming a subcommand; the rest of the command line goes to
    that subcommand's parser."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            shown = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            super().__init__([], name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map, self._choices_actions = {}, []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        made = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = made
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            choices = ', '.join(map(repr, self._name_parser_map))
            raise ArgumentError(self, 'invalid choice: %r (choose from %s)' % (name, choices))
        inner, extras = chosen.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if extras:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, []).extend(extras)


_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')

_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
            'append': _AppendAction, 'append_const': _AppendConstAction,
            'extend': _ExtendAction, 'count': _CountAction, 'help': _HelpAction,
            'version': _VersionAction, 'parsers': _SubParsersAction}


# ---- FileType ----

class FileType:
    """A `type` opening the argument as a file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize, self._encoding, self._errors = mode, bufsize, encoding, errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as problem:
            raise ArgumentTypeError("can't open '%s': %s" % (string, problem))

    def __repr__(self):
        shown = [repr(self._mode)] + ([str(self._bufsize)] if self._bufsize != -1 else [])
        shown += ['%s=%r' % pair for pair in (('encoding', self._encoding),
                                              ('errors', self._errors)) if pair[1] is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---- Help formatting ----

class HelpFormatter:
    """Lays out usage and help text for a terminal `width` columns wide (COLUMNS, else the
    terminal's, minus 2), help starting at most `max_help_position` columns in."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        vars(self).update(_prog=prog, _indent_increment=indent_increment, _width=width,
                          _blocks=[], _section=None, _action_max_length=0)
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        # (_blocks: the text pieces and sections, in order.)

    # -- building --

    def start_section(self, heading):
        self._section = {'heading': heading, 'items': []}
        self._blocks.append(self._section)

    def end_section(self):
        self._section = None

    def _put(self, item):
        (self._section['items'] if self._section is not None else self._blocks).append(item)

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._put(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._put(('usage', usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        longest = len(self._format_action_invocation(action)) + self._indent_increment
        for sub in self._iter_subactions(action):
            longest = max(longest, len(self._format_action_invocation(sub))
                          + 2 * self._indent_increment)
        self._action_max_length = max(self._action_max_length, longest)
        self._put(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _iter_subactions(self, action):
        getter = getattr(action, '_get_subactions', None)
        return getter() if getter is not None else []

    # -- rendering --

    def format_help(self):
        out = []
        for block in self._blocks:
            if isinstance(block, dict):
                body = ''.join(self._render(item, self._indent_increment)
                               for item in block['items'])
                if body:
                    heading = block['heading']
                    out.append('\n' + ('%s:\n' % heading if heading not in (None, SUPPRESS)
                                       else '') + body + '\n')
            else:
                out.append(self._render(block, 0))
        text = ''.join(out)
        text = _re.sub(r'\n\n\n+', '\n\n', text).strip('\n')
        return text + '\n' if text else ''

    def _render(self, item, indent):
        kind = item[0]
        if kind == 'text':
            return self._format_text(self._expand(item[1]), indent) if item[1] else ''
        if kind == 'usage':
            return self._format_usage(*item[1:])
        return self._format_action(item[1], indent)

    def _expand(self, text):
        return text % {'prog': self._prog} if '%' in text else text

    def _format_text(self, text, indent=0):
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_re.sub(r'\s+', ' ', text).strip(), width)

    def _format_usage(self, usage, actions, groups, prefix):
        prefix = 'usage: ' if prefix is None else prefix
        if usage is not None:
            return prefix + usage % {'prog': self._prog} + '\n\n'
        if not actions:
            return prefix + self._prog + '\n\n'
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        opt_parts = self._usage_parts(optionals, groups)
        pos_parts = self._usage_parts(positionals, groups)
        text = ' '.join([self._prog] + opt_parts + pos_parts)
        width = self._width
        if len(prefix) + len(text) > width:
            lines = self._wrap_usage(prefix, opt_parts, pos_parts, width)
            text = '\n'.join(lines)
        return prefix + text + '\n\n'

    def _wrap_usage(self, prefix, opt_parts, pos_parts, width):
        prog = self._prog

        def pack(parts, indent, first_prefix=None):
            lines, line = [], []
            used = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line and used + 1 + len(part) > width:
                    lines.append(indent + ' '.join(line))
                    line, used = [], len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = pack([prog] + opt_parts, indent, prefix)
                lines.extend(pack(pos_parts, indent))
            elif pos_parts:
                lines = pack([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = pack(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = pack(opt_parts, indent) + pack(pos_parts, indent)
            lines = [prog] + lines
        return lines

    def _usage_parts(self, actions, groups):
        # Members of a mutually exclusive group (all of whose actions are in `actions`) are
        # shown together as [a | b] or, when the group is required, (a | b).
        parts, done = [], set()
        for action in actions:
            if id(action) in done:
                continue
            group = next((g for g in groups if action in g._group_actions and
                          all(member in actions for member in g._group_actions)), None)
            if group is not None and len(group._group_actions) > 1:
                shown = []
                for member in group._group_actions:
                    done.add(id(member))
                    if member.help is not SUPPRESS:
                        shown.append(self._usage_part(member, bracket=False))
                if shown:
                    inner = ' | '.join(shown)
                    parts.append(('(%s)' if group.required else '[%s]') % inner)
                continue
            done.add(id(action))
            if action.help is SUPPRESS:
                continue
            part = self._usage_part(action, bracket=True)
            if part:
                parts.append(part)
        return parts

    def _usage_part(self, action, bracket):
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            if bracket and action.nargs in (OPTIONAL, ZERO_OR_MORE) and \
                    not part.startswith('['):
                part = '[%s]' % part
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            metavar = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (action.option_strings[0], self._format_args(action, metavar))
        if bracket and not action.required:
            part = '[%s]' % part
        return part

    def _metavar_formatter(self, action, default_metavar):
        # A function giving the metavar(s) as a tuple of the size asked (a tuple metavar is
        # returned as it is).
        shown = action.metavar
        if shown is None and action.choices is not None:
            shown = '{%s}' % ','.join(str(choice) for choice in action.choices)
        if shown is None:
            shown = default_metavar
        return lambda size: shown if isinstance(shown, tuple) else (shown,) * size

    # How each nargs value shows its metavar(s): (template, how many names it needs).
    _NARGS_SHAPES = {None: ('%s', 1), OPTIONAL: ('[%s]', 1), ONE_OR_MORE: ('%s [%s ...]', 2),
                     REMAINDER: ('...', 0), PARSER: ('%s ...', 1), SUPPRESS: ('', 0)}

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        wanted = action.nargs
        if wanted == ZERO_OR_MORE:
            single = names(1)
            return ('[%s [%s ...]]' if len(single) == 2 else '[%s ...]') % single
        if wanted in self._NARGS_SHAPES:
            template, count = self._NARGS_SHAPES[wanted]
            return template % names(count) if count else template
        if not isinstance(wanted, int):
            raise ValueError('invalid nargs value')
        return ' '.join(['%s'] * wanted) % names(wanted)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option, shown) for option in action.option_strings)

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            out = [' ' * indent + header + '\n']
        elif len(header) <= action_width:
            out = ['%*s%-*s  ' % (indent, '', action_width, header)]
        else:
            out = [' ' * indent + header + '\n']
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                if out[0].endswith('\n'):
                    out.append(' ' * help_position + lines[0] + '\n')
                else:
                    out[0] += lines[0] + '\n'
                out.extend(' ' * help_position + line + '\n' for line in lines[1:])
        elif not out[0].endswith('\n'):
            out[0] += '\n'
        for sub in self._iter_subactions(action):
            out.append(self._format_action(sub, indent + self._indent_increment))
        return ''.join(out)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for key in list(params):
            if params[key] is SUPPRESS:
                del params[key]
        for key in list(params):
            if hasattr(params[key], '__name__'):
                params[key] = params[key].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(map(str, params['choices']))
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (no re-wrapping)."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: %(default)s)' to the help of arguments with a default."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- Containers of actions ----

class _ActionsContainer:
    """What parsers and argument groups share: add_argument() and the registry of actions
    and option strings."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        vars(self).update(description=description, prefix_chars=prefix_chars,
                          argument_default=argument_default, conflict_handler=conflict_handler)
        self._registries = {'action': dict(_ACTIONS), 'type': {None: lambda text: text}}
        # The actions, the option strings and the groups (shared with the groups made here).
        self._actions, self._option_string_actions = list(), dict()
        self._action_groups, self._mutually_exclusive_groups = list(), list()
        self._defaults = dict()
        # Whether an option looks like a negative number (then '-1' is an option too).
        self._has_negative_number_optionals = list()

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument('name') or add_argument('-f', '--flag', ...): declare an argument;
        returns its Action."""
        positional = not args or (len(args) == 1 and args[0]
                                  and args[0][0] not in self.prefix_chars)
        if positional and args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        settings = (self._get_positional_kwargs(*args, **kwargs) if positional
                    else self._get_optional_kwargs(*args, **kwargs))
        if 'default' not in settings:
            # set_defaults() wins over the parser's argument_default.
            fallback = self._defaults.get(settings['dest'], self.argument_default)
            if settings['dest'] in self._defaults or fallback is not None:
                settings['default'] = fallback
        maker = self._pop_action_class(settings)
        if not callable(maker):
            raise ValueError('unknown action "%s"' % (maker,))
        action = maker(**settings)
        converter = self._registry_get('type', action.type, action.type)
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if hasattr(self, '_get_formatter'):
            # A metavar tuple of the wrong size shows up as soon as the usage is formatted.
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        setattr(action, 'container', self)
        self._option_string_actions.update(dict.fromkeys(action.option_strings, action))
        looks_negative = any(_NEGATIVE_NUMBER.match(o) for o in action.option_strings)
        if looks_negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        count = kwargs.get('nargs')
        if count == 0:
            raise ValueError('nargs for positionals must be != 0')
        # Required unless it may take nothing ('*' only with a default of its own).
        optional_counts = (OPTIONAL, REMAINDER, SUPPRESS) + \
            ((ZERO_OR_MORE,) if 'default' in kwargs else ())
        return dict(kwargs, dest=dest, option_strings=[],
                    required=count not in optional_counts)

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for option in args:
            if not option or option[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option, chars))
        # The destination: given, else the first long option's name (else the first
        # option's), without its prefix and with '-' as '_'.
        target = kwargs.pop('dest', None)
        if target is None:
            longs = [o for o in args if len(o) > 1 and o[1] in chars]
            source = (longs or list(args))[0]
            target = source.lstrip(chars).replace('-', '_')
            if not target:
                raise ValueError('dest= is required for options like %r' % source)
        return dict(kwargs, dest=target, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        wanted = kwargs.pop('action', default)
        return self._registry_get('action', wanted, wanted)

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings if option in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for option, other in clashes:
                other.option_strings.remove(option)
                self._option_string_actions.pop(option, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        raise ArgumentError(action, 'conflicting option string%s: %s' % (
            's' if len(clashes) > 1 else '', ', '.join(option for option, _ in clashes)))


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser too."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title, self._group_actions = title, []
        # The registries and tables are the container's own (shared, not copied).
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Actions of which at most one may be given (exactly one when `required`)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required, self._container = required, container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- The parser ----

class ArgumentParser(_Fields, _ActionsContainer):
    """Parses command lines: declare the arguments with add_argument(), then call
    parse_args()."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        vars(self).update(
            prog=(_os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else '')
            if prog is None else prog,
            usage=usage, epilog=epilog, formatter_class=formatter_class,
            fromfile_prefix_chars=fromfile_prefix_chars, add_help=add_help,
            allow_abbrev=allow_abbrev, exit_on_error=exit_on_error)
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self._optionals_group = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            flag = prefix_chars[0] if '-' not in prefix_chars else '-'
            self.add_argument(flag + 'h', flag * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._adopt(parent)

    def _adopt(self, parent):
        # The parent's groups and actions, as parents= asks.
        groups = {id(parent._positionals): self._positionals,
                  id(parent._optionals): self._optionals}
        for group in parent._action_groups:
            if id(group) not in groups:
                groups[id(group)] = self.add_argument_group(group.title, group.description)
        exclusive = {}
        for group in parent._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for member in group._group_actions:
                exclusive[id(member)] = twin
        for action in parent._actions:
            target = next((groups[id(g)] for g in parent._action_groups
                           if action in g._group_actions), self)
            target._add_action(action)
            twin = exclusive.get(id(action))
            if twin is not None:
                twin._group_actions.append(action)
        self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        keys = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                'add_help')
        return [(key, getattr(self, key)) for key in keys]

    def add_argument_group(self, *args, **kwargs):
        return _ActionsContainer.add_argument_group(self, *args, **kwargs)

    def _add_action(self, action):
        if getattr(self, '_positionals', None) is None:
            return _ActionsContainer._add_action(self, action)
        group = self._optionals if action.option_strings else self._positionals
        return group._add_action(action)

    # -- subcommands --

    def add_subparsers(self, **kwargs):
        """Add the positional argument choosing a subcommand; returns an object whose
        add_parser(name, ...) makes each subcommand's parser."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            self._subparsers = self.add_argument_group(title, kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        """Parse `args` (sys.argv[1:] by default) into a Namespace; exits with a usage
        message on errors and on unrecognized arguments."""
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        """parse_args() that returns (namespace, the arguments not recognized)."""
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, extras = self._parse_known_args(args, namespace)
            except ArgumentError as problem:
                self.error(str(problem))
        else:
            namespace, extras = self._parse_known_args(args, namespace)
        leftover = vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, None)
        if leftover:
            extras.extend(leftover)
        return namespace, extras

    def _is_option(self, text):
        if not text or text[0] not in self.prefix_chars or text == '-' or text == '--':
            return text == '--'
        if text in self._option_string_actions:
            return True
        if len(text) == 1:
            return False
        if '=' in text and text.split('=', 1)[0] in self._option_string_actions:
            return True
        if _NEGATIVE_NUMBER.match(text) and \
                not self._has_negative_number_optionals:
            return False
        if ' ' in text:
            return False
        return True

    def _find_option(self, text):
        """(action, option string, attached value or None) for an option argument, or None
        when no declared option matches (an ambiguous abbreviation is an error)."""
        table = self._option_string_actions
        if text in table:
            return table[text], text, None
        name, equals, value = text.partition('=')
        if equals and name in table:
            return table[name], name, value
        chars = self.prefix_chars
        if len(text) < 2 or text[0] not in chars:
            return None
        candidates = []
        if text[1] in chars:
            # --abbrev[=value]
            if self.allow_abbrev:
                candidates = [(option, value if equals else None)
                              for option in table if option.startswith(name)]
        else:
            # -xVALUE, or an abbreviation of a single-prefix long option (-fo for -foo).
            short, attached = text[:2], text[2:]
            for option in table:
                if option == short:
                    candidates.append((option, attached))
                elif self.allow_abbrev and len(option) > 2 and option[1] not in chars \
                        and option.startswith(name):
                    candidates.append((option, value if equals else None))
        if len(candidates) > 1:
            shown = ', '.join(option for option, _ in candidates)
            self.error('ambiguous option: %s could match %s' % (name, shown))
        if candidates:
            option, attached = candidates[0]
            return table[option], option, attached
        return None

    def _parse_known_args(self, args, namespace):
        extras = []
        seen = set()            # ids of the actions given
        seen_non_default = set()
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for member in group._group_actions:
                conflicts.setdefault(id(member), []).extend(
                    other for other in group._group_actions if other is not member)

        def take(action, values, option_string=None):
            seen.add(id(action))
            converted = self._get_values(action, values)
            if converted is not action.default:
                seen_non_default.add(id(action))
                for other in conflicts.get(id(action), ()):
                    if id(other) in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_label(other))
            if converted is not SUPPRESS:
                action(self, namespace, converted, option_string)

        pending = [a for a in self._actions if not a.option_strings]
        chunk = []              # positional strings met since the last option

        def flush(final):
            # Give the strings of the chunk to the next positional actions (as many actions
            # as can match, greedily). Before an option, actions that would get nothing are
            # left for later chunks; strings no action takes are extras.
            counts = self._positional_counts(pending, chunk)
            if not final:
                while counts and counts[-1] == 0:
                    counts.pop()
            used = 0
            for action, count in list(zip(pending, counts)):
                take(action, chunk[used:used + count])
                used += count
                pending.remove(action)
            extras.extend(chunk[used:])
            del chunk[:]

        index = 0
        while index < len(args):
            text = args[index]
            if text == '--':
                chunk.extend(args[index + 1:])
                break
            if not self._is_option(text):
                chunk.append(text)
                index += 1
                # A subcommand or REMAINDER positional takes everything from here.
                if self._consumes_rest(pending, chunk, args[index:index + 1] == ['--']):
                    chunk.extend(args[index:])
                    break
                continue
            flush(final=False)
            found = self._find_option(text)
            index += 1
            if found is None:
                extras.append(text)
                continue
            action, option_string, attached = found
            if attached is None:
                count = self._option_arg_count(action, args, index)
                take(action, args[index:index + count], option_string)
                index += count
            elif action.nargs != 0:
                take(action, [attached], option_string)
            else:
                # -xyz: flags grouped after a first one that takes no argument.
                take(action, [], option_string)
                rest = attached
                while rest:
                    flag = option_string[0] + rest[0]
                    following = self._option_string_actions.get(flag)
                    if following is None:
                        raise ArgumentError(action, 'ignored explicit argument %r' % rest)
                    if following.nargs == 0:
                        take(following, [], flag)
                        rest = rest[1:]
                        continue
                    value = rest[1:]
                    if value.startswith('='):
                        value = value[1:]
                    if value:
                        take(following, [value], flag)
                    else:
                        count = self._option_arg_count(following, args, index)
                        take(following, args[index:index + count], flag)
                        index += count
                    rest = ''
        flush(final=True)
        # Required arguments and groups.
        missing = [_action_label(a) for a in self._actions
                   if a.required and id(a) not in seen]
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(id(a) in seen for a in group._group_actions):
                names = [_action_label(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        # String defaults of the arguments not given are converted by their type.
        for action in self._actions:
            if id(action) not in seen and isinstance(action.default, str) and \
                    action.dest is not SUPPRESS and \
                    getattr(namespace, action.dest, None) is action.default:
                setattr(namespace, action.dest, self._get_value(action, action.default))
        return namespace, extras

    def _consumes_rest(self, positionals, strings, dashes_next=False):
        # True once the positional string just added lands on a PARSER/REMAINDER action
        # (of those not given strings yet), or completes the positionals before a
        # REMAINDER one, which then takes whatever follows, options included (a '--'
        # coming next is left to the caller, which drops it).
        counts = self._positional_counts(positionals, strings)
        used = 0
        for action, count in zip(positionals, counts):
            if action.nargs == REMAINDER and used and used >= len(strings) and not dashes_next:
                return True
            if action.nargs in (PARSER, REMAINDER) and count and used + count >= len(strings):
                return True
            used += count
        return False

    def _option_arg_count(self, action, args, index):
        following = 0
        while index + following < len(args) and not self._is_option(args[index + following]):
            following += 1
        nargs = action.nargs
        if nargs is None:
            needed = 1
        elif nargs == OPTIONAL:
            return min(following, 1)
        elif nargs in (ZERO_OR_MORE,):
            return following
        elif nargs == ONE_OR_MORE:
            needed = 1
            if following >= 1:
                return following
        elif nargs == REMAINDER:
            return len(args) - index
        elif nargs == PARSER:
            return len(args) - index
        else:
            needed = nargs
        if following < needed:
            messages = {None: 'expected one argument',
                        ONE_OR_MORE: 'expected at least one argument'}
            message = messages.get(nargs)
            if message is None:
                message = 'expected %s argument%s' % (nargs, 's' if nargs != 1 else '')
            raise ArgumentError(action, message)
        return needed

    def _nargs_pattern(self, nargs):
        return {None: '(A)', OPTIONAL: '(A?)', ZERO_OR_MORE: '(A*)', ONE_OR_MORE: '(A+)',
                REMAINDER: '(.*)', PARSER: '(A.*)', SUPPRESS: '()'}.get(
            nargs, '(%s)' % ('A' * nargs if isinstance(nargs, int) else 'A'))

    def _positional_counts(self, positionals, strings):
        """How many of `strings` each of the first positional actions takes: the longest
        run of actions whose patterns (regular expressions over one 'A' per string) match
        from the start, each as greedily as it can. A list as long as that run."""
        text = 'A' * len(strings)
        for size in range(len(positionals), 0, -1):
            pattern = ''.join(self._nargs_pattern(a.nargs) for a in positionals[:size])
            found = _re.match(pattern, text)
            if found is not None:
                return [len(group) for group in found.groups()]
        return []

    def _get_values(self, action, strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER):
            try:
                strings.remove('--')
            except ValueError:
                pass
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, text) for text in strings]
        elif nargs == PARSER:
            value = [self._get_value(action, text) for text in strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        elif nargs == 0:
            value = strings
        else:
            value = [self._get_value(action, text) for text in strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (TypeError, ValueError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # -- help and errors --

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            target = file if file is not None else _sys.stderr
            if target is not None:
                target.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and `message` to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
