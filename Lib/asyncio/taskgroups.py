"""TaskGroup: a scope for tasks. Leaving `async with` waits for all of them; the first
failure cancels the rest (and the body), and the failures come out as one
BaseExceptionGroup."""

__all__ = ("TaskGroup",)

from . import events
from . import exceptions
from . import tasks


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


def _alias(attribute):
    return property(lambda self: getattr(self, attribute),
                    lambda self, value: setattr(self, attribute, value))


class TaskGroup:
    """An asynchronous context manager holding tasks created with create_task()."""

    # CPython's private names for the group's state (its tests look at them).
    _tasks = _alias("_members")
    _base_error = _alias("_fatal_error")
    _on_completed_fut = _alias("_all_done")

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._members = set()
        self._errors = []
        self._fatal_error = None       # a SystemExit/KeyboardInterrupt, raised as it is
        self._entered = self._exiting = self._aborting = False
        self._parent_cancel_requested = False
        self._all_done = None          # a future the exit waits on while tasks remain

    def __repr__(self):
        words = []
        if self._members:
            words.append(f"tasks={len(self._members)}")
        if self._errors:
            words.append(f"errors={len(self._errors)}")
        if self._aborting:
            words.append("cancelling")
        elif self._entered:
            words.append("entered")
        return "<TaskGroup" + "".join(" " + w for w in words) + ">"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._loop = self._loop or events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        cancellation = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            # We cancelled the parent ourselves (a task failed): that is not a reason to
            # propagate a CancelledError.
            cancellation = None
        if et is not None and not self._aborting:
            self._cancel_members()
        while self._members:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as cancelled:
                if not self._aborting:
                    cancellation = cancelled
                    self._cancel_members()
            self._all_done = None
        if self._fatal_error is not None:
            raise self._fatal_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if not self._errors:
            return None
        errors, self._errors = self._errors, None
        try:
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
        finally:
            errors = exc = None

    def create_task(self, coro, *, name=None, context=None):
        """A new task of the group (refused once the group is shutting down or finished)."""
        problem = None
        if not self._entered:
            problem = "has not been entered"
        elif self._exiting and not self._members:
            problem = "is finished"
        elif self._aborting:
            problem = "is shutting down"
        if problem is not None:
            raise RuntimeError(f"TaskGroup {self!r} {problem}")
        if context is None:
            task = self._loop.create_task(coro, name=name)
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._member_done(task)
        else:
            self._members.add(task)
            task.add_done_callback(self._member_done)
        return task

    def _cancel_members(self):
        self._aborting = True
        for task in self._members:
            if not task.done():
                task.cancel()

    def _member_done(self, task):
        self._members.discard(task)
        waiter = self._all_done
        if waiter is not None and not self._members and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _fatal(error) and self._fatal_error is None:
            self._fatal_error = error
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent task "
                           f"{self._parent_task} is already completed",
                "exception": error,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # First failure: stop the other tasks and interrupt the body of the block.
            self._cancel_members()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
