"""A small framework for line-oriented command interpreters.

Subclass Cmd and give it methods named do_<word>: typing "<word> rest"
calls do_<word>("rest").  A true result from a command ends cmdloop().
help_<topic> methods (or the docstrings of the do_ methods) feed the
built-in "help" command; complete_<word> methods feed tab completion
when readline is available.
"""
import string
import sys

__all__ = ["Cmd"]

# Characters that may make up a command word.
IDENTCHARS = string.ascii_letters + string.digits + '_'
PROMPT = '(Cmd) '


def _grid_widths(words, rows):
    """Widths of the columns when words fill `rows` rows column by column."""
    widths = []
    for start in range(0, len(words), rows):
        widths.append(max(len(w) for w in words[start:start + rows]))
    return widths


def _choose_grid(words, width):
    """(rows, column widths) of the fewest rows whose lines fit in width."""
    for rows in range(1, len(words)):
        widths = _grid_widths(words, rows)
        if sum(widths) + 2 * (len(widths) - 1) <= width:
            return rows, widths
    return len(words), [0]


class Cmd:
    """Base class of a command interpreter reading lines from stdin.

    Attributes a subclass commonly sets: prompt, intro, the help headers
    (doc_header, misc_header, undoc_header), ruler and identchars.
    """
    # Input.
    use_rawinput = 1
    identchars = IDENTCHARS
    prompt = PROMPT
    intro = None
    lastcmd = ''
    # The help index.
    doc_leader = ""
    ruler = '='
    nohelp = "*** No help on %s"
    undoc_header = "Undocumented commands:"
    misc_header = "Miscellaneous help topics:"
    doc_header = "Documented commands (type help <topic>):"

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """completekey names the readline key bound to completion (None
        turns completion off); stdin and stdout default to sys's."""
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the loop -------------------------------------------------------------

    def _next_line(self):
        # Queued lines come first; then the terminal or the stdin object.
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        text = self.stdin.readline()
        return text.rstrip('\r\n') if text else 'EOF'

    def _install_completer(self):
        # Returns a callable undoing the installation (or None).
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        saved = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return lambda: readline.set_completer(saved)

    def cmdloop(self, intro=None):
        """Prompt for lines and dispatch them until a command returns true.

        intro, when given, replaces the intro attribute for this loop.
        """
        self.preloop()
        undo = self._install_completer()
        if intro is not None:
            self.intro = intro
        try:
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            finished = None
            while not finished:
                line = self.precmd(self._next_line())
                finished = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if undo is not None:
                undo()

    def precmd(self, line):
        """Hook: may rewrite a line before it is run."""
        return line

    def postcmd(self, stop, line):
        """Hook: runs after each command; its result decides whether to stop."""
        return stop

    def preloop(self):
        """Hook: runs once when cmdloop() starts."""

    def postloop(self):
        """Hook: runs once when cmdloop() is about to return."""

    # -- parsing and dispatch -------------------------------------------------

    def parseline(self, line):
        """Split a line into (command, argument, line).

        '?' stands for 'help' and '!' for 'shell' (when do_shell exists).
        command is None when the line has no command word at all.
        """
        line = line.strip()
        head = line[:1]
        if not head:
            return None, None, line
        if head == '?':
            line = 'help ' + line[1:]
        elif head == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line; the command's result is returned (true stops)."""
        word, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if word is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        handler = getattr(self, 'do_' + word, None) if word else None
        if handler is None:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """An empty line repeats the last non-empty command."""
        previous = self.lastcmd
        if previous:
            return self.onecmd(previous)

    def default(self, line):
        """Called for a line whose command is unknown."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion -------------------------------------------------------------

    def completedefault(self, *ignored):
        """Completion of arguments of commands without complete_ method."""
        return []

    def completenames(self, text, *ignored):
        """Command names starting with text."""
        return [name[3:] for name in self.get_names()
                if name.startswith('do_' + text)]

    def complete(self, text, state):
        """readline's completer: the state-th candidate for text."""
        if state == 0:
            import readline
            buffer = readline.get_line_buffer()
            stripped = buffer.lstrip()
            offset = len(buffer) - len(stripped)
            begin = readline.get_begidx() - offset
            end = readline.get_endidx() - offset
            if begin > 0:
                word = self.parseline(stripped)[0]
                finder = self.completedefault
                if word:
                    finder = getattr(self, 'complete_' + word, finder)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, stripped, begin, end)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        """The attribute names of the class (instances' own are ignored)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Completion for 'help': commands and help topics."""
        found = set(self.completenames(*args))
        prefix = 'help_' + args[0]
        found.update(n[5:] for n in self.get_names() if n.startswith(prefix))
        return list(found)

    # -- help ---------------------------------------------------------------------

    def _help_on(self, topic):
        helper = getattr(self, 'help_' + topic, None)
        if helper is not None:
            helper()
            return
        command = getattr(self, 'do_' + topic, None)
        text = getattr(command, '__doc__', None) if command is not None else None
        if text:
            self.stdout.write("%s\n" % str(text))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (topic,)))

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg != '':
            return self._help_on(arg)
        names = sorted(set(self.get_names()))
        topics = {n[5:] for n in names if n.startswith('help_')}
        documented, undocumented = [], []
        for name in names:
            if not name.startswith('do_'):
                continue
            word = name[3:]
            if word in topics:
                topics.discard(word)
                documented.append(word)
            elif getattr(self, name).__doc__:
                documented.append(word)
            else:
                undocumented.append(word)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """One section of the help index (nothing when cmds is empty)."""
        if not cmds:
            return
        out = self.stdout
        out.write("%s\n" % str(header))
        if self.ruler:
            out.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        out.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit in displaywidth columns;
        items run down the columns, which are two spaces apart."""
        words = list
        if not words:
            self.stdout.write("<empty>\n")
            return
        wrong = [i for i, w in enumerate(words) if not isinstance(w, str)]
        if wrong:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(str(i) for i in wrong))
        if len(words) == 1:
            self.stdout.write('%s\n' % str(words[0]))
            return
        rows, widths = _choose_grid(words, displaywidth)
        for row in range(rows):
            cells = words[row::rows]
            # Trailing empty cells add no padding.
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(widths[col]) for col, cell in enumerate(cells)]
            self.stdout.write("%s\n" % "  ".join(padded))
