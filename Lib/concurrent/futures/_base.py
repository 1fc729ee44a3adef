"""concurrent.futures' Future (usable from any thread), Executor, wait() and as_completed().

A Future is guarded by a Condition. Besides its done-callbacks (run by the thread that
finishes it), it has "watchers": functions called under its lock when it finishes, used by
wait() and as_completed() to collect finished futures.
"""

import logging
import threading
import time
import types

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

# States. A cancelled future becomes CANCELLED_AND_NOTIFIED once its executor saw it.
PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED = (
    "PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED")
_FINAL = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED))
_CANCELLED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED))

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """The base of this module's own exceptions."""


class CancelledError(Error):
    """result() or exception() of a cancelled Future."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Setting the outcome of a Future that already has one."""


class BrokenExecutor(RuntimeError):
    """The executor cannot run work any more."""


class Future:
    """The outcome of a call handed to an executor."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self):
        self._cond = threading.Condition()
        self._state = PENDING
        self._value = None
        self._error = None
        self._callbacks = []
        self._watchers = []

    def __repr__(self):
        with self._cond:
            state = self._state
            shown = "cancelled" if state in _CANCELLED else state.lower()
            tail = ""
            if state == FINISHED:
                if self._error is None:
                    tail = f" returned {type(self._value).__name__}"
                else:
                    tail = f" raised {type(self._error).__name__}"
        return f"<{type(self).__name__} at {id(self):#x} state={shown}{tail}>"

    def _announce(self):
        # Called without the lock held, once the future is final.
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception:
                LOGGER.exception("exception calling callback for %r", self)

    def cancel(self):
        """Cancels a future that has not started; True if it is (now) cancelled."""
        with self._cond:
            if self._state in _CANCELLED:
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._cond.notify_all()
        self._announce()
        return True

    def cancelled(self):
        with self._cond:
            return self._state in _CANCELLED

    def running(self):
        with self._cond:
            return self._state == RUNNING

    def done(self):
        with self._cond:
            return self._state in _FINAL

    def add_done_callback(self, fn):
        """Calls fn(future) once it is done (at once, in this thread, if it is)."""
        with self._cond:
            if self._state not in _FINAL:
                self._callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception("exception calling callback for %r", self)

    def _wait_final(self, timeout):
        if self._state not in _FINAL:
            self._cond.wait(timeout)
            if self._state not in _FINAL:
                raise TimeoutError()
        if self._state in _CANCELLED:
            raise CancelledError()

    def result(self, timeout=None):
        """The call's return value (waiting up to timeout seconds); raises what it raised."""
        with self._cond:
            self._wait_final(timeout)
            error = self._error
            if error is None:
                return self._value
        try:
            raise error
        finally:
            error = None

    def exception(self, timeout=None):
        """What the call raised (None if it returned), waiting up to timeout seconds."""
        with self._cond:
            self._wait_final(timeout)
            return self._error

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if the future was cancelled (the
        watchers are told), else it becomes RUNNING and True is returned."""
        with self._cond:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watcher in self._watchers:
                    watcher(self)
                return False
            LOGGER.critical("Future %s in unexpected state: %s", id(self), self._state)
            raise RuntimeError("Future in unexpected state")

    def _finish(self, value, error):
        with self._cond:
            if self._state in _FINAL:
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._value, self._error = value, error
            self._state = FINISHED
            for watcher in self._watchers:
                watcher(self)
            self._cond.notify_all()
        self._announce()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)


class _Collector:
    """Gathers the futures that finish among those it watches, for one waiting thread."""

    def __init__(self, fs):
        self.fs = fs
        self.cond = threading.Condition()
        self.arrived = []

    def __call__(self, future):
        with self.cond:
            self.arrived.append(future)
            self.cond.notify_all()

    def attach(self):
        """Registers with every future; returns those already final (atomically)."""
        already = []
        for f in self.fs:
            with f._cond:
                if f._state in _FINAL:
                    already.append(f)
                else:
                    f._watchers.append(self)
        return already

    def detach(self):
        for f in self.fs:
            with f._cond:
                if self in f._watchers:
                    f._watchers.remove(self)


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: the named pair (done, not_done)."""

    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})"


def _failed(f):
    return f._state == FINISHED and f._error is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures are all done (or the first is, or the first fails: see
    return_when), at most timeout seconds; returns (done, not_done)."""
    fs = set(fs)
    deadline = None if timeout is None else time.monotonic() + timeout
    collector = _Collector(fs)
    finished = set(collector.attach())
    try:
        while True:
            with collector.cond:
                finished.update(collector.arrived)
                collector.arrived = []
                if (len(finished) == len(fs)
                        or (return_when == FIRST_COMPLETED and finished)
                        or (return_when == FIRST_EXCEPTION and any(map(_failed, finished)))):
                    break
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                collector.cond.wait(left)
    finally:
        collector.detach()
    return DoneAndNotDoneFutures(finished, fs - finished)


def as_completed(fs, timeout=None):
    """Yields the futures as they finish (those already done first); TimeoutError when
    timeout seconds pass with some still unfinished."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    collector = _Collector(fs)
    pending = set(fs)
    try:
        ready = collector.attach()
        while True:
            for f in ready:
                if f in pending:
                    pending.discard(f)
                    yield f
            if not pending:
                return
            with collector.cond:
                while not collector.arrived:
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        raise TimeoutError(f"{len(pending)} (of {len(fs)}) futures unfinished")
                    collector.cond.wait(left)
                ready, collector.arrived = collector.arrived, []
    finally:
        collector.detach()


class Executor:
    """The interface of executors: submit() a call, get a Future."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) with the calls run by the executor; the results come in
        order, each waited for until the overall timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        queued = [self.submit(fn, *args) for args in zip(*iterables)]

        def in_order():
            try:
                while queued:
                    first = queued.pop(0)
                    yield first.result(None if deadline is None
                                       else deadline - time.monotonic())
            finally:
                for f in queued:
                    f.cancel()
        return in_order()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources (nothing here)."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
