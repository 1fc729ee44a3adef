"""The Python debugger.

Pdb combines bdb.Bdb (when to stop) with cmd.Cmd (talking to the user).
Start it with breakpoint(), pdb.set_trace(), pdb.run(...), pdb.runcall(...),
pdb.post_mortem(traceback) or `python -m pdb script.py`; then type `help`
at the (Pdb) prompt for the list of commands.
"""

import bdb
import cmd
import inspect
import io
import linecache
import os
import pprint
import re
import signal
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Raised by the 'run'/'restart' command to start the program again."""


def find_function(funcname, filename):
    """(funcname, filename, lineno) of the `def funcname(` in a file, or None."""
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        with open(filename, 'rb') as fp:
            data = fp.read()
    except OSError:
        return None
    try:
        text = data.decode(_source_encoding(data))
    except (LookupError, UnicodeDecodeError):
        return None
    for lineno, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return funcname, filename, lineno
    return None


_COOKIE = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')


def _source_encoding(data):
    """The encoding of Python source bytes: BOM, else a PEP 263 cookie in
    the first two lines, else UTF-8."""
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for line in data.split(b'\n', 2)[:2]:
        match = _COOKIE.match(line)
        if match:
            return match.group(1).decode('ascii')
        if line.strip() and not line.lstrip().startswith(b'#'):
            break
    return 'utf-8'


def _split_args(text):
    """Split a command line like a POSIX shell (quotes and backslashes);
    ValueError with shlex's messages for unbalanced input."""
    words = []
    word = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            if word is not None:
                words.append(word)
                word = None
        elif ch == '\\':
            i += 1
            if i >= len(text):
                raise ValueError("No escaped character")
            word = (word or '') + text[i]
        elif ch in '"\'':
            end = i + 1
            piece = ''
            while True:
                if end >= len(text):
                    raise ValueError("No closing quotation")
                if text[end] == ch:
                    break
                if ch == '"' and text[end] == '\\' and end + 1 < len(text) \
                        and text[end + 1] in '\\"$`':
                    end += 1
                piece += text[end]
                end += 1
            word = (word or '') + piece
            i = end
        else:
            word = (word or '') + ch
        i += 1
    if word is not None:
        words.append(word)
    return words


def _line_at_offset(code, lasti):
    """Line number of the instruction at byte offset lasti of code (0 if none)."""
    best = 0
    for start, end, line in code.co_lines():
        if start <= lasti < end and line is not None:
            return line
        if start <= lasti and line is not None:
            best = line
    return best


class _rstr(str):
    """A string whose repr() is itself, for messages shown through %r."""

    def __repr__(self):
        return self


# Between a stack entry's location and its source line when stopping.
line_prefix = '\n-> '


def _traceback_entries(tb):
    """The entries of a traceback chain, outermost first."""
    while tb:
        yield tb
        tb = tb.tb_next


def _as_int(text):
    """int(text), or None when text is no integer."""
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


