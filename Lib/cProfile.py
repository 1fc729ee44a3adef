"""Profile Python programs: the cProfile interface (Profile, run, runctx,
`python -m cProfile`).

CPython implements this module over its C profiler, _lsprof.  Ferrython has
none: this Profile is the engine of the profile module (pure Python, over
sys.setprofile()), naming its entries as the C profiler does -- built-ins as
('~', 0, '<built-in method builtins.len>') or
('~', 0, "<method 'append' of 'list' objects>") -- and recording, for each
caller, a tuple (calls, primitive calls, own time, cumulative time) of that
caller's calls alone.  It adds enable()/disable() and the context manager
protocol; getstats() and the profiler's own internals are not provided.
"""

import sys
import types

import profile as _pyprofile

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__'s namespace, then print the
    statistics sorted by `sort`, or save them to `filename`."""
    return _pyprofile._run_and_report(Profile(), lambda prof: prof.run(statement),
                                      filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Like run(), with the namespaces given."""
    return _pyprofile._run_and_report(
        Profile(), lambda prof: prof.runctx(statement, globals, locals), filename, sort)


class Profile(_pyprofile.Profile):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Collects statistics while enabled: between enable() and disable(), in
    a `with` block, or during run(), runctx() and runcall().  `builtins`
    says whether calls of built-in functions are recorded; `timeunit` is
    accepted for compatibility (the timer is read in seconds).
    """

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        super().__init__(timer)
        self.timeunit = timeunit
        self.subcalls = subcalls
        self.builtins = builtins
        # (caller, callee) pairs in progress, to tell recursive ones.
        self._open_pairs = {}
        self._pair_stack = []

    # ---- naming ----

    def _code_key(self, code):
        if code is Profile.disable.__code__:
            return None     # the call that switches profiling off
        return code.co_filename, code.co_firstlineno, code.co_name

    def _builtin_key(self, func):
        return "~", 0, _builtin_label(func)

    def _pseudo_calls(self, label):
        return []

    def _wants_builtin(self, func):
        # Leave out the call that switches profiling off.
        return self.builtins and func is not sys.setprofile

    # ---- per-caller tuples ----

    def _enter(self, key, frame, counted=True):
        pair = (self.cur.key, key) if self.cur is not None else None
        fresh = not self._open_pairs.get(pair)
        self._open_pairs[pair] = self._open_pairs.get(pair, 0) + 1
        self._pair_stack.append((pair, fresh))
        super()._enter(key, frame, counted)

    def _count_caller(self, callers, done, total):
        pair, fresh = self._pair_stack[-1]
        if not self.subcalls:
            return
        nc, cc, tt, ct = callers.get(done.caller.key, (0, 0, 0.0, 0.0))
        callers[done.caller.key] = (nc + 1, cc + fresh, tt + done.own,
                                    ct + (total if fresh else 0.0))

    def _leave(self):
        super()._leave()
        pair, _ = self._pair_stack.pop()
        self._open_pairs[pair] -= 1

    # ---- switching on and off ----

    def enable(self, subcalls=None, builtins=None):
        """Start collecting statistics; `subcalls` and `builtins`, when
        given, replace the constructor's choices."""
        if subcalls is not None:
            self.subcalls = subcalls
        if builtins is not None:
            self.builtins = builtins
        self._last = self._now()
        sys.setprofile(self.dispatcher)

    def disable(self):
        """Stop collecting statistics."""
        sys.setprofile(None)

    def create_stats(self):
        self.disable()
        super().create_stats()

    def _start(self):
        self.enable()

    def __enter__(self):
        # `with Profile() as p:` profiles the block.
        self.enable()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.disable()


def _builtin_label(func):
    """The C profiler's name for a built-in function or method."""
    owner = getattr(func, "__self__", None)
    name = getattr(func, "__name__", repr(func))
    if owner is None or isinstance(owner, types.ModuleType):
        module = getattr(func, "__module__", None)
        if module is None and owner is not None:
            module = owner.__name__
        if module:
            return "<built-in method %s.%s>" % (module, name)
        return "<built-in method %s>" % name
    return "<method '%s' of '%s' objects>" % (name, type(owner).__name__)


def main():
    """`python -m cProfile`: profile a script or a module, print or save the
    statistics."""
    return _pyprofile._command_line("cProfile.py", runctx)


if __name__ == "__main__":
    main()
