"""Tasks, which drive coroutines on a loop, and the functions that combine awaitables.

How a Task runs its coroutine: each step sends None into it (or throws an exception in).
The coroutine stops either by finishing (the task's result or exception is set) or by
yielding. A Future that yields itself (with _asyncio_future_blocking set) asks the task to
sleep until that future is done: the task registers its wake-up callback on it. A bare
`yield` (what sleep(0) does) asks for one turn of the loop. Anything else is an error,
thrown into the coroutine at the next step.
"""

__all__ = ("Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
           "wait", "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future",
           "run_coroutine_threadsafe", "current_task", "all_tasks", "create_eager_task_factory",
           "eager_task_factory", "_register_task", "_unregister_task", "_enter_task",
           "_leave_task")

import collections
import concurrent.futures
import contextvars
import inspect
import itertools
import types
import weakref
from types import GenericAlias

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

_task_numbers = itertools.count(1)

FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (concurrent.futures.FIRST_COMPLETED,
                                                   concurrent.futures.FIRST_EXCEPTION,
                                                   concurrent.futures.ALL_COMPLETED)


class Task(futures._PyFuture):
    """A Future whose outcome is that of a coroutine the loop runs step by step."""

    # Whether a Task collected while still pending is reported.
    @property
    def _log_destroy_pending(self):
        return id(self) not in _all_scheduled._quiet

    @_log_destroy_pending.setter
    def _log_destroy_pending(self, value):
        if value:
            _all_scheduled._quiet.discard(id(self))
        else:
            _all_scheduled.quiet(self)

    # CPython's private names for the state (looked at by its tests and some tools).
    _fut_waiter = property(lambda self: self._waiting_on)
    _must_cancel = property(lambda self: self._cancel_on_next_step)
    _num_cancels_requested = property(lambda self: self._cancel_requests)

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        futures._PyFuture.__init__(self, loop=loop)
        if self._source_traceback:
            self._source_traceback.pop()
        if not coroutines.iscoroutine(coro):
            # Never registered: there is nothing to report when it goes.
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._coro = coro
        self._name = f"Task-{next(_task_numbers)}" if name is None else str(name)
        self._context = contextvars.copy_context() if context is None else context
        self._waiting_on = None          # the future the coroutine awaits
        self._cancel_on_next_step = False
        self._cancel_requests = 0
        if eager_start and self._loop.is_running():
            self._run_first_step_now()
        else:
            # Registered first: if call_soon fails, the pending task is reported as it goes.
            _register_task(self)
            self._loop.call_soon(self._step, context=self._context)

    def __repr__(self):
        parts = futures._future_repr_info(self)
        if self._cancel_requests and not self.done():
            parts[0] = "cancelling"
        extra = [f"name={self._name!r}"]
        if self._coro:
            extra.append(f"coro=<{coroutines._format_coroutine(self._coro)}>")
        if self._waiting_on is not None:
            extra.append(f"wait_for={self._waiting_on!r}")
        parts[1:1] = extra
        return f"<{type(self).__name__} {' '.join(parts)}>"

    # ---- accessors ----

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine chain (outermost first), or, once the task
        failed, those of its exception's traceback."""
        frames = []
        if self.done():
            tb = self._exception.__traceback__ if self._exception is not None else None
            while tb is not None:
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        else:
            link = self._coro
            while link is not None:
                frame = getattr(link, "cr_frame", None) or getattr(link, "gi_frame", None)
                if frame is None:
                    break
                frames.append(frame)
                link = getattr(link, "cr_await", None) or getattr(link, "gi_yieldfrom", None)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        return frames

    def print_stack(self, *, limit=None, file=None):
        import linecache
        import sys
        out = sys.stderr if file is None else file
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f"No stack for {self!r}", file=out)
        else:
            what = "Traceback" if self._exception is not None else "Stack"
            print(f"{what} for {self!r} (most recent call last):", file=out)
        for frame in frames:
            code = frame.f_code
            print(f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}',
                  file=out)
            text = linecache.getline(code.co_filename, frame.f_lineno).strip()
            if text:
                print("    " + text, file=out)
        if self._exception is not None:
            import traceback
            print("".join(traceback.format_exception_only(self._exception)), file=out, end="")

    # ---- cancellation ----

    def cancel(self, msg=None):
        """Requests cancellation: the coroutine gets a CancelledError at its next step."""
        self._retrieved()
        if self.done():
            return False
        self._cancel_requests += 1
        awaited = self._waiting_on
        if awaited is not None and awaited.cancel(msg=msg):
            # Its callback wakes us with the CancelledError.
            return True
        self._cancel_on_next_step = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """The number of cancel() requests not taken back by uncancel()."""
        return self._cancel_requests

    def uncancel(self):
        """Takes back one cancel() request; returns the number left."""
        if self._cancel_requests:
            self._cancel_requests -= 1
        return self._cancel_requests

    # ---- running ----

    def _run_first_step_now(self):
        loop = self._loop
        outer = _swap_current_task(loop, self)
        _eager_tasks.add(self)
        try:
            self._context.run(self._advance, None)
        finally:
            _eager_tasks.discard(self)
            _swap_current_task(loop, outer)
        if self.done():
            self._coro = None
        else:
            _register_task(self)

    def _step(self, exc=None):
        if self._state is not futures._PENDING:
            raise exceptions.InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._cancel_on_next_step:
            self._cancel_on_next_step = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        self._waiting_on = None
        loop = self._loop
        # _enter_task and _leave_task, inlined: this is the hottest path of the loop.
        busy = _task_running_in.get(loop)
        if busy is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another task "
                               f"{busy!r} is being executed.")
        _task_running_in[loop] = self
        try:
            self._advance(exc)
        finally:
            if _task_running_in.get(loop) is not self:
                _leave_task(loop, self)    # raises the mismatch
            del _task_running_in[loop]
            self = None

    def _advance(self, exc):
        try:
            yielded = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as finished:
            _unregister_task(self)
            if self._cancel_on_next_step:
                # cancel() was called during this very step: the task ends cancelled.
                self._cancel_on_next_step = False
                futures._PyFuture.cancel(self, msg=self._cancel_message)
            else:
                futures._PyFuture.set_result(self, finished.value)
        except exceptions.CancelledError as cancelled:
            _unregister_task(self)
            _drop_own_frame(cancelled)
            self._cancelled_exc = cancelled    # result() re-raises this very exception
            futures._PyFuture.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _unregister_task(self)
            _drop_own_frame(fatal)
            futures._PyFuture.set_exception(self, fatal)
            raise
        except BaseException as failure:
            _unregister_task(self)
            _drop_own_frame(failure)
            futures._PyFuture.set_exception(self, failure)
        else:
            if yielded is None:
                # A bare yield (sleep(0)): one turn of the loop.
                self._loop.call_soon(self._step, context=self._context)
            else:
                self._after_yield(yielded)
        self = None

    def _after_yield(self, yielded):
        loop = self._loop
        if yielded is None:
            loop.call_soon(self._step, context=self._context)
            return
        blocking = getattr(yielded, "_asyncio_future_blocking", None)
        if blocking is None:
            if inspect.isgenerator(yielded):
                problem = ("yield was used instead of yield from for generator in task "
                           f"{self!r} with {yielded!r}")
            else:
                problem = f"Task got bad yield: {yielded!r}"
        elif futures._get_loop(yielded) is not loop:
            problem = f"Task {self!r} got Future {yielded!r} attached to a different loop"
        elif not blocking:
            problem = f"yield was used instead of yield from in task {self!r} with {yielded!r}"
        elif yielded is self:
            problem = f"Task cannot await on itself: {self!r}"
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wakeup, context=self._context)
            self._waiting_on = yielded
            if self._cancel_on_next_step and yielded.cancel(msg=self._cancel_message):
                self._cancel_on_next_step = False
            return
        loop.call_soon(self._step, RuntimeError(problem), context=self._context)

    def _wakeup(self, awaited):
        if isinstance(awaited, futures._PyFuture):
            # Its outcome is read without raising it (raising would add this frame to
            # the traceback); as with CPython's Task, the exception gets back the
            # traceback it had when it was set.
            if awaited._state is futures._CANCELLED:
                self._step(awaited._make_cancelled_error())
            elif awaited._exception is not None:
                awaited._retrieved()
                error = awaited._exception
                error.__traceback__ = awaited._exception_tb
                self._step(error)
            else:
                self._step()
            self = None
            return
        try:
            awaited.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None

    # The names CPython 3.12's reprs show for these callbacks.
    _step.__qualname__ = "Task.task_step"
    _wakeup.__qualname__ = "Task.task_wakeup"


