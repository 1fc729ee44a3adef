"""asyncio.timeout() and timeout_at(): a deadline for the code inside `async with`.

At the deadline the task running the block is cancelled; when that cancellation comes out
of the block, the Timeout turns it into TimeoutError (other cancellations pass through:
Task.uncancel() tells them apart).
"""

__all__ = ("Timeout", "timeout", "timeout_at")

import enum

from . import events
from . import exceptions
from . import tasks


class _State(enum.Enum):
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    """The asynchronous context manager of timeout() and timeout_at()."""

    def __init__(self, when):
        self._when = when
        self._phase = _State.CREATED
        self._alarm = None
        self._owner = None
        self._requests_before = 0

    def __repr__(self):
        if self._phase is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            return f"<Timeout [{self._phase.value}] when={when}>"
        return f"<Timeout [{self._phase.value}]>"

    def when(self):
        """The deadline (a loop time), or None for none."""
        return self._when

    def expired(self):
        """Whether the deadline was reached."""
        return self._phase in (_State.EXPIRING, _State.EXPIRED)

    def reschedule(self, when):
        """Moves the deadline of an entered Timeout (None removes it)."""
        if self._phase is not _State.ENTERED:
            if self._phase is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._phase.value} Timeout")
        self._when = when
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if when is not None:
            loop = events.get_running_loop()
            if when > loop.time():
                self._alarm = loop.call_at(when, self._expire)
            else:
                self._alarm = loop.call_soon(self._expire)

    def _expire(self):
        self._owner.cancel()
        self._phase = _State.EXPIRING
        self._alarm = None

    async def __aenter__(self):
        if self._phase is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        owner = tasks.current_task()
        if owner is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._owner = owner
        self._requests_before = owner.cancelling()
        self._phase = _State.ENTERED
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._phase is _State.ENTERED:
            self._phase = _State.EXITED
        elif self._phase is _State.EXPIRING:
            self._phase = _State.EXPIRED
            ours = self._owner.uncancel() <= self._requests_before
            if ours and exc_type is not None and issubclass(exc_type, exceptions.CancelledError):
                raise TimeoutError from exc_val
        return None


def timeout(delay):
    """A Timeout `delay` seconds from now (None: no deadline, until rescheduled)."""
    if delay is None:
        return Timeout(None)
    return Timeout(events.get_running_loop().time() + delay)


def timeout_at(when):
    """A Timeout at the loop time `when` (None: no deadline)."""
    return Timeout(when)
