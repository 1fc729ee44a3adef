"""Time small pieces of Python code (the `timeit` module).

`Timer` builds a function around the statement to time and runs it in a
loop, with the garbage collector switched off; `timeit()` and `repeat()`
are shortcuts; `main()` is the `python -m timeit` command line, whose help
text is the `_HELP` string below (printed by `-h`, followed by a space, as
CPython does).
"""

import itertools
import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5
# The file name that compiled snippets report in tracebacks.
dummy_src_name = "<timeit-src>"

# Kept as a module name so that `globals` stays reachable under that name.
_globals = globals


def reindent(src, indent):
    """Indent every line of `src` after the first by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _check_piece(piece, what):
    """Reject a stmt/setup that is neither source text nor a callable."""
    if not isinstance(piece, str) and not callable(piece):
        raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Times the execution of a statement, after an untimed setup.

    `stmt` and `setup` are source strings (possibly several lines) or
    zero-argument callables.  `timer` is the clock; `globals` is the
    namespace the code runs in (a fresh one by default).
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = {}
        defaults = ""  # extra parameters handing callables to `inner`

        # CPython looks at the setup first, so its errors win.
        _check_piece(setup, "setup")
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            setup_code = reindent(setup, 4)
        else:
            namespace["_setup"] = setup
            defaults += ", _setup=_setup"
            setup_code = "_setup()"

        _check_piece(stmt, "stmt")
        if isinstance(stmt, str):
            # Compile the statement outside a function first: code such as
            # `return` or `yield` would otherwise be accepted in `inner`.
            if isinstance(setup, str):
                compile(setup + "\n" + stmt, dummy_src_name, "exec")
            else:
                compile(stmt, dummy_src_name, "exec")
            stmt_code = reindent(stmt, 8)
        else:
            namespace["_stmt"] = stmt
            defaults += ", _stmt=_stmt"
            stmt_code = "_stmt()"

        # The setup sits on line 3 and the statement two lines below it.
        self.src = "\n".join([
            "",
            "def inner(_it, _timer%s):" % defaults,
            "    " + setup_code,
            "    _t0 = _timer()",
            "    for _i in _it:",
            "        " + stmt_code,
            "        pass",
            "    _t1 = _timer()",
            "    return _t1 - _t0",
            "",
        ])
        code = compile(self.src, dummy_src_name, "exec")
        run_in = _globals() if globals is None else globals
        exec(code, run_in, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the
        lines of the timed source (which has no file) as well."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (
                len(self.src), None, lines, dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run the statement `number` times and return the seconds taken
        (the setup runs once, untimed)."""
        loop = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loop, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) `repeat` times and return the list of times.

        The minimum is usually the figure to look at: the others are slowed
        down by whatever else the machine was doing."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) that takes at least
        0.2 seconds; return (count, seconds).  `callback(count, seconds)` is
        called after each trial."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Build a Timer and return its timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Build a Timer and return its repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


# ---------------------------------------------------------------------------
# The command line

_OPTION_HELP = [
    ("-n/--number N", "how many times to execute 'statement' (default: see below)"),
    ("-r/--repeat N", "how many times to repeat the timer (default 5)"),
    ("-s/--setup S", "statement to be executed once initially (default 'pass')."),
    ("", "Execution time of this setup statement is NOT timed."),
    ("-p/--process", "use time.process_time() (default is time.perf_counter())"),
    ("-v/--verbose", "print raw timing results; repeat for more digits precision"),
    ("-u/--unit", "set the output time unit (nsec, usec, msec, or sec)"),
    ("-h/--help", "print this usage message and exit"),
    ("--", "separate options from statement, use when statement starts with -"),
    ("statement", "statement to be timed (default 'pass')"),
]


def _option_lines():
    lines = []
    for flag, text in _OPTION_HELP:
        if flag:
            lines.append("  %s: %s" % (flag, text))
        else:
            # A continuation, aligned under the text of the option above.
            lines.append(" " * 16 + text)
    return "\n".join(lines)


_HELP = (
    "Tool for measuring execution time of small code snippets.\n\n"
    "This module avoids a number of common traps for measuring execution\n"
    "times.  See also Tim Peters' introduction to the Algorithms chapter in\n"
    "the Python Cookbook, published by O'Reilly.\n\n"
    "Library usage: see the Timer class.\n\n"
    "Command line usage:\n"
    "    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]\n\n"
    "Options:\n" + _option_lines() + "\n\n"
    "A multi-line statement may be given by specifying each line as a\n"
    "separate argument; indented lines are possible by enclosing an\n"
    "argument in quotes and using leading spaces.  Multiple -s options are\n"
    "treated similarly.\n\n"
    "If -n is not given, a suitable number of loops is calculated by trying\n"
    "increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the\n"
    "total time is at least 0.2 seconds.\n\n"
    "Note: there is a certain baseline overhead associated with executing a\n"
    "pass statement.  It differs between versions.  The code here doesn't try\n"
    "to hide it, but you should be aware of it.  The baseline overhead can be\n"
    "measured by invoking the program without arguments.\n\n"
    "Classes:\n\n    Timer\n\n"
    "Functions:\n\n"
    "    timeit(string, string) -> float\n"
    "    repeat(string, string) -> list\n"
    "    default_timer() -> float\n\n"
)

# Seconds per unit, largest first: a time is shown in the largest unit it
# reaches (or in nsec when below all of them).
_UNITS = {"sec": 1.0, "msec": 1e-3, "usec": 1e-6, "nsec": 1e-9}


def _show_time(seconds, unit, digits):
    if unit is None:
        unit = "nsec"
        for name, size in _UNITS.items():
            if seconds >= size:
                unit = name
                break
    return "%.*g %s" % (digits, seconds / _UNITS[unit], unit)


def _plural(count):
    return "" if count == 1 else "s"


def main(args=None, *, _wrap_timer=None):
    """The command line: `args` defaults to sys.argv[1:].  Returns an exit
    status (2 for usage errors, 1 when the statement raised, 0 for -h) or
    None after printing the timing.  `_wrap_timer` lets tests substitute the
    clock."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(
            args, "n:u:s:r:pvh",
            ["number=", "setup=", "repeat=", "process", "verbose", "unit=",
             "help"])
    except getopt.GetoptError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    number = 0  # 0: pick one with autorange()
    setup_lines = []
    repeat = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setup_lines.append(value)
        elif opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
            unit = value
        elif opt in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            # The first -v shows raw times; each further one adds a digit.
            if verbose:
                digits += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            print(_HELP, end=" ")
            return 0
    stmt = "\n".join(args) or "pass"
    setup = "\n".join(setup_lines) or "pass"

    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    # Run from the current directory, so that the snippets can import the
    # modules found there (sys.path[0] is this module's directory).
    sys.path.insert(0, os.curdir)

    t = Timer(stmt, setup, timer)
    report = None
    if verbose:
        def report(count, taken):
            print("%d loop%s -> %.*g secs"
                  % (count, _plural(count), digits, taken))
    try:
        if number == 0:
            number, _ = t.autorange(report)
            if verbose:
                print()
        raw = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    if verbose:
        print("raw times: %s"
              % ", ".join(_show_time(dt, unit, digits) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best = min(per_loop)
    worst = max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, _plural(number), repeat, _show_time(best, unit, digits)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (_show_time(worst, unit, digits), _show_time(best, unit, digits)),
            UserWarning, "", 0)
    return None


# As in CPython, the module's docstring is the command-line help.
__doc__ = _HELP

if __name__ == "__main__":
    sys.exit(main())
