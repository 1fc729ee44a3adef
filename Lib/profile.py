"""A deterministic profiler written in Python, over sys.setprofile().

Profile records, for every function called while it runs, how often it was
called (and how often not recursively), the time spent in it and the time
including what it called, and who called it.  pstats prints the result.
Built-in functions appear as ('', 0, name).  Times come from a timer
(time.process_time by default) read at every event, less `bias` seconds per
event to discount the profiler's own work (see calibrate()).

The engine here also serves cProfile, which names entries the way CPython's
C profiler does.
"""

import importlib.machinery
import io
import marshal
import os
import sys
import time

__all__ = ["run", "runctx", "Profile"]

# The outermost pseudo-function, the caller of what a run starts.
_PROFILER = ("profile", 0, "profiler")

# The `frame` of a built-in function's _Frame (pseudo-calls have None).
_BUILTIN = "built-in"


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__'s namespace, then print the
    statistics sorted by `sort`, or save them to `filename`."""
    return _run_and_report(Profile(), lambda prof: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Like run(), with the namespaces given."""
    return _run_and_report(Profile(), lambda prof: prof.runctx(statement, globals, locals),
                           filename, sort)


def _run_and_report(prof, body, filename, sort):
    try:
        body(prof)
    except SystemExit:
        pass    # a script's exit still gets its report
    finally:
        if filename is None:
            prof.print_stats(sort)
        else:
            prof.dump_stats(filename)


class _Frame:
    """A function call in progress."""
    __slots__ = ("key", "frame", "own", "inner", "caller")

    def __init__(self, key, frame, caller):
        self.key = key
        self.frame = frame      # the Python frame, _BUILTIN, or None for pseudo-calls
        self.caller = caller    # the _Frame below it, or None
        self.own = 0.0          # time spent in the function itself
        self.inner = 0.0        # time spent in the functions it called


