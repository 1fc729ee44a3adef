"""BaseEventLoop: the part of an event loop that does not depend on how it waits for I/O.

State of a loop:
  _runnable  list of Handles to run at the next turn (a new list each turn)
  _timer_heap  heap of TimerHandles, by due time (cancelled ones are dropped lazily)

One turn (`_run_once`): wait for I/O no longer than until the first timer is due (not at
all if something is ready), append the due timers to _runnable, then run the handles that
were in _runnable at that point. run_forever() repeats turns until stop() was called.
"""

__all__ = ("BaseEventLoop",)

import collections
import concurrent.futures
import heapq
import os
import sys
import threading
import time
import traceback
import warnings
import weakref

from . import coroutines
from . import events
from . import futures
from . import tasks
from .log import logger

# No single wait for I/O is longer than a day.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _debug_wanted():
    # Looked up at each call: tests replace coroutines._is_debug_mode.
    return coroutines._is_debug_mode()


def _stop_loop_when_done(fut):
    # run_until_complete's callback. SystemExit and KeyboardInterrupt escape from the
    # loop by themselves (they are raised out of the task's step).
    if not fut.cancelled() and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        return
    futures._get_loop(fut).stop()


def _format_context_value(key, value):
    if key == "source_traceback":
        return ("Object created at (most recent call last):\n"
                + "".join(traceback.format_list(value)).rstrip())
    if key == "handle_traceback":
        return ("Handle created at (most recent call last):\n"
                + "".join(traceback.format_list(value)).rstrip())
    return repr(value)


def _alias(attribute):
    return property(lambda self: getattr(self, attribute),
                    lambda self, value: setattr(self, attribute, value))


