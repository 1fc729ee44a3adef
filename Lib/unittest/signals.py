"""Control-C handling for test runs (-c/--catch): the first Ctrl-C lets the running test
finish and then stops the run with its results; the second one interrupts."""

import signal
import weakref

from functools import wraps

__unittest = True

# The results of the runs in progress; weak so that finished runs are forgotten.
_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


class _InterruptHandler:
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                # Python's own handler would not be called: use it explicitly.
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                # Not handling SIGINT: the handler should do nothing either.
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be "
                                "signal.SIG_IGN, signal.SIG_DFL, or a "
                                "callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        installed = signal.getsignal(signal.SIGINT)
        if installed is not self:
            # Someone replaced us: behave like the handler we replaced.
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in _results.keys():
            result.stop()


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        default_handler = signal.getsignal(signal.SIGINT)
        _interrupt_handler = _InterruptHandler(default_handler)
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the original SIGINT handler; as a decorator, only while method runs."""
    if method is not None:
        @wraps(method)
        def inner(*args, **kwargs):
            previous = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, previous)
        return inner
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