_PyTask = Task


def _drop_own_frame(exc):
    # The traceback of an exception out of a coroutine starts at the coroutine's frame, as
    # with CPython's Task (written in C): the frame of Task._advance is left out.
    tb = exc.__traceback__
    if tb is not None and _is_advance_code(tb.tb_frame.f_code):
        exc.__traceback__ = tb = tb.tb_next
    # Nor do the frames of Future.__await__ (C code in CPython) show.
    while tb is not None:
        following = tb.tb_next
        if following is not None and _is_await_code(following.tb_frame.f_code):
            try:
                tb.tb_next = following.tb_next
            except (AttributeError, TypeError, ValueError):
                return
            continue
        tb = following


def _is_await_code(code, _await=futures._PyFuture.__await__.__code__):
    return code.co_name == "__await__" and code.co_filename == _await.co_filename


def _is_advance_code(code, _mine=Task._advance.__code__):
    # Compared by name and place: frames do not always hold the function's code object
    # itself on this VM.
    return (code.co_name == _mine.co_name and code.co_filename == _mine.co_filename
            and code.co_firstlineno == _mine.co_firstlineno)


def create_task(coro, *, name=None, context=None):
    """A Task of the running loop for the coroutine."""
    loop = events.get_running_loop()
    if context is not None:
        return loop.create_task(coro, name=name, context=context)
    return loop.create_task(coro, name=name)


