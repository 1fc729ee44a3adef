"""Synchronization primitives for tasks of one loop: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier. Waiting tasks sleep on futures kept in FIFO deques."""

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier")

import collections
import enum

from . import exceptions
from . import mixins


def _tagged_repr(obj, status, waiters):
    if waiters:
        status += f", waiters:{len(waiters)}"
    return f"<{object.__repr__(obj)[1:-1]} [{status}]>"


async def _sleep_in_line(line, fut):
    """Awaits fut, registered in the deque `line` for the time of the wait."""
    line.append(fut)
    try:
        return await fut
    finally:
        line.remove(fut)


class _AcquireReleaseContext:
    # `async with primitive:` acquires, then releases; the target of `as` is None.
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AcquireReleaseContext, mixins._LoopBoundMixin):
    """A lock tasks take in turn (first come, first served)."""

    _waiters = mixins._alias("_line")
    _locked = mixins._alias("_held")

    def __init__(self):
        self._held = False
        self._line = None

    def __repr__(self):
        return _tagged_repr(self, "locked" if self._held else "unlocked", self._line)

    def locked(self):
        """Whether some task holds the lock."""
        return self._held

    async def acquire(self):
        """Takes the lock, waiting for it if another task holds it. Returns True."""
        line = self._line
        if not self._held and not (line and any(not w.cancelled() for w in line)):
            self._held = True
            return True
        if line is None:
            line = self._line = collections.deque()
        try:
            await _sleep_in_line(line, self._get_loop().create_future())
        except exceptions.CancelledError:
            if not self._held:
                # We may have been handed the turn just before the cancellation.
                self._pass_turn()
            raise
        self._held = True
        return True

    def release(self):
        """Frees the lock; the first waiting task gets it."""
        if not self._held:
            raise RuntimeError("Lock is not acquired.")
        self._held = False
        self._pass_turn()

    def _pass_turn(self):
        if self._line:
            first = self._line[0]
            if not first.done():
                first.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag: wait() blocks until set() is called."""

    _waiters = mixins._alias("_line")
    _value = mixins._alias("_flag")

    def __init__(self):
        self._flag = False
        self._line = collections.deque()

    def __repr__(self):
        return _tagged_repr(self, "set" if self._flag else "unset", self._line)

    def is_set(self):
        return self._flag

    def set(self):
        """Sets the flag; every waiting task wakes up."""
        if self._flag:
            return
        self._flag = True
        for fut in self._line:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Unsets the flag."""
        self._flag = False

    async def wait(self):
        """Returns True once the flag is set (at once if it is)."""
        if not self._flag:
            await _sleep_in_line(self._line, self._get_loop().create_future())
        return True


class Condition(_AcquireReleaseContext, mixins._LoopBoundMixin):
    """A lock with a waiting room: wait() gives the lock up until notify() is called."""

    _waiters = mixins._alias("_line")

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._line = collections.deque()

    def __repr__(self):
        return _tagged_repr(self, "locked" if self.locked() else "unlocked", self._line)

    async def wait(self):
        """Releases the lock, sleeps until notified, takes the lock back. Returns True.
        The lock is taken back even when the task is cancelled meanwhile."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            await _sleep_in_line(self._line, self._get_loop().create_future())
            return True
        finally:
            interrupted = None
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError as cancelled:
                    interrupted = cancelled
                else:
                    break
            if interrupted is not None:
                try:
                    raise interrupted
                finally:
                    interrupted = None

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wakes up to n waiting tasks (the lock must be held)."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        for fut in self._line:
            if n <= 0:
                break
            if not fut.done():
                fut.set_result(False)
                n -= 1

    def notify_all(self):
        """Wakes every waiting task (the lock must be held)."""
        self.notify(len(self._line))


class Semaphore(_AcquireReleaseContext, mixins._LoopBoundMixin):
    """A number of free slots: acquire() takes one (waiting in line when there is none),
    release() gives one back."""

    _waiters = mixins._alias("_line")
    _value = mixins._alias("_free")

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._free = value
        self._line = None

    def __repr__(self):
        status = "locked" if self.locked() else f"unlocked, value:{self._free}"
        return _tagged_repr(self, status, self._line)

    def locked(self):
        """Whether acquire() would have to wait."""
        if self._free == 0:
            return True
        return any(not w.cancelled() for w in self._line or ())

    async def acquire(self):
        """Takes a slot; returns True."""
        if not self.locked():
            self._free -= 1
            return True
        if self._line is None:
            self._line = collections.deque()
        ticket = self._get_loop().create_future()
        try:
            await _sleep_in_line(self._line, ticket)
        except exceptions.CancelledError:
            if ticket.done() and not ticket.cancelled():
                # A slot was handed to us as we were cancelled: give it back.
                self._free += 1
            raise
        finally:
            # Tasks that queued behind us while slots were free get them now.
            while self._free > 0 and self._hand_slot():
                pass
        return True

    def release(self):
        """Gives a slot back (to the first waiting task, if any)."""
        self._free += 1
        self._hand_slot()

    def _hand_slot(self):
        for ticket in self._line or ():
            if not ticket.done():
                self._free -= 1
                ticket.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    _bound_value = mixins._alias("_limit")

    def __init__(self, value=1):
        self._limit = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._free >= self._limit:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)


class _BarrierState(enum.Enum):
    FILLING = "filling"
    DRAINING = "draining"
    RESETTING = "resetting"
    BROKEN = "broken"


class Barrier(mixins._LoopBoundMixin):
    """A meeting point: wait() returns once `parties` tasks are waiting.

    A round fills up, then drains (the tasks leave); tasks arriving while it drains wait for
    the next round. reset() and abort() make the waiting tasks raise BrokenBarrierError.
    """

    _count = mixins._alias("_inside")
    _state = mixins._alias("_phase")

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._cond = Condition()
        self._phase = _BarrierState.FILLING
        self._inside = 0            # tasks inside wait()

    def __repr__(self):
        status = self._phase.value
        if self._phase is not _BarrierState.BROKEN:
            status += f", waiters:{self.n_waiting}/{self._parties}"
        return f"<{object.__repr__(self)[1:-1]} [{status}]>"

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        """Waits for the other parties; returns this task's arrival number (0 ... parties-1)."""
        async with self._cond:
            await self._cond.wait_for(lambda: self._phase in (_BarrierState.FILLING,
                                                              _BarrierState.BROKEN))
            if self._phase is _BarrierState.BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            arrival = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._phase = _BarrierState.DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._phase is not _BarrierState.FILLING)
                    if self._phase in (_BarrierState.BROKEN, _BarrierState.RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return arrival
            finally:
                self._inside -= 1
                if self._inside == 0:
                    if self._phase in (_BarrierState.DRAINING, _BarrierState.RESETTING):
                        self._phase = _BarrierState.FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Back to an empty round; the tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            self._phase = _BarrierState.RESETTING if self._inside else _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier for good: waits raise BrokenBarrierError."""
        async with self._cond:
            self._phase = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting in the round being filled."""
        return self._inside if self._phase is _BarrierState.FILLING else 0

    @property
    def broken(self):
        return self._phase is _BarrierState.BROKEN