class Profile:
    """Profiles code run through run(), runctx() or runcall()."""

    bias = 0     # seconds per profiler event to take off; see calibrate()

    def __init__(self, timer=None, bias=None):
        self.timer = timer or time.process_time
        if bias is not None:
            self.bias = bias
        self.stats = {}
        self.cur = None
        self._table = {}      # key -> [primitive calls, calls, own, cumulative, callers]
        self._active = {}     # key -> how many calls of it are in progress
        self._last = None

    # ---- naming (cProfile overrides these) ----

    def _code_key(self, code):
        return code.co_filename, code.co_firstlineno, code.co_name

    def _builtin_key(self, func):
        return "", 0, getattr(func, "__name__", repr(func))

    def _pseudo_calls(self, label):
        """The calls a run starts inside: profiler, then the run's label."""
        return [_PROFILER, ("profile", 0, label)]

    # ---- recording ----

    def _now(self):
        value = self.timer()
        return sum(value) if isinstance(value, (tuple, list)) else value

    def _entry(self, key):
        entry = self._table.get(key)
        if entry is None:
            entry = self._table[key] = [0, 0, 0.0, 0.0, {}]
        return entry

    def _enter(self, key, frame, counted=True):
        entry = self._entry(key)
        if counted:
            entry[1] += 1
            if not self._active.get(key):
                entry[0] += 1
        self._active[key] = self._active.get(key, 0) + 1
        self.cur = _Frame(key, frame, self.cur)

    def _leave(self):
        done = self.cur
        self.cur = done.caller
        self._active[done.key] -= 1
        entry = self._entry(done.key)
        total = done.own + done.inner
        entry[2] += done.own
        if not self._active[done.key]:
            entry[3] += total
        if done.caller is not None:
            done.caller.inner += total
            self._count_caller(entry[4], done, total)

    def _count_caller(self, callers, done, total):
        key = done.caller.key
        callers[key] = callers.get(key, 0) + 1

    def dispatcher(self, frame, event, arg):
        """The function given to sys.setprofile()."""
        now = self._now()
        if self.cur is not None and self._last is not None:
            self.cur.own += now - self._last - self.bias
        if event == "call":
            key = self._code_key(frame.f_code)
            if key is not None:
                self._enter(key, frame)
        elif event == "return":
            # Unwind to the frame returning (built-ins left open by an
            # exception end with it).
            while self.cur is not None and self.cur.frame is _BUILTIN:
                self._leave()
            if self.cur is not None and self.cur.frame is frame:
                self._leave()
        elif event == "c_call":
            if self._wants_builtin(arg):
                self._enter(self._builtin_key(arg), _BUILTIN)
        elif event in ("c_return", "c_exception"):
            if self.cur is not None and self.cur.frame is _BUILTIN \
                    and self._wants_builtin(arg):
                self._leave()
        self._last = self._now()

    def _wants_builtin(self, func):
        return True

    # ---- running ----

    def set_cmd(self, cmd):
        """Open the pseudo-calls that the functions of a run hang from."""
        if self.cur is not None:
            return
        for key in self._pseudo_calls(cmd):
            # The profiler itself shows with no calls.
            self._enter(key, None, counted=key != _PROFILER)

    def run(self, cmd):
        """Profile exec(cmd) in __main__'s namespace."""
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def _start(self):
        self._last = self._now()
        sys.setprofile(self.dispatcher)

    # runctx and runcall switch profiling off with a direct call, so that
    # nothing but that call is recorded after the profiled code.

    def runctx(self, cmd, globals, locals):
        """Profile exec(cmd, globals, locals); returns self."""
        self.set_cmd(cmd)
        self._start()
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)  # profiling off
        return self

    def runcall(self, func, /, *args, **kw):
        """Profile func(*args, **kw) and return its result."""
        self.set_cmd(repr(func))
        self._start()
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)  # profiling off

    def simulate_cmd_complete(self):
        """End the calls still in progress, as if they had returned now."""
        while self.cur is not None:
            self._leave()

    def create_stats(self):
        """Fill self.stats, in the form pstats reads, from the run(s)."""
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {key: (cc, nc, tt, ct, dict(callers))
                      for key, (cc, nc, tt, ct, callers) in self._table.items()}

    def print_stats(self, sort=-1):
        """Print the statistics, directories stripped, sorted by `sort`."""
        import pstats
        keys = sort if isinstance(sort, tuple) else (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*keys).print_stats()

    def dump_stats(self, file):
        """Save the statistics to `file`, for pstats.Stats(file)."""
        self.create_stats()
        with open(file, "wb") as f:
            marshal.dump(self.stats, f)

    # ---- calibration ----

    def calibrate(self, m, verbose=0):
        """Estimate this timer's cost per profiler event, in seconds: the
        value to use as `bias`.  `m` is the number of calls to time."""
        if type(self) is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved_bias, self.bias = self.bias, 0
        try:
            return self._calibrate(m, verbose)
        finally:
            self.bias = saved_bias

    def _calibrate(self, m, verbose):
        def target(n):
            for _ in range(n):
                pass

        def driver(count):
            for _ in range(count):
                target(100)

        start = self._now()
        driver(m)
        plain = self._now() - start
        if verbose:
            print("elapsed time without profiling =", plain)

        prof = Profile(self.timer)
        start = self._now()
        prof.runcall(driver, m)
        profiled = self._now() - start
        if verbose:
            print("elapsed time with profiling =", profiled)

        # Every call of target and of driver costs a call and a return event.
        events = 2 * (m + 1)
        per_event = (profiled - plain) / events
        if verbose:
            print("mean stopwatch overhead per profile event =", per_event)
        return per_event


def main():
    """`python -m profile`: profile a script or a module, print or save the
    statistics."""
    return _command_line("profile.py", runctx)


def _command_line(prog, run_function):
    """The command line shared with cProfile; `run_function` is its runctx."""
    import argparse

    parser = argparse.ArgumentParser(
        prog=prog,
        usage=prog + " [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...")
    parser.add_argument("-o", "--outfile", dest="outfile",
                        help="Save stats to <outfile>", default=None)
    parser.add_argument("-m", dest="module", action="store_true",
                        help="Profile a library module.", default=False)
    parser.add_argument("-s", "--sort", dest="sort",
                        help="Sort order when printing to stdout, based on "
                             "pstats.Stats class", default=-1)
    parser.add_argument("target", nargs="?")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    if options.target is None:
        parser.print_usage()
        return parser
    sys.argv[:] = [options.target] + options.args
    code, namespace = _program(options.target, options.module)
    if options.outfile is not None:
        options.outfile = os.path.abspath(options.outfile)
    run_function(code, namespace, None, options.outfile, options.sort)
    return parser


def _program(target, as_module):
    """The source to run for `python -m profile` and its globals."""
    if as_module:
        import runpy
        code = "run_module(modname, run_name='__main__')"
        return code, {"run_module": runpy.run_module, "modname": target}
    sys.path.insert(0, os.path.dirname(target))
    with io.open_code(target) as f:
        code = compile(f.read(), target, "exec")
    spec = importlib.machinery.ModuleSpec(name="__main__", loader=None, origin=target)
    return code, {"__spec__": spec, "__file__": spec.origin, "__name__": spec.name,
                  "__package__": None, "__cached__": None}


if __name__ == "__main__":
    main()
