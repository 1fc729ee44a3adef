"""Parser for command line options, in the style of the C function getopt().

It reads the arguments of a script (usually `sys.argv[1:]`) with the conventions of Unix
getopt(): single-letter options after `-`, letters that may be grouped (`-ab`), `--`
ending the options and a lone `-` counting as an ordinary argument.  GNU-style long options
(`--name`, `--name=value`, unambiguous prefixes) may be given as well.

- getopt() parses the options, stopping at the first argument that is not one;
- gnu_getopt() does the same but lets options and other arguments be intermixed;
- GetoptError is the exception both raise; its `opt` attribute names the option at fault.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """An unknown option, a missing argument or an argument given to an option taking none.

    `msg` is the message and `opt` the option concerned (without its dashes).
    """
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg = msg
        self.opt = opt

    def __str__(self):
        return self.msg


error = GetoptError     # the older name


def _as_list(longopts):
    # A single long option may be given as a bare string.
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses command line options and parameter list.  args is the argument list to be
    parsed, without the leading reference to the running program (typically
    sys.argv[1:]).  shortopts is the string of option letters that the script wants to
    recognize, a letter followed by a colon when the option takes an argument (the format
    of Unix getopt()).  longopts, if given, lists the long option names without their
    leading '--'; a name followed by an equal sign ('=') takes an argument.

    The result is a pair: the list of (option, value) pairs, and the arguments left once
    the options were taken off (a trailing slice of args).  Each option carries its
    hyphens ('-x', '--name'); its value is the option's argument, or an empty string when
    it takes none.  Options are listed in the order they were found, repeats included, and
    long and short options may be mixed.  Processing stops at the first argument that is
    not an option.
    """
    longopts = _as_list(longopts)
    found = []
    while args:
        first = args[0]
        if first == '--':
            return found, args[1:]
        if not first.startswith('-') or first == '-':
            break
        if first.startswith('--'):
            found, args = do_longs(found, first[2:], longopts, args[1:])
        else:
            found, args = do_shorts(found, first[1:], shortopts, args[1:])
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but in GNU style scanning mode by default: options and non-option
    arguments may be intermixed, where getopt() stops at the first non-option argument.

    If the option string starts with '+', or the environment variable POSIXLY_CORRECT is
    set, processing stops at the first non-option argument, as in getopt().
    """
    longopts = _as_list(longopts)
    stop_at_argument = bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_argument = True
    found = []
    operands = []
    while args:
        first = args[0]
        if first == '--':
            operands.extend(args[1:])
            break
        if first.startswith('--'):
            found, args = do_longs(found, first[2:], longopts, args[1:])
        elif first.startswith('-') and first != '-':
            found, args = do_shorts(found, first[1:], shortopts, args[1:])
        elif stop_at_argument:
            operands.extend(args)
            break
        else:
            operands.append(first)
            args = args[1:]
    return found, operands


def do_longs(opts, opt, longopts, args):
    """Parse the long option *opt* (an argument without its '--', perhaps holding
    '=value'), appending its pair to *opts*.  Returns opts and the arguments left."""
    name, equals, value = opt.partition('=')
    takes_value, name = long_has_args(name, longopts)
    if not equals:
        value = None
    if takes_value and value is None:
        # The value is the next argument.
        if not args:
            raise GetoptError('option --%s requires argument' % name, name)
        value = args[0]
        args = args[1:]
    elif not takes_value and value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def long_has_args(opt, longopts):
    """Return (whether the long option takes an argument, its full name) for *opt*, which
    may be an unambiguous prefix of a name of *longopts*."""
    candidates = [name for name in longopts if name.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # An exact name wins over the longer names it is a prefix of.
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) != 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    """Parse the group of short options *optstring* (an argument without its '-'),
    appending their pairs to *opts*.  Returns opts and the arguments left."""
    for position, letter in enumerate(optstring):
        if not short_has_arg(letter, shortopts):
            opts.append(('-' + letter, ''))
            continue
        # The option's argument is the rest of the group, or else the next argument.
        value = optstring[position + 1:]
        if not value:
            if not args:
                raise GetoptError('option -%s requires argument' % letter, letter)
            value = args[0]
            args = args[1:]
        opts.append(('-' + letter, value))
        break
    return opts, args


def short_has_arg(opt, shortopts):
    """Whether the option letter *opt* takes an argument, as *shortopts* says."""
    # A colon is the marker, never an option letter.
    position = shortopts.find(opt) if len(opt) == 1 and opt != ':' else -1
    if position < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    return shortopts.startswith(':', position + 1)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))