# ---- waiting ----

def _check_future_collection(fs, what):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect {what} of futures, not {type(fs).__name__}")


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures/tasks of fs are done (or the first one, or the first failure,
    or timeout seconds); returns the sets (done, pending)."""
    _check_future_collection(fs, "a list")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    members = set(fs)
    if any(coroutines.iscoroutine(m) for m in members):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(members, timeout, return_when, events.get_running_loop())


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    woken = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, woken)
    left = [len(fs)]

    def one_done(f):
        left[0] -= 1
        enough = (left[0] <= 0 or return_when == FIRST_COMPLETED
                  or (return_when == FIRST_EXCEPTION and not f.cancelled()
                      and f.exception() is not None))
        if enough:
            _release_waiter(woken)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await woken
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    finished = {f for f in fs if f.done()}
    return finished, fs - finished


async def _cancel_and_wait(fut):
    """Cancels fut, then waits until it is done (it may still end with a result)."""
    settled = events.get_running_loop().create_future()

    def on_done(_):
        _release_waiter(settled)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(on_done)


async def wait_for(fut, timeout):
    """Awaits fut; past `timeout` seconds it is cancelled and TimeoutError raised."""
    if timeout is None or timeout > 0:
        async with timeouts.timeout(timeout):
            return await fut
    fut = ensure_future(fut)
    if not fut.done():
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise TimeoutError from cancelled
    return fut.result()


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the outcomes of fs in the order they finish (each
    raises TimeoutError once `timeout` seconds have passed)."""
    _check_future_collection(fs, "an iterable")
    loop = events._get_running_loop() or events.get_event_loop()
    unfinished = {ensure_future(f, loop=loop) for f in set(fs)}
    arrivals = collections.deque()     # finished futures, or None for "timed out"
    sleepers = collections.deque()     # futures of the awaitables waiting for an arrival
    timer = None

    def deliver(item):
        arrivals.append(item)
        while sleepers:
            sleeper = sleepers.popleft()
            if not sleeper.done():
                sleeper.set_result(None)
                break

    def on_done(f):
        if f in unfinished:
            unfinished.discard(f)
            deliver(f)
            if not unfinished and timer is not None:
                timer.cancel()

    def on_timeout():
        for f in unfinished:
            f.remove_done_callback(on_done)
            deliver(None)
        unfinished.clear()

    async def next_outcome():
        while not arrivals:
            sleeper = loop.create_future()
            sleepers.append(sleeper)
            await sleeper
        f = arrivals.popleft()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in unfinished:
        f.add_done_callback(on_done)
    if unfinished and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(unfinished)):
        yield next_outcome()


