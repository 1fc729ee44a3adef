"""Running calls asynchronously in pools of workers: Future, Executor, ThreadPoolExecutor, wait, as_completed.

Written for Ferrython from the documented behaviour of CPython 3.12. ProcessPoolExecutor is
not available yet.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ThreadPoolExecutor")


def __dir__():
    return __all__ + ("__author__", "__doc__")


def __getattr__(name):
    if name == "ProcessPoolExecutor":
        raise ImportError("ProcessPoolExecutor is not available in Ferrython yet")
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
