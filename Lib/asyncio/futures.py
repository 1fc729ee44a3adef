"""asyncio's Future: an outcome (a value, an exception, or cancellation) that arrives later.

A Future belongs to one loop. When its outcome arrives, each registered callback is handed
to the loop (call_soon) in the context it was registered with. A coroutine that awaits a
pending future yields the future itself to the Task driving it; the Task then sleeps until
the future calls it back.
"""

__all__ = ("Future", "wrap_future", "isfuture")

import concurrent.futures
import contextvars
import sys
from types import GenericAlias

from . import events
from . import exceptions
from . import format_helpers

# The three states; the reprs show them in lower case.
_PENDING, _CANCELLED, _FINISHED = "PENDING", "CANCELLED", "FINISHED"


def isfuture(obj):
    """Whether obj is a Future in the asyncio sense (duck-typed through _asyncio_future_blocking)."""
    if not hasattr(obj.__class__, "_asyncio_future_blocking"):   # __class__: mocks with a spec
        return False
    return obj._asyncio_future_blocking is not None


def _describe_callbacks(entries):
    shown = [format_helpers._format_callback_source(fn, ()) for fn, _ in entries]
    if len(shown) > 2:
        shown = [shown[0], f"<{len(shown) - 2} more>", shown[-1]]
    return "cb=[" + ", ".join(shown) + "]"


def _future_repr_info(fut):
    parts = [fut._state.lower()]
    if fut._state is _FINISHED:
        if fut._exception is None:
            parts.append("result=" + format_helpers._short_repr(fut._result))
        else:
            parts.append(f"exception={fut._exception!r}")
    if fut._callbacks:
        parts.append(_describe_callbacks(fut._callbacks))
    origin = fut._source_traceback
    if origin:
        where = origin[-1]
        parts.append(f"created at {where[0]}:{where[1]}")
    return parts


