"""Ctrl-C during a test run (-c/--catch): the first one lets the running test end and
then stops the run, whose results are still reported; a second one interrupts."""

from functools import wraps as _wraps
from signal import (SIGINT, SIG_DFL, SIG_IGN, default_int_handler, getsignal,
                    signal as _install)
from weakref import WeakKeyDictionary

__unittest = True

# Results of the runs in progress (weakly: a finished run's result may go away).
_results = WeakKeyDictionary()
_interrupt_handler = None


def _do_nothing(signum, frame):
    pass


class _InterruptHandler:
    """The SIGINT handler installed by installHandler()."""

    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        self.default_handler = self._fallback_for(default_handler)

    @staticmethod
    def _fallback_for(previous):
        # What to do for a Ctrl-C that must not be caught.
        if not isinstance(previous, int):
            return previous
        if previous == SIG_DFL:
            return default_int_handler
        if previous == SIG_IGN:
            return _do_nothing
        raise TypeError("expected SIGINT signal handler to be "
                        "signal.SIG_IGN, signal.SIG_DFL, or a "
                        "callable object")

    def __call__(self, signal_number, frame):
        replaced = getsignal(SIGINT) is not self
        if replaced or self.called:
            # Not ours any more, or the second Ctrl-C: interrupt as usual.
            self.default_handler(signal_number, frame)
        self.called = True
        for running in list(_results):
            running.stop()


def registerResult(result):
    """Have a Ctrl-C stop this result's run."""
    _results[result] = True


def removeResult(result):
    """Forget a result registered with registerResult; True if it was."""
    return _results.pop(result, None) is not None


def installHandler():
    """Install the Ctrl-C handler (once)."""
    global _interrupt_handler
    if _interrupt_handler is None:
        _interrupt_handler = _InterruptHandler(getsignal(SIGINT))
        _install(SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Put back the SIGINT handler that installHandler replaced; used as a decorator,
    only while the decorated function runs."""
    if method is None:
        installed = _interrupt_handler
        if installed is not None:
            _install(SIGINT, installed.original_handler)
        return None

    @_wraps(method)
    def without_handler(*args, **kwargs):
        saved = getsignal(SIGINT)
        removeHandler()
        try:
            return method(*args, **kwargs)
        finally:
            _install(SIGINT, saved)
    return without_handler