class Pdb(bdb.Bdb, cmd.Cmd):
    """The debugger: a Bdb whose stops open a (Pdb) command loop."""

    # The SIGINT handler that 'continue' replaced; the next stop puts it back.
    _previous_sigint_handler = None

    # Commands that let the program run on; a 'commands' list ends there.
    _RESUMING = ['do_continue', 'do_step', 'do_next', 'do_return',
                 'do_quit', 'do_jump']

    # Characters that end a word for readline's completion.
    _WORD_BREAKS = ' \t\n`@#$%^&*()=+[{]}\\|;:\'",<>?'

    def __init__(self, completekey='tab', stdin=None, stdout=None,
                 skip=None, nosigint=False, readrc=True):
        sys.audit("pdb.Pdb")
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        bdb.Bdb.__init__(self, skip=skip)
        self.prompt = '(Pdb) '
        if stdout:
            # input() would bypass the stream we were given.
            self.use_rawinput = False
        self.nosigint = nosigint
        self.allow_kbdint = False       # Ctrl-C raises only at the prompt
        self.mainpyfile = ''
        self.aliases = {}
        self.displaying = {}            # frame -> {expression: last value}
        self._raise_lines = {}          # frame -> line its exception came from
        self._awaiting_script = False
        self._quit_asked = False
        self._set_readline_breaks()
        self.rcLines = self._read_rc_files() if readrc else []
        # What 'commands' recorded, per breakpoint number: the lines, whether
        # to prompt after them, whether to keep the location quiet.
        self.commands = {}
        self.commands_doprompt = {}
        self.commands_silent = {}
        self.commands_defining = False
        self.commands_bnum = None

    @classmethod
    def _set_readline_breaks(cls):
        try:
            import readline
        except ImportError:
            return
        readline.set_completer_delims(cls._WORD_BREAKS)

    @staticmethod
    def _read_rc_files():
        # The lines of ~/.pdbrc then ./.pdbrc, run as commands at the first stop.
        lines = []
        candidates = ['.pdbrc']
        try:
            candidates.insert(0, os.path.expanduser('~/.pdbrc'))
        except KeyError:
            pass
        for path in candidates:
            try:
                with open(path, encoding='utf-8') as rc:
                    lines += rc.readlines()
            except OSError:
                continue
        return lines

    def sigint_handler(self, signum, frame):
        """Ctrl-C while the program runs: stop at the next line."""
        if not self.allow_kbdint:
            self.message("\nProgram interrupted. (Use 'cont' to resume).")
            # set_trace also asks for a stop at the next event.
            self.set_trace(frame)
            return
        raise KeyboardInterrupt

    # -- state of a stop ----------------------------------------------------------

    def reset(self):
        super().reset()
        self.forget()

    def forget(self):
        """Drop what we know about the last stop."""
        frame = getattr(self, 'curframe', None)
        if frame is not None:
            frame.f_globals.pop('__pdb_convenience_variables', None)
        self.stack, self.curindex = [], 0
        self.curframe = self.lineno = None
        self._raise_lines.clear()

    def setup(self, f, tb):
        """Learn the stack of a stop at frame f (and traceback tb).

        Returns true when a command from .pdbrc resumed the program.
        """
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        for entry in _traceback_entries(tb):
            self._raise_lines[entry.tb_frame] = _line_at_offset(
                entry.tb_frame.f_code, entry.tb_lasti)
        self._select_frame(self.curindex)
        return self.execRcLines()

    def _select_frame(self, index):
        # Make stack entry index the frame that commands look at.
        self.curindex = index
        frame = self.curframe = self.stack[index][0]
        self.curframe_locals = frame.f_locals
        self.set_convenience_variable(frame, '_frame', frame)

    def execRcLines(self):
        """Run the pending .pdbrc/-c commands; true when one resumed."""
        if not self.rcLines:
            return None
        pending = [line.strip() for line in self.rcLines]
        self.rcLines = []
        while pending:
            line = pending.pop(0)
            if line and line[0] != '#':
                if self.onecmd(line):
                    # Keep the rest for the next stop.
                    self.rcLines += pending
                    return True
        return None

    # -- the bdb hooks ------------------------------------------------------------

    def _announce_stop(self, frame, banner, tb=None):
        self.message(banner)
        self.interaction(frame, tb)

    def _at_script_start(self, frame):
        # Under `python -m pdb` the first stop is the script's own first line.
        if frame.f_lineno <= 0:
            return False
        return self.canonic(frame.f_code.co_filename) == self.mainpyfile

    def user_call(self, frame, argument_list):
        """Stopped right after entering a function."""
        if not self._awaiting_script and self.stop_here(frame):
            self._announce_stop(frame, '--Call--')

    def user_line(self, frame):
        """Stopped (or at a breakpoint) at a line."""
        if self._awaiting_script:
            if not self._at_script_start(frame):
                return
            self._awaiting_script = False
        wants_prompt = self.bp_commands(frame)
        if wants_prompt:
            self.interaction(frame, None)

    def user_return(self, frame, return_value):
        """Stopped as a function returns."""
        if self._awaiting_script:
            return
        frame.f_locals['__return__'] = return_value
        self.set_convenience_variable(frame, '_retval', return_value)
        self._announce_stop(frame, '--Return--')

    def user_exception(self, frame, exc_info):
        """Stopped where an exception is raised or passes through."""
        if self._awaiting_script:
            return
        kind, value, tb = exc_info
        frame.f_locals['__exception__'] = (kind, value)
        self.set_convenience_variable(frame, '_exception', value)
        # A StopIteration without traceback comes from the VM ending a loop.
        prefix = 'Internal ' if kind is StopIteration and not tb else ''
        self._announce_stop(frame, prefix + self._describe(value), tb)

    def bp_commands(self, frame):
        """Run the 'commands' of the breakpoint just hit.

        Returns true when the user should get a prompt afterwards.
        """
        number = getattr(self, "currentbp", False)
        if not number or number not in self.commands:
            return 1
        self.currentbp = 0
        saved_lastcmd = self.lastcmd
        self.setup(frame, None)
        for line in self.commands[number]:
            self.onecmd(line)
        self.lastcmd = saved_lastcmd
        if not self.commands_silent[number]:
            self.print_stack_entry(self.stack[self.curindex])
        if self.commands_doprompt[number]:
            self._prompt_loop()
        self.forget()
        return None

    # -- the prompt ---------------------------------------------------------------

    def _prompt_loop(self):
        # Read commands until one resumes; Ctrl-C only reprints the prompt.
        finished = False
        while not finished:
            self.allow_kbdint = True
            try:
                self.cmdloop()
                finished = True
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')
            finally:
                self.allow_kbdint = False

    def preloop(self):
        self._refresh_displays()

    def _refresh_displays(self):
        # Print the display expressions of this frame whose value changed.
        displaying = self.displaying.get(self.curframe)
        if not displaying:
            return
        for expr, old in displaying.items():
            new = self._value_or_note(expr)
            if new is not old and new != old:
                displaying[expr] = new
                self.message('display %s: %r  [old: %r]' % (expr, new, old))

    @staticmethod
    def _restore_sigint():
        # Give Ctrl-C back the meaning it had before 'continue'.
        handler = Pdb._previous_sigint_handler
        if not handler:
            return
        try:
            signal.signal(signal.SIGINT, handler)
        except ValueError:      # only the main thread may do this
            return
        Pdb._previous_sigint_handler = None

    def interaction(self, frame, traceback):
        """Show where we stopped and read commands until one resumes."""
        self._restore_sigint()
        resumed_by_rc = self.setup(frame, traceback)
        if not resumed_by_rc:
            self.print_stack_entry(self.stack[self.curindex])
            self._prompt_loop()
        self.forget()

    def precmd(self, line):
        """Expand aliases and split off what follows ';;'."""
        words = line.split()
        while words and words[0] in self.aliases:
            line = self._apply_alias(self.aliases[words[0]], words[1:])
            words = line.split()
        if not words or words[0] == 'alias':
            return line
        first, separator, rest = line.partition(';;')
        if separator:
            self.cmdqueue.insert(0, rest.lstrip())
            line = first.rstrip()
        return line

    @staticmethod
    def _apply_alias(template, params):
        # %1, %2, ... become the parameters, %* all of them.
        for position, value in enumerate(params, 1):
            template = template.replace('%%%d' % position, value)
        return template.replace('%*', ' '.join(params))

    def onecmd(self, line):
        """Interpret a line, or record it while defining 'commands'."""
        if self.commands_defining:
            return self.handle_command_def(line)
        return cmd.Cmd.onecmd(self, line)

    def handle_command_def(self, line):
        """One line of a 'commands' definition; true ends the definition."""
        command, arg, line = self.parseline(line)
        if not command:
            return False
        if command == 'silent':
            self.commands_silent[self.commands_bnum] = True
            return False
        if command == 'end':
            return True
        self.commands[self.commands_bnum].append(command + ' ' + arg if arg else command)
        func = getattr(self, 'do_' + command, self.default)
        if func.__name__ in self._RESUMING:
            # Nothing after a resuming command could run.
            self.commands_doprompt[self.commands_bnum] = False
            return True
        return False

    # -- running statements in the frame -------------------------------------------

    def displayhook(self, obj):
        """sys.displayhook while a statement runs: echo values like the REPL."""
        if obj is None:
            return
        self.message(repr(obj))

    def default(self, line):
        """A line that is no command: run it as Python in the current frame."""
        source = line[1:].strip() if line.startswith('!') else line
        source = self._replace_convenience_variables(source)
        try:
            code = compile(source + '\n', '<stdin>', 'single')
            self._exec_with_our_streams(code)
        except:
            self._report_current_error()

    def _exec_with_our_streams(self, code):
        # exec in the current frame with stdin/stdout/displayhook pointed at us.
        saved = sys.stdin, sys.stdout, sys.displayhook
        sys.stdin, sys.stdout, sys.displayhook = self.stdin, self.stdout, self.displayhook
        try:
            exec(code, self.curframe.f_globals, self.curframe_locals)
        finally:
            sys.stdin, sys.stdout, sys.displayhook = saved

    # -- output -----------------------------------------------------------------

    def error(self, msg):
        # Two print() items, as the position in an encoding error shows.
        print('***', msg, file=self.stdout)

    def message(self, msg):
        print(msg, file=self.stdout)

    def set_convenience_variable(self, frame, name, value):
        """Make $name evaluate to value in commands run in frame."""
        frame.f_globals.setdefault('__pdb_convenience_variables', {})[name] = value

    def _replace_convenience_variables(self, line):
        # $name outside string literals becomes a lookup in the variables dict.
        if '$' not in line:
            return line
        out = []
        quote = None
        i = 0
        while i < len(line):
            ch = line[i]
            if quote:
                out.append(ch)
                if ch == '\\' and i + 1 < len(line):
                    out.append(line[i + 1])
                    i += 1
                elif ch == quote:
                    quote = None
            elif ch in '"\'':
                quote = ch
                out.append(ch)
            elif ch == '$':
                match = re.match(r'[a-zA-Z_]\w*', line[i + 1:])
                if match:
                    out.append("__pdb_convenience_variables[%r]" % match.group())
                    i += 1 + match.end()
                    continue
                out.append(ch)
            else:
                out.append(ch)
            i += 1
        return ''.join(out)

    # -- completion (only what readline would use) --------------------------------

    def _complete_location(self, text, line, begidx, endidx):
        # A file name, or a global function/class name.
        if re.match(r'.*,\s*$', line):
            return []
        return [name for name in self.curframe.f_globals if name.startswith(text)]

    def _complete_bpnumber(self, text, line, begidx, endidx):
        numbers = (str(n) for n, bp in enumerate(bdb.Breakpoint.bpbynumber)
                   if bp is not None)
        return [number for number in numbers if number.startswith(text)]

    def _complete_expression(self, text, line, begidx, endidx):
        if not self.curframe:
            return []
        names = set(self.curframe.f_globals) | set(self.curframe_locals)
        return sorted(name for name in names if name.startswith(text))

    complete_break = complete_b = complete_tbreak = _complete_location
    complete_clear = complete_cl = _complete_location
    complete_enable = complete_disable = _complete_bpnumber
    complete_condition = complete_ignore = _complete_bpnumber
    complete_p = complete_pp = complete_print = _complete_expression
    complete_display = complete_undisplay = complete_whatis = _complete_expression
    complete_source = complete_debug = _complete_expression

    # -- commands -------------------------------------------------------------------
    # Each docstring's first line is the usage shown by `help <command>`.

    def do_commands(self, arg):
        """commands [bpnumber]
        (com) command
        (com) ...
        (com) end

        Give a list of commands to run when breakpoint bpnumber (default:
        the last one set) is hit, one per line at the (com) prompt, ended by
        a line 'end'; then the (Pdb) prompt comes back.
        With 'silent' among them the location is not printed.  A command
        that resumes the program (continue, step, next, return, jump,
        quit) ends the list.  An empty list removes the commands.
        """
        number = self._commands_target(arg)
        if number is None:
            return
        kept = self._command_lists_of(number)
        self.commands_bnum = number
        for table, fresh in zip(self._command_tables(), ([], True, False)):
            table[number] = fresh
        try:
            self._read_command_list()
        except KeyboardInterrupt:
            for table, old in zip(self._command_tables(), kept or (None,) * 3):
                if kept:
                    table[number] = old
                else:
                    del table[number]
            self.error('command definition aborted, old commands restored')

    def _commands_target(self, arg):
        # The breakpoint number 'commands' is about, or None after an error.
        if arg:
            number = _as_int(arg)
            if number is None:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return None
        else:
            number = len(bdb.Breakpoint.bpbynumber) - 1
        try:
            self.get_bpbynumber(number)
        except ValueError as problem:
            self.error('cannot set commands: %s' % problem)
            return None
        return number

    def _command_tables(self):
        return self.commands, self.commands_doprompt, self.commands_silent

    def _command_lists_of(self, number):
        # What is recorded for breakpoint number, to put back on Ctrl-C.
        if number not in self.commands:
            return None
        return [table[number] for table in self._command_tables()]

    def _read_command_list(self):
        # A nested command loop whose lines onecmd() records.
        outer_prompt = self.prompt
        self.prompt, self.commands_defining = '(com) ', True
        try:
            self.cmdloop()
        finally:
            self.prompt, self.commands_defining = outer_prompt, False

    # -- breakpoints ------------------------------------------------------------

    def do_break(self, arg, temporary=0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]

        Without argument, list the breakpoints.  Otherwise set a breakpoint
        at a line of the current file (or of filename, searched on
        sys.path), or at the first executed line of a function.  With a
        condition, stop only when it evaluates true in the frame.
        """
        if not arg:
            self._list_breakpoints()
            return
        where, cond = arg, None
        comma = arg.find(',')
        if comma > 0:
            where, cond = arg[:comma].rstrip(), arg[comma + 1:].lstrip()
            if self._bad_condition(cond):
                return
        place = self._break_location(where)
        if place is None:
            return
        filename, lineno, funcname = place
        lineno = self.checkline(filename, lineno)
        if not lineno:
            return
        problem = self.set_break(filename, lineno, temporary, cond, funcname)
        if problem:
            self.error(problem)
            return
        new = self.get_breaks(filename, lineno)[-1]
        self.message("Breakpoint %d at %s:%d" % (new.number, new.file, new.line))

    def _list_breakpoints(self):
        if not self.breaks:
            return
        self.message("Num Type         Disp Enb   Where")
        for bp in filter(None, bdb.Breakpoint.bpbynumber):
            self.message(bp.bpformat())

    def _bad_condition(self, cond):
        # Report a condition that does not compile; true when it did not.
        problem = self._syntax_problem(cond)
        if problem:
            self.error('Invalid condition %s: %r' % (cond, problem))
        return bool(problem)

    def _break_location(self, where):
        """(filename, lineno, funcname) named by a 'break' argument without
        its condition: [file:]lineno or a function; None after an error."""
        colon = where.rfind(':')
        if colon >= 0:
            named = where[:colon].rstrip()
            filename = self.lookupmodule(named)
            if not filename:
                self.error('%r not found from sys.path' % named)
                return None
            text = where[colon + 1:].lstrip()
            lineno = _as_int(text)
            if lineno is None:
                self.error('Bad lineno: %s' % text)
                return None
            return filename, lineno, None
        lineno = _as_int(where)
        if lineno is not None:
            return self.defaultFile(), lineno, None
        function = self._where_is_function(where)
        if function is None:
            self.error('The specified object %r is not a function '
                       'or was not found along sys.path.' % where)
            return None
        funcname, filename, lineno = function
        return filename or self.defaultFile(), lineno, funcname

    def _where_is_function(self, arg):
        """(funcname, filename, lineno) for `break function`, or None."""
        try:
            target = eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            target = None
        try:
            code = getattr(target, '__func__', target).__code__
            return code.co_name, code.co_filename, code.co_firstlineno
        except Exception:
            pass
        # Not an object we can evaluate: look for its `def` in the sources.
        name, filename, lineno = self.lineinfo(arg)
        if not name:
            return None
        return name, filename, int(lineno)

    def defaultFile(self):
        """The file 'break' uses when none is named."""
        name = self.curframe.f_code.co_filename
        if name == '<string>' and self.mainpyfile:
            return self.mainpyfile
        return name

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]

        Same arguments as break, but the breakpoint is removed when first hit.
        """
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        """(name, filename, lineno) of a 'function' or 'module.function'
        found by searching source files; (None, None, None) otherwise."""
        nothing = (None, None, None)
        pieces = identifier.split("'")
        if len(pieces) not in (1, 3):
            return nothing
        # 'name' in quotes or bare; a leading self. is dropped.
        ident = pieces[len(pieces) // 2].strip()
        if not ident:
            return nothing
        dotted = ident.split('.')
        if dotted[0] == 'self':
            dotted.pop(0)
        if not dotted:
            return nothing
        where = self.defaultFile()
        if len(dotted) > 1:
            where = self.lookupmodule(dotted[0]) or where
            dotted.pop(0)
        return find_function(dotted[0], where) or nothing

    def checkline(self, filename, lineno):
        """lineno when that line of filename can hold a breakpoint, else 0
        (after saying why)."""
        frame = getattr(self, 'curframe', None)
        text = linecache.getline(filename, lineno,
                                 None if frame is None else frame.f_globals)
        if not text:
            self.message('End of file')
            return 0
        code = text.strip()
        if code and not code.startswith(('#', '"""', "'''")):
            return lineno
        self.error('Blank or comment')
        return 0

    def _breakpoint_or_error(self, word):
        # The breakpoint numbered word, or None after reporting why not.
        try:
            return self.get_bpbynumber(word)
        except ValueError as problem:
            self.error(problem)
            return None

    def _named_breakpoints(self, arg):
        # The breakpoints named by a space-separated list, errors reported.
        for word in arg.split():
            bp = self._breakpoint_or_error(word)
            if bp is not None:
                yield bp

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]

        Enable the given breakpoints.
        """
        for bp in self._named_breakpoints(arg):
            bp.enable()
            self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]

        Disable the given breakpoints: they stay in the list but do not stop
        the program (and do not count hits) until enabled again.
        """
        for bp in self._named_breakpoints(arg):
            bp.disable()
            self.message('Disabled %s' % bp)

    def do_condition(self, arg):
        """condition bpnumber [condition]

        Set a condition for a breakpoint: it stops only when the condition
        is true.  Without a condition the breakpoint becomes unconditional.
        """
        number, space, cond = arg.partition(' ')
        if not space:
            cond = None
        elif self._bad_condition(cond):
            return
        bp = self._breakpoint_or_error(number.strip())
        if bp is None:
            return
        bp.cond = cond
        if cond:
            self.message('New condition set for breakpoint %d.' % bp.number)
        else:
            self.message('Breakpoint %d is now unconditional.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]

        Make a breakpoint pass its next count hits (0, the default, makes
        it stop again at once).
        """
        words = arg.split()
        bp = self._breakpoint_or_error(words[0] if words else '')
        if bp is None:
            return
        count = (_as_int(words[1]) if len(words) > 1 else None) or 0
        bp.ignore = count
        if count <= 0:
            self.message('Will stop next time breakpoint %d is reached.' % bp.number)
            return
        what = '%d crossings' % count if count > 1 else '1 crossing'
        self.message('Will ignore next %s of breakpoint %d.' % (what, bp.number))

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber ...]

        Without argument, clear all breaks (after confirmation).  Otherwise
        delete the breakpoints at filename:lineno, or the numbered ones.
        """
        if not arg:
            if self._confirmed('Clear all breaks? '):
                doomed = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                self._report_deleted(doomed)
        elif ':' in arg:
            self._clear_at_line(arg)
        else:
            for word in arg.split():
                bp = self._breakpoint_or_error(word)
                if bp is not None:
                    self.clear_bpbynumber(word)
                    self._report_deleted([bp])

    @staticmethod
    def _confirmed(question):
        try:
            answer = input(question)
        except EOFError:
            return False
        return answer.strip().lower() in ('y', 'yes')

    def _report_deleted(self, breakpoints):
        for bp in breakpoints:
            self.message('Deleted %s' % bp)

    def _clear_at_line(self, arg):
        # rpartition: a file name may hold a colon itself (C:\...).
        filename, _, text = arg.rpartition(':')
        lineno = _as_int(text)
        if lineno is None:
            self.error("Invalid line number (%s)" % text)
            return
        doomed = list(self.get_breaks(filename, lineno))
        problem = self.clear_break(filename, lineno)
        if problem:
            self.error(problem)
        else:
            self._report_deleted(doomed)

    # -- moving in the stack ------------------------------------------------------

    def do_where(self, arg):
        """w(here)

        Print a stack trace, most recent frame last; '>' marks the current
        frame, which commands such as p and list use.
        """
        self.print_stack_trace()

    def _focus(self, number):
        # Make stack entry number the current frame and show it.
        self._select_frame(number)
        self.print_stack_entry(self.stack[number])
        self.lineno = None

    def _count_arg(self, arg):
        # The count argument of up/down, or None after an error.
        count = _as_int(arg or 1)
        if count is None:
            self.error('Invalid frame count (%s)' % arg)
        return count

    def _climb(self, arg, direction):
        # up (direction -1) or down (+1) by the count in arg; a negative
        # count goes all the way.
        last = len(self.stack) - 1
        edge = 0 if direction < 0 else last
        if self.curindex == edge:
            self.error('Oldest frame' if direction < 0 else 'Newest frame')
            return
        count = self._count_arg(arg)
        if count is None:
            return
        if count < 0:
            self._focus(edge)
        else:
            self._focus(min(last, max(0, self.curindex + direction * count)))

    def do_up(self, arg):
        """u(p) [count]

        Move the current frame count (default one) levels up in the stack
        trace (to an older frame).
        """
        self._climb(arg, -1)

    def do_down(self, arg):
        """d(own) [count]

        Move the current frame count (default one) levels down in the stack
        trace (to a newer frame).
        """
        self._climb(arg, +1)

    # -- letting the program run ---------------------------------------------------
    # A command that returns true ends the prompt loop and resumes the program.

    def _set_continue_armed(self):
        # 'continue' also makes Ctrl-C stop the program again (unless nosigint).
        if not self.nosigint:
            try:
                handler = signal.signal(signal.SIGINT, self.sigint_handler)
            except (ValueError, AttributeError, OSError):
                handler = None      # not the main thread, or no signals here
            else:
                Pdb._previous_sigint_handler = handler
        self.set_continue()

    # How each resuming command tells bdb where to stop next.
    _NEXT_STOP = {
        'step': lambda self: self.set_step(),
        'next': lambda self: self.set_next(self.curframe),
        'return': lambda self: self.set_return(self.curframe),
        'continue': _set_continue_armed,
    }

    def _resume(self, how):
        self._NEXT_STOP[how](self)
        return 1

    def do_step(self, arg):
        """s(tep)

        Run the current line, stopping as soon as possible: inside a
        function it calls, or else at the next line.
        """
        return self._resume('step')

    def do_next(self, arg):
        """n(ext)

        Run until the next line of this function (or until it returns);
        functions it calls run without stopping.
        """
        return self._resume('next')

    def do_return(self, arg):
        """r(eturn)

        Run until the current function is about to return.
        """
        return self._resume('return')

    def do_continue(self, arg):
        """c(ont(inue))

        Let the program run; it stops again only at a breakpoint.
        """
        return self._resume('continue')

    def do_until(self, arg):
        """unt(il) [lineno]

        Without argument, continue until a line greater than the current
        one is reached (or the frame returns).  With a line number, continue
        until a line greater than or equal to it is reached.
        """
        target = None
        if arg:
            target = _as_int(arg)
            if target is None:
                problem = 'Error in argument: %r' % arg
            elif target <= self.curframe.f_lineno:
                problem = '"until" line number is smaller than current line number'
            else:
                problem = None
            if problem:
                self.error(problem)
                return None
        self.set_until(self.curframe, target)
        return 1

    def do_run(self, arg):
        """run [args...]

        Restart the debugged program (only under `python -m pdb`); with
        arguments, they replace sys.argv[1:].
        """
        try:
            new_args = _split_args(arg) if arg else None
        except ValueError as err:
            self.error('Cannot run %s: %s' % (arg, err))
            return
        if new_args is not None:
            sys.argv = sys.argv[:1] + new_args
        raise Restart

    def do_jump(self, arg):
        """j(ump) lineno

        Make lineno the next line to run (only in the bottom frame).  Not
        every jump is allowed, e.g. into a for loop or out of a finally.
        """
        if self.curindex != len(self.stack) - 1:
            self.error('You can only jump within the bottom frame')
            return
        lineno = _as_int(arg)
        if lineno is None:
            self.error("The 'jump' command requires a line number")
            return
        # The VM checks the jump and raises ValueError when not allowed.
        try:
            self.curframe.f_lineno = lineno
        except ValueError as err:
            self.error('Jump failed: %s' % err)
            return
        self.stack[self.curindex] = (self.curframe, lineno)
        self.print_stack_entry(self.stack[self.curindex])

    def do_debug(self, arg):
        """debug code

        Enter a recursive debugger that steps through code (an expression
        or statement run in the current frame's environment).
        """
        sys.settrace(None)
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            sys.call_tracing(inner.run, (arg, self.curframe.f_globals,
                                         self.curframe_locals))
        except Exception:
            self._report_current_error()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def _leave(self):
        self._quit_asked = True
        self.set_quit()
        return 1

    def do_EOF(self, arg):
        """EOF

        End of input (Ctrl-D): end the prompt's line and quit.
        """
        self.message('')
        return self._leave()

    def do_quit(self, arg):
        """q(uit) | exit

        Quit the debugger; the program being run is aborted.
        """
        return self._leave()

    # -- looking at values -------------------------------------------------------

    def do_args(self, arg):
        """a(rgs)

        Print the arguments of the current function and their values.
        """
        code = self.curframe.f_code
        f_locals = self.curframe_locals
        count = code.co_argcount + code.co_kwonlyargcount
        if code.co_flags & inspect.CO_VARARGS:
            count += 1
        if code.co_flags & inspect.CO_VARKEYWORDS:
            count += 1
        for name in code.co_varnames[:count]:
            if name in f_locals:
                self.message('%s = %s' % (name, self._repr_or_note(f_locals[name], name)))
            else:
                self.message('%s = *** undefined ***' % (name,))

    def do_retval(self, arg):
        """retval

        Print the return value of the last return of the current function.
        """
        if '__return__' in self.curframe_locals:
            self.message(self._repr_or_note(self.curframe_locals['__return__'], 'retval'))
        else:
            self.error('Not yet returned!')

    def _repr_or_note(self, obj, expr):
        """repr(obj), or a note saying why the repr of expr failed."""
        try:
            return repr(obj)
        except Exception as exc:
            return _rstr("*** repr(%s) failed: %s ***" % (expr, self._describe(exc)))

    def _syntax_problem(self, expr):
        """The SyntaxError text of an invalid expression, '' when it is valid."""
        try:
            compile(expr, "<stdin>", "eval")
        except SyntaxError as exc:
            return _rstr(self._describe(exc))
        return ""

    def _evaluate(self, arg):
        # Evaluate in the current frame; report and re-raise errors.
        try:
            return eval(self._replace_convenience_variables(arg),
                        self.curframe.f_globals, self.curframe_locals)
        except:
            self._report_current_error()
            raise

    def _value_or_note(self, arg, frame=None):
        # Evaluate (in frame, default the current one); an error becomes
        # the value "** raised ... **".
        try:
            if frame is not None:
                scope = frame.f_globals, frame.f_locals
            else:
                scope = self.curframe.f_globals, self.curframe_locals
            return eval(arg, *scope)
        except BaseException as exc:
            return _rstr('** raised %s **' % self._describe(exc))

    def _report_current_error(self):
        self.error(self._describe(sys.exc_info()[1]))

    def _describe(self, exc):
        return traceback.format_exception_only(exc)[-1].strip()

    def _show_value(self, arg, func):
        # Show func(value of arg); errors are reported, never raised.
        try:
            value = self._evaluate(arg)
        except:
            return      # _evaluate has said what went wrong
        self._show_result_of(func, value)

    def _show_result_of(self, func, value):
        try:
            self.message(func(value))
        except:
            self._report_current_error()

    def do_p(self, arg):
        """p expression

        Evaluate the expression in the current frame and print its repr().
        """
        self._show_value(arg, repr)

    def do_pp(self, arg):
        """pp expression

        Like p, but the value is laid out by pprint.pformat().
        """
        self._show_value(arg, pprint.pformat)

    def _listing_window(self, arg):
        # (first, last) lines asked for by 'list' (last may be None), or
        # None after reporting a bad argument.
        if arg == '.' or (not arg and self.lineno is None):
            return max(1, self.curframe.f_lineno - 5), None
        if not arg:
            return self.lineno + 1, None
        pieces = [piece.strip() for piece in arg.split(',')]
        try:
            numbers = [int(piece) for piece in pieces]
            if len(numbers) == 1:
                return max(1, numbers[0] - 5), None
            start, stop = numbers
        except ValueError:
            self.error('Error in argument: %r' % arg)
            return None
        # A second number smaller than the first counts lines.
        return start, (start + stop if stop < start else stop)

    def _listed_file(self):
        # Frozen modules list the file they were frozen from.
        name = self.curframe.f_code.co_filename
        if name.startswith("<frozen"):
            real = self.curframe.f_globals.get("__file__")
            if isinstance(real, str):
                return real
        return name

    def do_list(self, arg):
        """l(ist) [first[, last] | .]

        List source code of the current file: without argument, 11 lines
        around the current line or the continuation of the last listing;
        with '.', around the current line; with one number, around that
        line; with two, that range (a second number smaller than the first
        is a count).  The current line is marked '->', the line where an
        exception was raised '>>', breakpoints 'B'.
        """
        self.lastcmd = 'list'
        window = self._listing_window(arg)
        if window is None:
            return
        first, final = window
        if final is None:
            final = first + 10
        path = self._listed_file()
        marks = self.get_file_breaks(path)
        try:
            source = linecache.getlines(path, self.curframe.f_globals)
            self._emit_listing(source[first - 1:final], first, marks, self.curframe)
            self.lineno = min(final, len(source))
            if final > len(source):
                self.message('[EOF]')
        except KeyboardInterrupt:
            return

    def do_longlist(self, arg):
        """ll | longlist

        List the whole source code of the current function or frame.
        """
        frame = self.curframe
        marks = self.get_file_breaks(frame.f_code.co_filename)
        self._list_object(frame, marks, frame, (OSError,))

    def do_source(self, arg):
        """source expression

        Show the source code of an object (function, class, module...).
        """
        try:
            target = self._evaluate(arg)
        except:
            return
        self._list_object(target, (), None, (OSError, TypeError))

    def _list_object(self, target, marks, frame, failures):
        # Print the source of target (a frame, function, class, module...).
        try:
            block, start = inspect.getsourcelines(target)
        except failures as problem:
            self.error(problem)
            return
        # inspect numbers a module's first line 0; listings start at 1.
        self._emit_listing(block, max(1, start), marks, frame)

    def _emit_listing(self, lines, start, breaks=(), frame=None):
        """Print numbered source lines with the B, -> and >> markers."""
        arrows = {}
        if frame:
            arrows[self._raise_lines.get(frame, -1)] = '>>'
            arrows[frame.f_lineno] = '->'
        for number, text in enumerate(lines, start):
            mark = ('B' if number in breaks else ' ') + arrows.get(number, '')
            self.message('%-4s%s\t%s' % ('%3d' % number, mark, text.rstrip()))

    def _code_kind(self, value):
        # ('Method'|'Function', name) when value carries code, else None.
        for kind, path in (('Method', ('__func__', '__code__')), ('Function', ('__code__',))):
            found = value
            try:
                for attribute in path:
                    found = getattr(found, attribute)
            except Exception:
                continue
            if found:
                return kind, found.co_name
        return None

    def do_whatis(self, arg):
        """whatis expression

        Print the type of the expression's value.
        """
        try:
            value = self._evaluate(arg)
        except:
            return
        described = self._code_kind(value)
        if described:
            self.message('%s %s' % described)
        elif type(value) is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
        else:
            self.message(type(value))

    def do_display(self, arg):
        """display [expression]

        Show the value of the expression whenever it changed when the
        program stops in the current frame.  Without argument, list the
        display expressions of the current frame.
        """
        if arg:
            problem = self._syntax_problem(arg)
            if problem:
                self.error('Unable to display %s: %r' % (arg, problem))
                return
            value = self._value_or_note(arg)
            self.displaying.setdefault(self.curframe, {})[arg] = value
            self.message('display %s: %s' % (arg, self._repr_or_note(value, arg)))
        elif self.displaying:
            self.message('Currently displaying:')
            for expr, value in self.displaying.get(self.curframe, {}).items():
                self.message('%s: %s' % (expr, self._repr_or_note(value, expr)))
        else:
            self.message('No expression is being displayed')

    def do_undisplay(self, arg):
        """undisplay [expression]

        Stop displaying the expression in the current frame; without
        argument, clear all display expressions of the current frame.
        """
        shown = self.displaying.get(self.curframe, {})
        if not arg:
            self.displaying.pop(self.curframe, None)
        elif arg in shown:
            del shown[arg]
        else:
            self.error('not displaying %s' % arg)

    def do_interact(self, arg):
        """interact

        Start an interactive interpreter whose namespace holds the current
        frame's globals and locals.  End it with Ctrl-D (EOF).
        """
        namespace = {**self.curframe.f_globals, **self.curframe_locals}
        _Console(self, namespace).run()

    def do_alias(self, arg):
        """alias [name [command]]

        Make name an abbreviation for command; %1, %2, ... in command stand
        for the arguments given to name, and %* for all of them.  Without
        command, show the alias of name; without arguments, all aliases.
        """
        name, _, expansion = arg.strip().partition(' ')
        expansion = ' '.join(expansion.split())
        if expansion:
            self.aliases[name] = expansion
            return
        shown = sorted(self.aliases) if not name else [name]
        for key in shown:
            if key not in self.aliases:
                self.error("Unknown alias '%s'" % key)
            else:
                self.message("%s = %s" % (key, self.aliases[key]))

    def do_unalias(self, arg):
        """unalias name

        Delete the alias name.
        """
        words = arg.split()
        if words:
            self.aliases.pop(words[0], None)

    # -- help ------------------------------------------------------------------

    def do_help(self, arg):
        """h(elp)

        List the commands, or with a command's name, explain that command.
        "help exec" explains the ! statement and "help pdb" prints the
        documentation of the whole module.
        """
        special = getattr(self, 'help_' + arg, None) if arg else None
        if special is not None:
            return special()
        if not arg:
            # The command list of cmd.Cmd.
            return super().do_help(arg)
        problem = self._help_problem(getattr(self, 'do_' + arg, None))
        if problem is None:
            self.message(self._usage_text(getattr(self, 'do_' + arg).__doc__))
        else:
            self.error(problem % (arg,))

    @staticmethod
    def _help_problem(command):
        # Why a command has no help text (a %-format for its name), or None.
        if command is None:
            return 'No help for %r'
        if sys.flags.optimize >= 2:
            return ('No help for %r; please do not run Python with -OO '
                    'if you need command help')
        if command.__doc__ is None:
            return 'No help for %r; __doc__ string missing'
        return None

    def help_exec(self):
        """(!) statement

        Run a single-line Python statement in the current frame.  The '!'
        may be left out unless the statement starts like a
        debugger command.  To set a global variable, start the line with a
        global statement: !global x; x = 1
        """
        self.message((Pdb.help_exec.__doc__ or '').strip())

    def help_pdb(self):
        help()

    def _usage_text(self, doc):
        """'Usage: ' + the usage lines, then the description, indented."""
        lines = [line.strip() for line in doc.rstrip().splitlines()]
        if not lines:
            return "No help message found."
        usage_end = lines.index("") if "" in lines else 1
        margin = " " * len(self.prompt)
        leads = ["Usage: "] + ["       "] * (usage_end - 1)
        return "\n".join(margin + (leads[i] if i < usage_end else "") + line
                         for i, line in enumerate(lines))

    # -- printing the stack --------------------------------------------------------

    def print_stack_trace(self):
        for entry in self.stack:
            try:
                self.print_stack_entry(entry)
            except KeyboardInterrupt:
                return

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        here = frame_lineno[0] is self.curframe
        text = self.format_stack_entry(frame_lineno, prompt_prefix)
        self.message(('> ' if here else '  ') + text)

    # -- files ---------------------------------------------------------------------

    def _search_path(self, name):
        # name joined to the first sys.path entry holding it (links resolved).
        for entry in sys.path:
            while os.path.islink(entry):
                entry = os.readlink(entry)
            candidate = os.path.join(entry, name)
            if os.path.exists(candidate):
                return candidate
        return None

    def lookupmodule(self, filename):
        """Path of a file named in a command: absolute, the main script, or
        found along sys.path ('.py' is added when there is no extension)."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        beside_main = os.path.join(sys.path[0], filename)
        if os.path.exists(beside_main) and self.canonic(beside_main) == self.mainpyfile:
            return beside_main
        stem, extension = os.path.splitext(filename)
        wanted = filename if extension else filename + '.py'
        if os.path.isabs(wanted):
            return wanted
        found = self._search_path(wanted)
        if found:
            return found
        # Modules embedded in the interpreter or found by other finders are
        # not on sys.path: fall back to an imported module's file.
        module_file = getattr(sys.modules.get(os.path.splitext(wanted)[0]), '__file__', None)
        if isinstance(module_file, str) and os.path.exists(module_file):
            return module_file
        return None

    def _run(self, target):
        """Run a _ScriptTarget/_ModuleTarget as __main__ under the debugger."""
        import __main__
        main_names = vars(__main__)
        main_names.clear()
        main_names.update(target.namespace)
        self._quit_asked = False
        self.mainpyfile = self.canonic(target.filename)
        # Do not stop before the script's own first line.
        self._awaiting_script = True
        self.run(target.code)


class _Console:
    """A small read-eval-print loop for the 'interact' command (what
    code.interact would give: input() for lines, errors on stderr)."""

    def __init__(self, debugger, namespace):
        self.debugger = debugger
        self.namespace = namespace

    def _read(self, prompt):
        # Like code.interact: the process's stdin, whatever pdb reads from.
        return input(prompt)

    def _compile(self, source):
        """A code object, or None when the source needs more lines: a block
        ends with an empty line, brackets must be closed."""
        last = source.split('\n')[-1]
        if '\n' in source and last.strip():
            return None
        if last.rstrip().endswith((':', '\\')):
            return None
        try:
            return compile(source + '\n', '<console>', 'single')
        except SyntaxError as err:
            if "never closed" in str(err) and last.strip():
                return None
            raise

    def run(self):
        print('*interactive*', file=sys.stderr)
        buffer = []
        while True:
            try:
                line = self._read('... ' if buffer else '>>> ')
            except EOFError:
                sys.stderr.write('\n')
                break
            buffer.append(line)
            source = '\n'.join(buffer)
            try:
                code = self._compile(source)
            except SyntaxError:
                buffer = []
                traceback.print_exc(limit=0)
                continue
            if code is None:
                continue
            buffer = []
            try:
                exec(code, self.namespace)
            except SystemExit:
                raise
            except BaseException:
                _print_short_traceback()
        print('now exiting InteractiveConsole...', file=sys.stderr)


# Short and alternative spellings of the commands (alias -> command).
_SPELLINGS = {
    'b': 'break',
    'cl': 'clear',
    'w': 'where',
    'u': 'up',
    'd': 'down',
    'unt': 'until',
    's': 'step',
    'n': 'next',
    'restart': 'run',
    'r': 'return',
    'c': 'continue',
    'cont': 'continue',
    'j': 'jump',
    'q': 'quit',
    'a': 'args',
    'rv': 'retval',
    'l': 'list',
    'll': 'longlist',
    'h': 'help',
    'bt': 'where',
    'exit': 'quit',
}
for _short, _full in _SPELLINGS.items():
    setattr(Pdb, 'do_' + _short, getattr(Pdb, 'do_' + _full))
del _short, _full


def _print_short_traceback():
    # The traceback of the current error without the console's own frame.
    exc = sys.exc_info()[1]
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__.tb_next)
    sys.stderr.write(''.join(lines))


# -- the functions of the documented interface ---------------------------------------

def run(statement, globals=None, locals=None):
    """Run a statement (string or code) under the debugger."""
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    """Evaluate an expression under the debugger; returns its value."""
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    """Same as run()."""
    run(statement, globals, locals)


def runcall(*args, **kwds):
    """Call a function (first argument) under the debugger; returns its result."""
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Enter the debugger at the caller's frame (what breakpoint() does)."""
    debugger = Pdb()
    if header is not None:
        debugger.message(header)
    debugger.set_trace(sys._getframe().f_back)


def _handled_traceback():
    # The traceback of the exception being handled; post_mortem needs one.
    exc = sys.exception()
    tb = None if exc is None else exc.__traceback__
    if tb is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    return tb


def post_mortem(t=None):
    """Inspect the frames of a traceback (default: the exception being handled)."""
    debugger = Pdb()
    debugger.reset()
    debugger.interaction(None, t if t is not None else _handled_traceback())


def pm():
    """Post-mortem of the last uncaught exception (sys.last_exc)."""
    last = getattr(sys, 'last_exc', None)
    post_mortem(last.__traceback__ if last is not None else sys.last_traceback)


# Kept from the old interface: test() debugs `x.main()` of a module x.
TESTCMD = 'import x; x.main()'


def test():
    """Run TESTCMD under the debugger."""
    Pdb().run(TESTCMD)


def help():
    """Print the module's documentation."""
    print(__doc__.strip())
    print()
    debugger = Pdb(stdout=sys.stdout, readrc=False)
    debugger.do_help('')


# -- python -m pdb -----------------------------------------------------------------

class _ScriptTarget(str):
    """A script to debug; the str is its real path."""

    def __new__(cls, given):
        path = super().__new__(cls, os.path.realpath(given))
        path.given = given
        return path

    def check(self):
        """Exit with a message unless the script is a file; put its folder
        first on sys.path, as if it were run directly."""
        if not os.path.exists(self):
            problem = 'does not exist'
        elif os.path.isdir(self):
            problem = 'is a directory'
        else:
            sys.path[0] = os.path.dirname(self)
            return
        print('Error:', self.given, problem)
        sys.exit(1)

    filename = property(lambda self: self)

    @property
    def namespace(self):
        return {'__name__': '__main__', '__file__': self,
                '__builtins__': __builtins__}

    @property
    def code(self):
        # Compiled inside the exec'd string so the first stop is in the script.
        # Bytes, so that compile() honours the script's coding cookie.
        with io.open_code(self) as fp:
            source = fp.read()
        return "exec(compile(%r, %r, 'exec'))" % (source, str(self))


class _ModuleTarget(str):
    """A module run with `python -m pdb -m name`."""

    def _find(self):
        """(spec, code) of the module to run, as `python -m` finds it; raises
        ImportError with runpy's messages."""
        import importlib.util
        name = str(self)
        spec = importlib.util.find_spec(name)
        if spec is None:
            raise ImportError("No module named %s" % name)
        if spec.submodule_search_locations is not None:
            if name == '__main__' or name.endswith('.__main__'):
                raise ImportError("Cannot use package as __main__ module")
            main_name = name + '.__main__'
            try:
                spec = importlib.util.find_spec(main_name)
            except ImportError:
                spec = None
            if spec is None:
                raise ImportError("No module named %s; %r is a package and "
                                  "cannot be directly executed" % (main_name, name))
        if spec.loader is None:
            raise ImportError("%r is a namespace package and cannot be executed" % name)
        code = spec.loader.get_code(spec.name)
        if code is None:
            raise ImportError("No code object available for %s" % name)
        return spec, code

    def check(self):
        """Exit with a message unless the module can be found and loaded."""
        try:
            self._spec, self._code = self._find()
        except Exception as err:
            if isinstance(err, ImportError):
                print("ImportError: %s" % err)
            else:
                traceback.print_exc()
            sys.exit(1)

    filename = property(lambda self: self._code.co_filename)
    code = property(lambda self: self._code)

    @property
    def namespace(self):
        spec = self._spec
        return {'__name__': '__main__',
                '__file__': os.path.normcase(os.path.abspath(self.filename)),
                '__package__': spec.parent, '__loader__': spec.loader,
                '__spec__': spec, '__builtins__': __builtins__}


_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug the Python program given by pyfile. Alternatively,
an executable module or package to debug can be specified using
the -m switch.

Initial commands are read from .pdbrc files in your home directory
and in the current directory, if they exist.  Commands supplied with
-c are executed after commands from .pdbrc files.

To let the script run until an exception occurs, use "-c continue".
To let the script run up to a given line X in the debugged file, use
"-c 'until X'"."""


class GetoptError(Exception):
    """Bad command line options (named as getopt's error, which CPython's
    pdb lets through)."""
    __module__ = 'getopt'

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg = msg
        self.opt = opt

    def __str__(self):
        return self.msg


def _parse_args(argv):
    """(options, arguments) like getopt 'mhc:' with --help/--command; the
    options end at the first argument, or after -m."""
    opts = []
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == '--':
            i += 1
            break
        if word in ('-h', '--help'):
            opts.append(('-h', ''))
        elif word == '-m':
            opts.append(('-m', ''))
        elif word in ('-c', '--command'):
            if i + 1 >= len(argv):
                raise GetoptError('option %s requires argument' % word, word[1:])
            opts.append(('-c', argv[i + 1]))
            i += 1
        elif word.startswith('--command='):
            opts.append(('-c', word[len('--command='):]))
        elif word.startswith('-c') and len(word) > 2:
            opts.append(('-c', word[2:]))
        elif word.startswith('--'):
            raise GetoptError('option %s not recognized' % word, word[2:])
        elif word.startswith('-') and len(word) > 1:
            raise GetoptError('option -%s not recognized' % word[1], word[1])
        else:
            break
        i += 1
    return opts, argv[i:]


def _run_once(debugger, target):
    """One run of the program under `python -m pdb`; true when the user
    quit, false when it is to be run again."""
    try:
        debugger._run(target)
    except Restart:
        print("Restarting %s with arguments:" % target)
        print("\t%s" % " ".join(sys.argv[1:]))
        return False
    except SystemExit as exc:
        print("The program exited via sys.exit(). Exit status:", exc)
        return False
    except BaseException as exc:
        traceback.print_exc()
        if isinstance(exc, SyntaxError):
            sys.exit(1)
        print("Uncaught exception. Entering post mortem debugging\n"
              "Running 'cont' or 'step' will restart the program")
        debugger.interaction(None, exc.__traceback__)
        print("Post mortem debugger finished. The %s will be restarted" % target)
        return False
    if debugger._quit_asked:
        return True
    print("The program finished and will be restarted")
    return False


def main():
    opts, args = _parse_args(sys.argv[1:])
    given = {opt for opt, _ in opts}
    if not args or '-h' in given:
        print(_usage)
        sys.exit(None if args else 2)
    target = (_ModuleTarget if '-m' in given else _ScriptTarget)(args[0])
    target.check()
    sys.argv[:] = args
    debugger = Pdb()
    debugger.rcLines.extend(value for opt, value in opts if opt == '-c')
    while not _run_once(debugger, target):
        pass


if __name__ == '__main__':
    # Work with the module imported as 'pdb', not this __main__ copy.
    import pdb
    pdb.main()
