"""Building blocks for an interactive Python prompt (a read-eval-print loop).

InteractiveInterpreter compiles and runs source in a namespace of its own,
reporting syntax errors and exceptions the way the interpreter's own prompt
does.  InteractiveConsole adds the prompt: it collects lines, with the ps1 and
ps2 prompts, until they form a complete statement (codeop decides), then runs
it.  interact() starts such a console; `python -m code` runs one.
"""

import codeop
import sys
import traceback

__all__ = [
    "InteractiveInterpreter",
    "InteractiveConsole",
    "interact",
    "compile_command",
]

compile_command = codeop.compile_command

_COPYRIGHT_HINT = ('Type "help", "copyright", "credits" or "license" '
                   'for more information.')


def _renamed(err, filename):
    """A copy of SyntaxError `err` naming `filename`, or `err` itself when its
    arguments are not (message, (file, line, offset, text))."""
    try:
        msg, (_, lineno, offset, text) = err.args
    except ValueError:
        return err
    return SyntaxError(msg, (filename, lineno, offset, text))


class InteractiveInterpreter:
    """Compiles and runs source text in its namespace, reporting errors.

    No prompt and no input handling: see InteractiveConsole for those.
    """

    def __init__(self, locals=None):
        """`locals` is the namespace the code runs in; by default a new
        dictionary naming the module "__console__" with no docstring."""
        self.compile = codeop.CommandCompiler()
        self.locals = ({"__name__": "__console__", "__doc__": None}
                       if locals is None else locals)

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile `source` and run it if it is complete.

        Returns True when the source is incomplete (the caller should read
        another line and try again with the longer text), False otherwise:
        the code ran, or it was invalid and the error has been shown.
        """
        try:
            compiled = self.compile(source, filename, symbol)
        except (SyntaxError, OverflowError, ValueError):
            self.showsyntaxerror(filename)
        else:
            if compiled is None:
                return True
            self.runcode(compiled)
        return False

    def runcode(self, code):
        """Run a code object in self.locals, showing any exception it raises.

        SystemExit is the one exception let through, so that exit() works.
        """
        try:
            exec(code, self.locals)
        except BaseException as exc:
            if isinstance(exc, SystemExit):
                raise
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled, without a traceback (it
        happened in the compiler, not in the user's code).

        With a `filename`, a SyntaxError built from the four classic details
        (file, line, offset, text) is shown as coming from that file.  The
        compiler's own errors, which also carry end positions, keep theirs,
        as in CPython 3.12.
        """
        exc_type, exc, _ = sys.exc_info()
        try:
            if filename and exc_type is SyntaxError:
                exc = _renamed(exc, filename)
            self._report(exc_type, exc, None)
        finally:
            exc = None

    def showtraceback(self):
        """Show the exception being handled with its traceback, leaving out
        the frame of runcode() itself."""
        exc_type, exc, tb = sys.exc_info()
        try:
            self._report(exc_type, exc, tb.tb_next)
        finally:
            exc = tb = None

    def _report(self, exc_type, exc, tb):
        # Like the real prompt, remember the error for pdb.pm() and friends.
        exc = exc.with_traceback(tb)
        sys.last_type = exc_type
        sys.last_traceback = tb
        sys.last_exc = sys.last_value = exc
        if sys.excepthook is sys.__excepthook__:
            self.write("".join(traceback.format_exception(exc_type, exc, tb)))
            return
        # A hook installed by the user has the last word; if it fails, both
        # its own error and the original one are shown.
        try:
            sys.excepthook(exc_type, exc, tb)
        except SystemExit:
            raise
        except BaseException as hook_error:
            hook_error.__context__ = None
            hook_tb = hook_error.__traceback__.tb_next
            print("Error in sys.excepthook:", file=sys.stderr)
            sys.__excepthook__(type(hook_error), hook_error.with_traceback(hook_tb), hook_tb)
            print(file=sys.stderr)
            print("Original exception was:", file=sys.stderr)
            sys.__excepthook__(exc_type, exc, tb)

    def write(self, data):
        """Output a string; this version writes it to sys.stderr.  Override
        it to send errors elsewhere."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter with a prompt: it reads lines and collects
    them in a buffer until they form a statement it can run."""

    def __init__(self, locals=None, filename="<console>"):
        """`filename` names the input in tracebacks and syntax errors."""
        super().__init__(locals)
        self.resetbuffer()
        self.filename = filename

    def resetbuffer(self):
        """Forget the lines collected so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Read and run statements until end of input, like the interpreter's
        prompt.

        `banner` is written first: by default the interpreter's version, the
        platform and a hint about help(); nothing when it is empty.  On exit,
        `exitmsg` is written, by default "now exiting <class name>...",
        nothing when it is empty.  Ctrl-C discards the statement being typed.
        """
        # The prompts live in sys, where the user may change them.
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "

        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform, _COPYRIGHT_HINT, type(self).__name__))
        elif banner:
            self.write("%s\n" % banner)

        # push() lets no exception of the user's code out (but SystemExit):
        # EOFError and KeyboardInterrupt here come from reading the line.
        more = False
        while True:
            try:
                more = self.push(self.raw_input(sys.ps2 if more else sys.ps1))
            except EOFError:
                self.write("\n")
                break
            except KeyboardInterrupt:
                self.resetbuffer()
                more = False
                self.write("\nKeyboardInterrupt\n")

        if exitmsg is None:
            self.write("now exiting %s...\n" % type(self).__name__)
        elif exitmsg != "":
            self.write("%s\n" % exitmsg)

    def push(self, line):
        """Add a line (without its newline) to the statement being typed and
        try to run it.

        Returns True while the statement is incomplete and needs more lines;
        False once it has run or been rejected, the buffer then being empty.
        """
        self.buffer.append(line)
        waiting = self.runsource("\n".join(self.buffer), self.filename)
        if not waiting:
            self.resetbuffer()
        return waiting

    def raw_input(self, prompt=""):
        """Show `prompt` and read a line, raising EOFError at end of input.

        This version uses the built-in input(); override it (or give
        interact() a readfunc) to read from elsewhere.
        """
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole in namespace `local` until end of input.

    `readfunc`, when given, replaces the console's raw_input(); otherwise the
    readline module is loaded, if there is one, for line editing.  `banner`
    and `exitmsg` are passed to InteractiveConsole.interact().
    """
    console = InteractiveConsole(local)
    if readfunc is None:
        _enable_line_editing()
    else:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


def _enable_line_editing():
    """Importing readline, where there is one, gives input() line editing
    and a history."""
    try:
        import readline  # noqa: F401
    except ImportError:
        return


def _main(argv=None):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("-q", action="store_true",
                        help="don't print version and copyright messages")
    args = parser.parse_args(argv)
    interact("" if args.q or sys.flags.quiet else None)


if __name__ == "__main__":
    _main()
