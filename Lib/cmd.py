"""A framework for line-oriented command interpreters.

Subclass Cmd and give it methods named do_<command>(self, arg); the loop reads
lines, splits off the leading command word and dispatches to the method.  A
method returning a true value ends cmdloop().  help_<topic> methods (or the
docstrings of do_ methods) feed the builtin `help` command.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """Base class for command interpreters; see the module docstring."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        # stdin/stdout default to the streams current at construction time.
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the loop --------------------------------------------------------

    def _read_line(self):
        """Next input line without its line ending, or 'EOF' at end of input."""
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            return 'EOF'
        return line.rstrip('\r\n')

    def _install_completer(self):
        """Hook readline's tab completion when reading with input(); returns
        the completer to restore afterwards (or None)."""
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        previous = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        self.old_completer = previous
        return readline

    def cmdloop(self, intro=None):
        """Read and dispatch lines until a command returns a true value."""
        self.preloop()
        readline_module = self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                if self.cmdqueue:
                    line = self.cmdqueue.pop(0)
                else:
                    line = self._read_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if readline_module is not None:
                try:
                    readline_module.set_completer(self.old_completer)
                except Exception:
                    pass

    def precmd(self, line):
        """Hook run on each line before it is interpreted; returns the line."""
        return line

    def postcmd(self, stop, line):
        """Hook run after each command; its result decides whether to stop."""
        return stop

    def preloop(self):
        """Hook run once when cmdloop() starts."""
        pass

    def postloop(self):
        """Hook run once when cmdloop() is about to return."""
        pass

    # -- parsing and dispatch ------------------------------------------------

    def parseline(self, line):
        """Split a line into (command, argument, line).

        '?' is short for 'help ' and '!' for 'shell ' (only when do_shell
        exists); command is None when the line has no command word.
        """
        line = line.strip()
        if not line:
            return None, None, line
        first = line[0]
        if first == '?':
            line = 'help ' + line[1:]
        elif first == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Interpret one line; the result is the command method's result."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        try:
            method = getattr(self, 'do_' + command)
        except AttributeError:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command is unknown."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion ----------------------------------------------------------

    def completedefault(self, *ignored):
        """Completion for commands without a complete_ method: nothing."""
        return []

    def completenames(self, text, *ignored):
        """Command names starting with text."""
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline completer: the state-th completion of text."""
        if state == 0:
            import readline
            buffer = readline.get_line_buffer()
            stripped = buffer.lstrip()
            shift = len(buffer) - len(stripped)
            begin = readline.get_begidx() - shift
            end = readline.get_endidx() - shift
            if begin > 0:
                command, args, _ = self.parseline(stripped)
                if command == '':
                    finder = self.completedefault
                else:
                    finder = getattr(self, 'complete_' + command,
                                     self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, stripped, begin, end)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """Attribute names searched for do_/help_/complete_ methods."""
        return dir(self.__class__)

    def complete_help(self, *args):
        topics = {name[5:] for name in self.get_names()
                  if name.startswith('help_' + args[0])}
        return list(set(self.completenames(*args)) | topics)

    # -- help ----------------------------------------------------------------

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name[:5] == 'help_'}
        documented, undocumented = [], []
        seen = set()
        for name in sorted(names):
            if name[:3] != 'do_' or name in seen:
                continue
            seen.add(name)
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, topic):
        """help <topic>: a help_ method, else the do_ method's docstring."""
        try:
            helper = getattr(self, 'help_' + topic)
        except AttributeError:
            try:
                doc = getattr(self, 'do_' + topic).__doc__
            except AttributeError:
                doc = None
            if doc:
                self.stdout.write("%s\n" % str(doc))
            else:
                self.stdout.write("%s\n" % str(self.nohelp % (topic,)))
            return
        helper()

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print a list of strings in as few rows as fit displaywidth,
        filling columns top to bottom, columns separated by two spaces."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, bad)))
        if len(list) == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, widths = _fit_columns(list, displaywidth)
        for row in range(nrows):
            cells = [list[i] for i in range(row, len(list), nrows)]
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(widths[col]) for col, cell in enumerate(cells)]
            self.stdout.write("%s\n" % str("  ".join(padded)))


def _fit_columns(items, width):
    """Smallest row count whose column layout fits width, with the column
    widths; falls back to one column when nothing fits."""
    count = len(items)
    for nrows in range(1, count):
        widths = []
        total = -2
        for start in range(0, count, nrows):
            column = items[start:start + nrows]
            widths.append(max(len(x) for x in column))
            total += widths[-1] + 2
            if total > width:
                break
        if total <= width:
            return nrows, widths
    return count, [0]