class Future:
    """An outcome set once by someone, awaited by tasks, announced to callbacks."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True once an exception was set and nobody looked at it (reported when collected).
    _unretrieved = False

    # The protocol between awaiting coroutines and Tasks: set to True just before the future
    # yields itself out of __await__, so that the Task knows the yield means "wake me".
    _asyncio_future_blocking = False

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))

    def __repr__(self):
        return "<" + type(self).__name__ + " " + " ".join(self._repr_info()) + ">"

    def _repr_info(self):
        return _future_repr_info(self)

    def _retrieved(self):
        # Someone looked at the exception (or it no longer matters): no report.
        if self._unretrieved:
            self._unretrieved = False
            _unretrieved_watchers.pop(id(self), None)

    @property
    def _log_traceback(self):
        return self._unretrieved

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError("_log_traceback can only be set to False")
        self._retrieved()

    def get_loop(self):
        """The loop the future belongs to."""
        if self._loop is None:
            raise RuntimeError("Future object is not initialized.")
        return self._loop

    # Reading the outcome

    def done(self):
        return self._state is not _PENDING

    def cancelled(self):
        return self._state is _CANCELLED

    def _make_cancelled_error(self):
        """The CancelledError that result() raises: the one caught by a Task when it was
        cancelled (given out once), else a new one carrying the cancel() message."""
        caught, self._cancelled_exc = self._cancelled_exc, None
        if caught is not None:
            return caught
        msg = self._cancel_message
        return exceptions.CancelledError() if msg is None else exceptions.CancelledError(msg)

    def _check_readable(self, what):
        if self._state is _CANCELLED:
            raise self._make_cancelled_error()
        if self._state is _PENDING:
            raise exceptions.InvalidStateError(what + " is not set.")
        self._retrieved()

    def result(self):
        """The value set; raises the exception set, CancelledError, or InvalidStateError."""
        self._check_readable("Result")
        error = self._exception
        if error is None:
            return self._result
        raise error.with_traceback(self._exception_tb)

    def exception(self):
        """The exception set, or None when a value was set."""
        self._check_readable("Exception")
        return self._exception

    # Setting the outcome

    def _complete(self, state):
        self._state = state
        pending, self._callbacks = self._callbacks, []
        loop = self._loop
        for fn, ctx in pending:
            loop.call_soon(fn, self, context=ctx)

    def set_result(self, result):
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._complete(_FINISHED)

    def set_exception(self, exception):
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            problem = TypeError("StopIteration interacts badly with generators and cannot be "
                                "raised into a Future")
            raise problem from exception
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._complete(_FINISHED)
        self._unretrieved = True
        _watch_unretrieved(self)

    def cancel(self, msg=None):
        """Cancels a pending future (returns True); a done one stays as it is (False)."""
        self._retrieved()
        if self._state is not _PENDING:
            return False
        self._cancel_message = msg
        self._complete(_CANCELLED)
        return True

    # Callbacks

    def add_done_callback(self, fn, *, context=None):
        """Has the loop call fn(future) once the future is done, in `context`."""
        if self._state is _PENDING:
            self._callbacks.append((fn, contextvars.copy_context() if context is None
                                    else context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        """Forgets every registration of fn; returns their number."""
        before = len(self._callbacks)
        self._callbacks[:] = [entry for entry in self._callbacks if entry[0] != fn]
        return before - len(self._callbacks)

    # Awaiting

    def __await__(self):
        if self._state is _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state is _PENDING:
                raise RuntimeError("await wasn't used with future")
        if self._exception is not None and self._state is _FINISHED:
            # Raised here rather than through result(): one frame less in tracebacks.
            self._retrieved()
            raise self._exception.with_traceback(self._exception_tb)
        return self.result()

    __iter__ = __await__


_PyFuture = Future


# "Future exception was never retrieved" is reported when a future whose exception nobody
# looked at is collected. Futures have no __del__ (this VM runs finalizers of objects
# freed together nested in one another, which overflows the stack when a list of
# thousands of futures goes): a weak reference with a callback watches only the futures
# holding an unretrieved exception, and is dropped as soon as the exception is seen. The
# report shows the future as it was when the exception was set.
_unretrieved_watchers = {}


class _AsItWas:
    __slots__ = ("_text",)

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


def _watch_unretrieved(fut):
    import weakref
    key = id(fut)
    loop = fut._loop
    report = {"message": type(fut).__name__ + " exception was never retrieved",
              "exception": fut._exception, "future": _AsItWas(repr(fut))}
    if fut._source_traceback:
        report["source_traceback"] = fut._source_traceback

    def collected(_):
        if _unretrieved_watchers.pop(key, None) is not None:
            loop.call_exception_handler(report)

    _unretrieved_watchers[key] = weakref.ref(fut, collected)


def _get_loop(fut):
    getter = getattr(fut, "get_loop", None)
    return fut._loop if getter is None else getter()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


_EXCEPTION_TWINS = {
    concurrent.futures.CancelledError: exceptions.CancelledError,
    concurrent.futures.InvalidStateError: exceptions.InvalidStateError,
}


def _convert_future_exc(exc):
    twin = _EXCEPTION_TWINS.get(type(exc))
    return exc if twin is None else twin(*exc.args)


def _transfer(source, dest):
    """Copies the outcome of the finished `source` into `dest` (an asyncio or concurrent future)."""
    if isfuture(dest):
        if dest.cancelled():
            return
    elif source.cancelled():
        dest.cancel()
        dest.set_running_or_notify_cancel()
        return
    elif not dest.set_running_or_notify_cancel():
        return
    if source.cancelled():
        dest.cancel()
        return
    error = source.exception()
    if error is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(_convert_future_exc(error))


def _chain_future(source, destination):
    """Makes destination take source's outcome; cancelling destination cancels source.

    Either may be an asyncio Future or a concurrent.futures.Future; when they live in
    different loops (or threads), the work is handed over with call_soon_threadsafe.
    """
    def check(fut, role):
        if not isfuture(fut) and not isinstance(fut, concurrent.futures.Future):
            raise TypeError(f"A future is required for {role} argument")
    check(source, "source")
    check(destination, "destination")
    src_loop = _get_loop(source) if isfuture(source) else None
    dst_loop = _get_loop(destination) if isfuture(destination) else None

    def destination_done(dest):
        if not dest.cancelled():
            return
        if src_loop is None or src_loop is dst_loop:
            source.cancel()
        else:
            src_loop.call_soon_threadsafe(source.cancel)

    def source_done(src):
        if dst_loop is None or dst_loop is src_loop:
            _transfer(src, destination)
        elif not dst_loop.is_closed():
            dst_loop.call_soon_threadsafe(_transfer, src, destination)

    destination.add_done_callback(destination_done)
    source.add_done_callback(source_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future that mirrors a concurrent.futures.Future (futures pass through)."""
    if isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise TypeError(f"concurrent.futures.Future is expected, got {future!r}")
    mirror = (events.get_event_loop() if loop is None else loop).create_future()
    _chain_future(future, mirror)
    return mirror


# CPython's name for _transfer (same arguments: source, then destination).
_copy_future_state = _transfer