@types.coroutine
def _one_turn():
    yield     # Task._after_yield: a bare yield reschedules the task


async def sleep(delay, result=None):
    """Suspends the task for `delay` seconds, then returns `result`."""
    if delay <= 0:
        await _one_turn()
        return result
    loop = events.get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


# ---- combining ----

def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: a Future as it is, a coroutine or awaitable as a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._get_loop(obj):
            raise ValueError("The future belongs to a different loop than the one specified "
                             "as the loop argument")
        return obj
    made_wrapper = not coroutines.iscoroutine(obj)
    if made_wrapper:
        if not inspect.isawaitable(obj):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
        obj = _await_it(obj)
    try:
        return (events.get_event_loop() if loop is None else loop).create_task(obj)
    except RuntimeError:
        if not made_wrapper:
            obj.close()
        raise


async def _await_it(awaitable):
    return await awaitable


class _GatheringFuture(futures._PyFuture):
    """What gather() returns: cancelling it cancels the children instead."""

    def __init__(self, children, *, loop):
        futures._PyFuture.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            any_cancelled = child.cancel(msg=msg) or any_cancelled
        self._cancel_requested = self._cancel_requested or any_cancelled
        return any_cancelled


def _gather_outcome(child):
    if child.cancelled():
        msg = child._cancel_message
        return exceptions.CancelledError("" if msg is None else msg)
    error = child.exception()
    return child.result() if error is None else error


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of the results of the awaitables (in argument order). The first
    failure is passed on at once unless return_exceptions, which lists failures instead."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    loop = None
    children = []
    seen = {}            # the same awaitable twice is run once
    state = {"outer": None, "finished": 0, "distinct": 0}

    def child_done(child):
        state["finished"] += 1
        outer = state["outer"]
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()     # it has been seen: no "never retrieved" report
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if state["finished"] < state["distinct"]:
            return
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result([_gather_outcome(c) for c in children])

    settled = []
    for arg in coros_or_futures:
        try:
            known = seen.get(arg)
        except TypeError:
            known = None
        if known is None:
            known = ensure_future(arg, loop=loop)
            loop = futures._get_loop(known) if loop is None else loop
            if known is not arg:
                known._log_destroy_pending = False
            state["distinct"] += 1
            try:
                seen[arg] = known
            except TypeError:
                pass
            if known.done():
                settled.append(known)
            else:
                known.add_done_callback(child_done)
        children.append(known)

    state["outer"] = _GatheringFuture(children, loop=loop)
    for child in settled:
        child_done(child)
    return state["outer"]


def shield(arg):
    """An awaitable of arg's outcome whose cancellation leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def inner_done(_):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        futures._transfer(inner, outer)

    def outer_done(_):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Runs the coroutine in `loop` (from another thread); returns a concurrent Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    result = concurrent.futures.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), result)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as failure:
            if result.set_running_or_notify_cancel():
                result.set_exception(failure)
            raise

    loop.call_soon_threadsafe(start)
    return result


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks run their first step inside create_task()."""
    def make_task(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)
    return make_task