class BaseEventLoop(events.AbstractEventLoop):

    # CPython's private names for the loop's state, which subclasses written for CPython
    # (and its tests) use.
    _ready = _alias("_runnable")
    _scheduled = _alias("_timer_heap")
    _timer_cancelled_count = _alias("_cancelled_timers")
    _closed = _alias("_is_closed")
    _stopping = _alias("_stop_requested")
    _thread_id = _alias("_owner_thread")
    _current_handle = _alias("_handle_running")
    _exception_handler = _alias("_error_handler")
    _task_factory = _alias("_factory")
    _default_executor = _alias("_pool")
    _executor_shutdown_called = _alias("_pool_closed")
    _asyncgens = _alias("_live_asyncgens")
    _asyncgens_shutdown_called = _alias("_asyncgens_closed")
    _debug = _alias("_debug_mode")

    def __init__(self):
        self._runnable = []
        # Guards _runnable against call_soon_threadsafe from other threads (and signal
        # handlers, which run between bytecodes of the loop's thread: hence reentrant).
        self._runnable_guard = threading.RLock()
        self._timer_heap = []
        self._cancelled_timers = 0
        self._is_closed = self._stop_requested = False
        self._owner_thread = None
        self._clock_resolution = 1e-09
        self._handle_running = None
        self._error_handler = None
        self._factory = None
        self._pool = None
        self._pool_closed = False
        self._live_asyncgens = weakref.WeakSet()
        self._asyncgens_closed = False
        self._saved_asyncgen_hooks = None
        self._origin_depth_saved = None
        self.slow_callback_duration = 0.1
        self._debug_mode = False
        self.set_debug(_debug_wanted())

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    def __del__(self, _warn=warnings.warn):
        if self._is_closed:
            return
        _warn(f"unclosed event loop {self!r}", ResourceWarning, source=self)
        if not self.is_running():
            self.close()

    # ---- state ----

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def is_running(self):
        return self._owner_thread is not None

    def is_closed(self):
        return self._is_closed

    def get_debug(self):
        return self._debug_mode

    def set_debug(self, enabled):
        self._debug_mode = enabled
        if self.is_running():
            self.call_soon_threadsafe(self._track_coroutine_origins, enabled)

    def _track_coroutine_origins(self, enabled):
        if not hasattr(sys, "set_coroutine_origin_tracking_depth"):
            return
        if enabled and self._origin_depth_saved is None:
            self._origin_depth_saved = sys.get_coroutine_origin_tracking_depth()
            sys.set_coroutine_origin_tracking_depth(1)
        elif not enabled and self._origin_depth_saved is not None:
            sys.set_coroutine_origin_tracking_depth(self._origin_depth_saved)
            self._origin_depth_saved = None

    def _check_closed(self):
        if self._is_closed:
            raise RuntimeError("Event loop is closed")

    def _check_thread(self):
        owner = self._owner_thread
        if owner is not None and owner != threading.get_ident():
            raise RuntimeError("Non-thread-safe operation invoked on an event loop other "
                               "than the current one")

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f"a callable object was expected by {method}(), got {callback!r}")

    # ---- futures and tasks ----

    def create_future(self):
        """A Future of this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wraps the coroutine in a Task of this loop (or what the task factory makes)."""
        self._check_closed()
        factory = self._factory
        if factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                task._source_traceback.pop()
            return task
        task = factory(self, coro) if context is None else factory(self, coro, context=context)
        if name is not None and hasattr(task, "set_name"):
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._factory = factory

    def get_task_factory(self):
        return self._factory

    # ---- scheduling ----

    def _new_handle(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            handle._source_traceback.pop()
        self._runnable.append(handle)
        return handle

    def call_soon(self, callback, *args, context=None):
        """Has callback(*args) called at the next turn; returns its Handle."""
        if self._is_closed:
            raise RuntimeError("Event loop is closed")
        if self._debug_mode:
            self._check_thread()
            self._check_callback(callback, "call_soon")
            return self._new_handle(callback, args, context)
        handle = events.Handle(callback, args, self, context)
        self._runnable.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon for other threads (and signal handlers): also wakes the loop up."""
        self._check_closed()
        if self._debug_mode:
            self._check_callback(callback, "call_soon_threadsafe")
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            handle._source_traceback.pop()
        with self._runnable_guard:
            self._runnable.append(handle)
        self._write_to_self()
        return handle

    def call_at(self, when, callback, *args, context=None):
        """Has callback(*args) called at loop time `when`; returns its TimerHandle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug_mode:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            timer._source_traceback.pop()
        timer._in_heap = True
        heapq.heappush(self._timer_heap, timer)
        return timer

    def call_later(self, delay, callback, *args, context=None):
        """Has callback(*args) called in `delay` seconds; returns its TimerHandle."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def _timer_handle_cancelled(self, handle):
        if handle._in_heap:
            self._cancelled_timers += 1

    def _write_to_self(self):
        """Wakes the loop up if it waits for I/O (the selector loop writes to its pipe)."""

    # ---- running ----

    def _enter_running(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._track_coroutine_origins(self._debug_mode)
        self._saved_asyncgen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        self._owner_thread = threading.get_ident()
        events._set_running_loop(self)

    def _leave_running(self):
        self._stop_requested = False
        self._owner_thread = None
        events._set_running_loop(None)
        self._track_coroutine_origins(False)
        hooks, self._saved_asyncgen_hooks = self._saved_asyncgen_hooks, None
        if hooks is not None:
            sys.set_asyncgen_hooks(*hooks)

    def run_forever(self):
        """Runs turns of the loop until stop() is called."""
        self._enter_running()
        try:
            while not self._stop_requested:
                self._run_once()
        finally:
            self._leave_running()

    def run_until_complete(self, future):
        """Runs the loop until `future` (a coroutine is wrapped in a Task) is done; returns
        its result or raises its exception."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            # Its outcome is raised to our caller: the "destroyed but pending" and "never
            # retrieved" reports would be noise.
            future._log_destroy_pending = False
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        if (isinstance(future, futures._PyFuture) and future._state is futures._FINISHED
                and future._exception is not None):
            # Raised here rather than through result(): one frame less in tracebacks.
            future._retrieved()
            raise future._exception.with_traceback(future._exception_tb)
        return future.result()

    def stop(self):
        """Asks the loop to stop once the current turn's callbacks have run."""
        self._stop_requested = True

    def close(self):
        """Closes a loop that is not running: scheduled callbacks are dropped."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._is_closed:
            return
        if self._debug_mode:
            logger.debug("Close %r", self)
        self._is_closed = True
        self._runnable.clear()
        del self._timer_heap[:]
        self._pool_closed = True
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False)

    def _drop_cancelled_timers(self):
        heap = self._timer_heap
        if len(heap) > 100 and self._cancelled_timers * 2 > len(heap):
            # Mostly cancelled: rebuild the heap without them.
            kept = []
            for timer in heap:
                if timer._cancelled:
                    timer._in_heap = False
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._timer_heap = kept
            self._cancelled_timers = 0
            return
        while heap and heap[0]._cancelled:
            timer = heapq.heappop(heap)
            timer._in_heap = False
            self._cancelled_timers -= 1

    def _run_once(self):
        self._drop_cancelled_timers()
        heap = self._timer_heap
        if self._runnable or self._stop_requested:
            wait = 0
        elif heap:
            wait = min(max(0, heap[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
        else:
            wait = None
        self._process_events(self._wait_for_events(wait))

        # This turn runs what is ready now; what its callbacks schedule waits for the next.
        with self._runnable_guard:
            batch = self._runnable
            self._runnable = []
        horizon = self.time() + self._clock_resolution
        while heap and heap[0]._when < horizon:
            timer = heapq.heappop(heap)
            timer._in_heap = False
            batch.append(timer)

        done = 0
        try:
            for handle in batch:
                done += 1
                if handle._cancelled:
                    continue
                if not self._debug_mode:
                    handle._run()
                    continue
                self._run_watched(handle)
        except BaseException:
            # SystemExit or KeyboardInterrupt out of a callback: the callbacks not run
            # yet stay first in line for the next turn.
            with self._runnable_guard:
                self._runnable[:0] = batch[done:]
            raise
        handle = batch = None

    def _run_watched(self, handle):
        # Debug mode: callbacks that take long are reported.
        self._handle_running = handle
        try:
            began = self.time()
            handle._run()
            took = self.time() - began
            if took >= self.slow_callback_duration:
                logger.warning("Executing %s took %.3f seconds",
                               _describe_for_slow_log(handle), took)
        finally:
            self._handle_running = None

    # What a subclass provides: `_selector` (whose select(timeout) waits for I/O),
    # `_process_events` (which queues the callbacks of what select returned) and
    # `_write_to_self` (which interrupts a select from another thread).
    _selector = None

    def _wait_for_events(self, timeout):
        """Waits up to `timeout` seconds (None: until woken) for I/O; returns the events.
        Without a selector there is nothing to wait for but time."""
        if self._selector is not None:
            return self._selector.select(timeout)
        time.sleep(MAXIMUM_SELECT_TIMEOUT if timeout is None else timeout)
        return ()

    def _process_events(self, event_list):
        """Queues the callbacks of the I/O events (none here)."""

    # ---- asynchronous generators ----

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_closed:
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          "loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        self._live_asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # Collected before it was closed: close it in a task of this loop.
        self._live_asyncgens.discard(agen)
        if not self._is_closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes the asynchronous generators this loop has seen and that are still open."""
        self._asyncgens_closed = True
        open_gens = list(self._live_asyncgens)
        if not open_gens:
            return
        self._live_asyncgens.clear()
        outcomes = await tasks.gather(*(g.aclose() for g in open_gens), return_exceptions=True)
        for agen, outcome in zip(open_gens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    "message": "an error occurred during closing of asynchronous "
                               f"generator {agen!r}",
                    "exception": outcome,
                    "asyncgen": agen,
                })

    # ---- executors ----

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in `executor` (None: a default thread pool); returns a Future."""
        self._check_closed()
        if self._debug_mode:
            self._check_callback(func, "run_in_executor")
        if executor is None:
            if self._pool_closed:
                raise RuntimeError("Executor shutdown has been called")
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix="asyncio")
            executor = self._pool
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError("executor must be ThreadPoolExecutor")
        self._pool = executor

    async def shutdown_default_executor(self, timeout=None):
        """Shuts the default executor down, waiting for its threads (in another thread)."""
        self._pool_closed = True
        pool = self._pool
        if pool is None:
            return
        finished = self.create_future()

        def join_pool():
            try:
                pool.shutdown(wait=True)
            except Exception as exc:
                if not self._is_closed and not finished.cancelled():
                    self.call_soon_threadsafe(finished.set_exception, exc)
            else:
                if not self._is_closed:
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled,
                                              finished, None)

        joiner = threading.Thread(target=join_pool)
        joiner.start()
        from .timeouts import timeout as _timeout
        try:
            async with _timeout(timeout):
                await finished
        except TimeoutError:
            warnings.warn("The executor did not finishing joining its threads within "
                          f"{timeout} seconds.", RuntimeWarning, stacklevel=2)
            pool.shutdown(wait=False)
        else:
            joiner.join()

    # ---- errors ----

    def get_exception_handler(self):
        return self._error_handler

    def set_exception_handler(self, handler):
        """Sets handler(loop, context) to receive errors (None: the default, which logs)."""
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._error_handler = handler

    def default_exception_handler(self, context):
        """Logs an error report to the 'asyncio' logger: the message, then `key: repr(value)`
        for the other keys in sorted order, then the exception's traceback."""
        error = context.get("exception")
        current = self._handle_running
        if ("source_traceback" not in context and current is not None
                and current._source_traceback):
            context["handle_traceback"] = current._source_traceback
        lines = [context.get("message") or "Unhandled exception in event loop"]
        lines.extend(f"{key}: {_format_context_value(key, context[key])}"
                     for key in sorted(context) if key not in ("message", "exception"))
        logger.error("\n".join(lines),
                     exc_info=False if error is None else (type(error), error,
                                                           error.__traceback__))

    def call_exception_handler(self, context):
        """Reports an error (a dict with 'message', maybe 'exception', 'task', ...)."""
        handler = self._error_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error("Exception in default exception handler", exc_info=True)
            return
        owner = context.get("task") or context.get("future") or context.get("handle")
        run_in = getattr(owner, "get_context", None)
        run_in = run_in() if run_in is not None else None
        try:
            if run_in is not None:
                run_in.run(handler, self, context)
            else:
                handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as failure:
            try:
                self.default_exception_handler({"message": "Unhandled error in exception handler",
                                                "exception": failure, "context": context})
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error("Exception in default exception handler while handling an "
                             "unexpected error in custom exception handler", exc_info=True)


def _describe_for_slow_log(handle):
    owner = getattr(handle._callback, "__self__", None)
    return repr(owner) if isinstance(owner, tasks.Task) else str(handle)
