"""Callback handles, the interfaces of loops and policies, and where the current loop is found.

Each thread has at most one running loop (recorded by run_forever); `get_event_loop()`
falls back on the policy, which keeps one "current" loop per thread.
"""

__all__ = ("AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle",
           "TimerHandle", "get_event_loop_policy", "set_event_loop_policy", "get_event_loop",
           "set_event_loop", "new_event_loop", "get_child_watcher", "set_child_watcher",
           "_set_running_loop", "get_running_loop", "_get_running_loop")

import contextvars
import os
import sys
import threading
from _thread import get_ident

from . import format_helpers


class Handle:
    """A scheduled call: callback(*args) run by the loop in a context; cancel() drops it."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_source_traceback", "_repr",
                 "__weakref__", "_context")

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._context = context if context is not None else contextvars.copy_context()
        self._cancelled = False
        self._repr = None
        if loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))
        else:
            self._source_traceback = None

    def _what(self):
        return format_helpers._format_callback_source(self._callback, self._args,
                                                       debug=self._loop.get_debug())

    def _repr_info(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append("cancelled")
        if self._callback is not None:
            words.append(self._what())
        if self._source_traceback:
            filename, lineno = self._source_traceback[-1][:2]
            words.append(f"created at {filename}:{lineno}")
        return words

    def __repr__(self):
        return self._repr or "<" + " ".join(self._repr_info()) + ">"

    def get_context(self):
        return self._context

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        """Keeps the loop from calling the callback (if it has not been called yet)."""
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            self._repr = repr(self)    # the callback is about to be forgotten
        self._callback = self._args = None

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _hide_context_run(exc)
            report = {"message": "Exception in callback " + self._what(),
                      "exception": exc, "handle": self}
            if self._source_traceback:
                report["source_traceback"] = self._source_traceback
            self._loop.call_exception_handler(report)
        self = None


def _hide_context_run(exc):
    # Context.run is written in Python here: its frame is left out of the traceback that
    # the error report shows, as CPython's (a C function) has none.
    tb = exc.__traceback__
    inner = tb.tb_next if tb is not None else None
    if inner is not None and inner.tb_frame.f_code.co_filename == contextvars.Context.run.__code__.co_filename:
        try:
            tb.tb_next = inner.tb_next
        except (AttributeError, TypeError, ValueError):
            pass


class TimerHandle(Handle):
    """A Handle due at a time of its loop's clock; ordered by that time."""

    __slots__ = ("_in_heap", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        if self._source_traceback:
            self._source_traceback.pop()
        self._when = when
        self._in_heap = False

    def _repr_info(self):
        words = Handle._repr_info(self)
        words.insert(2 if self._cancelled else 1, f"when={self._when}")
        return words

    def when(self):
        """The loop time at which the callback is due."""
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def __hash__(self):
        return hash(self._when)

    def _same(self, other):
        return (self._when, self._callback, self._args, self._cancelled) == \
            (other._when, other._callback, other._args, other._cancelled)

    def __eq__(self, other):
        return self._same(other) if isinstance(other, TimerHandle) else NotImplemented

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self._same(other)

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self._same(other)


def _unimplemented(cls, names):
    """Adds to cls a method raising NotImplementedError for each name (the interfaces)."""
    for name in names.split():
        def method(self, *args, **kwargs):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = f"{cls.__name__}.{name}"
        setattr(cls, name, method)
    return cls


class AbstractServer:
    """The interface of servers (there is no socket module yet to make one)."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


_unimplemented(AbstractServer, "close get_loop is_serving start_serving serve_forever "
                               "wait_closed")


class AbstractEventLoop:
    """The methods every event loop provides (BaseEventLoop implements them)."""


_unimplemented(AbstractEventLoop, """
    run_forever run_until_complete stop is_running is_closed close shutdown_asyncgens
    shutdown_default_executor _timer_handle_cancelled call_soon call_later call_at time
    create_future create_task call_soon_threadsafe run_in_executor set_default_executor
    getaddrinfo getnameinfo create_connection create_server sendfile start_tls
    create_unix_connection create_unix_server connect_accepted_socket
    create_datagram_endpoint connect_read_pipe connect_write_pipe subprocess_shell
    subprocess_exec add_reader remove_reader add_writer remove_writer sock_recv
    sock_recv_into sock_recvfrom sock_recvfrom_into sock_sendall sock_sendto sock_connect
    sock_accept sock_sendfile add_signal_handler remove_signal_handler set_task_factory
    get_task_factory get_exception_handler set_exception_handler default_exception_handler
    call_exception_handler get_debug set_debug""")


class AbstractEventLoopPolicy:
    """What get_event_loop(), set_event_loop() and new_event_loop() delegate to."""


_unimplemented(AbstractEventLoopPolicy, "get_event_loop set_event_loop new_event_loop "
                                        "get_child_watcher set_child_watcher")


def _first_frame_outside_package():
    """The stacklevel, for warnings.warn called from our caller, of the user's frame."""
    package = os.path.dirname(__file__)
    level, frame = 2, sys._getframe(2)
    while frame is not None and os.path.dirname(frame.f_code.co_filename) == package:
        level += 1
        frame = frame.f_back
    return level


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread. The main thread gets one made on first demand (with a
    DeprecationWarning, as in 3.12); other threads must set theirs."""

    _loop_factory = None

    def __init__(self):
        self._threads = threading.local()

    def get_event_loop(self):
        mine = self._threads
        loop = getattr(mine, "loop", None)
        if (loop is None and not getattr(mine, "was_set", False)
                and threading.current_thread() is threading.main_thread()):
            import warnings
            warnings.warn("There is no current event loop", DeprecationWarning,
                          stacklevel=_first_frame_outside_package())
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        if loop is None:
            raise RuntimeError("There is no current event loop in thread "
                               f"{threading.current_thread().name!r}.")
        return loop

    def set_event_loop(self, loop):
        self._threads.was_set = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._threads.loop = loop

    def new_event_loop(self):
        return self._loop_factory()


# The loop that run_forever() is running in each thread, by thread identity (Ferrython
# never reuses identities, and the entry goes when the loop stops).
_running_loops = {}


def _get_running_loop():
    """The running loop of this thread, or None."""
    return _running_loops.get(get_ident())


def _set_running_loop(loop):
    if loop is not None:
        _running_loops[get_ident()] = loop
    else:
        _running_loops.pop(get_ident(), None)


def get_running_loop():
    """The running loop of this thread; RuntimeError outside of one."""
    running = _running_loops.get(get_ident())
    if running is None:
        raise RuntimeError("no running event loop")
    return running


# The policy in use (made on first demand). Its name is CPython's: test helpers read it.
_event_loop_policy = None
_policy_guard = threading.Lock()


def get_event_loop_policy():
    """The policy in use (by default, Unix's DefaultEventLoopPolicy)."""
    current = _event_loop_policy
    if current is not None:
        return current
    with _policy_guard:
        if globals()["_event_loop_policy"] is None:
            from .unix_events import DefaultEventLoopPolicy
            set_event_loop_policy(DefaultEventLoopPolicy())
    return globals()["_event_loop_policy"]


def set_event_loop_policy(policy):
    """Replaces the policy (None: back to the default one on next use)."""
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    globals()["_event_loop_policy"] = policy


def get_event_loop():
    """The running loop; outside of one, the policy's current loop of this thread."""
    running = _running_loops.get(get_ident())
    return running if running is not None else get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Makes `loop` the current loop of this thread (through the policy)."""
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    """A new loop made by the policy (not made current)."""
    policy = get_event_loop_policy()
    return policy.new_event_loop()


def get_child_watcher():
    """Deprecated since 3.12: the policy's child watcher."""
    policy = get_event_loop_policy()
    return policy.get_child_watcher()


def set_child_watcher(watcher):
    """Deprecated since 3.12: sets the policy's child watcher."""
    policy = get_event_loop_policy()
    return policy.set_child_watcher(watcher)