eager_task_factory = create_eager_task_factory(Task)


# ---- the registry of tasks ----

class _TaskRegistry:
    """The tasks scheduled and not finished, weakly held.

    A finished task leaves the registry, so its weak reference goes before it does. A task
    collected while still pending is reported ("Task was destroyed but it is pending!") by
    its weak reference's callback: tasks have no __del__, as this VM runs the finalizers of
    objects freed together nested in one another, which overflows the stack when a list of
    thousands of tasks goes. The report describes the task as it was created.
    """

    def __init__(self):
        self._refs = {}
        self._quiet = set()      # ids of tasks whose destruction is not to be reported

    def add(self, task):
        key = id(task)
        if not isinstance(task, Task):
            # A task-like object registered by hand: held weakly, never reported.
            self._quiet.add(key)
            self._refs[key] = weakref.ref(task, lambda ref, refs=self._refs, quiet=self._quiet:
                                          refs.get(key) is ref and (refs.pop(key),
                                                                    quiet.discard(key)))
            return
        loop = task._loop
        shown = _AsCreated(f"<{type(task).__name__} pending name={task._name!r} "
                           f"coro=<{coroutines._format_coroutine(task._coro)}>>")
        origin = task._source_traceback

        def collected(ref, refs=self._refs, quiet=self._quiet):
            if refs.get(key) is not ref:
                return
            del refs[key]
            if key in quiet:
                quiet.discard(key)
                return
            report = {"message": "Task was destroyed but it is pending!", "task": shown}
            if origin:
                report["source_traceback"] = origin
            loop.call_exception_handler(report)

        self._refs[key] = weakref.ref(task, collected)

    def quiet(self, task):
        self._quiet.add(id(task))

    def discard(self, task):
        key = id(task)
        ref = self._refs.get(key)
        if ref is not None and ref() is task:
            del self._refs[key]
            self._quiet.discard(key)

    def __iter__(self):
        alive = []
        for ref in list(self._refs.values()):
            task = ref()
            if task is not None:
                alive.append(task)
        return iter(alive)

    def __len__(self):
        return len(list(iter(self)))


class _AsCreated:
    __slots__ = ("_text",)

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


_all_scheduled = _TaskRegistry()         # tasks scheduled and not finished
_scheduled_tasks = _all_scheduled
_eager_tasks = set()                    # tasks running their eager first step
_task_running_in = {}                   # loop -> the task it is running now


def current_task(loop=None):
    """The task that `loop` (default: the running loop) is running now, or None."""
    return _task_running_in.get(events.get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The tasks of `loop` (default: the running loop) that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    candidates = None
    while candidates is None:
        try:
            candidates = list(_all_scheduled) + list(_eager_tasks)
        except RuntimeError:      # the weak set changed while we copied it
            candidates = None
    return {t for t in candidates if not t.done() and futures._get_loop(t) is loop}


def _register_task(task):
    _all_scheduled.add(task)


def _unregister_task(task):
    _all_scheduled.discard(task)


def _enter_task(loop, task):
    busy = _task_running_in.get(loop)
    if busy is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another task {busy!r} "
                           "is being executed.")
    _task_running_in[loop] = task


def _leave_task(loop, task):
    busy = _task_running_in.get(loop)
    if busy is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match the current task {busy!r}.")
    del _task_running_in[loop]


def _swap_current_task(loop, task):
    before = _task_running_in.pop(loop, None)
    if task is not None:
        _task_running_in[loop] = task
    return before


# The names under which CPython keeps its Python implementations beside the C ones (there
# is no C implementation here).
_py_register_task, _py_unregister_task = _register_task, _unregister_task
_py_enter_task, _py_leave_task = _enter_task, _leave_task
_py_swap_current_task = _swap_current_task
_py_current_task = current_task
