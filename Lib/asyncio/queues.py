"""Queues between tasks: Queue (first in, first out), PriorityQueue (smallest first) and
LifoQueue (last in, first out). Tasks blocked in get() or put() sleep on futures kept in
FIFO deques; each change of the queue wakes the first sleeper that can go on."""

__all__ = ("Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty")

import collections
import heapq
import types

from . import locks, mixins


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue full."""


def _wake_first(sleepers):
    while sleepers:
        sleeper = sleepers.popleft()
        if not sleeper.done():
            sleeper.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue of at most `maxsize` items (no limit when maxsize <= 0).

    Every item put counts as unfinished until a consumer calls task_done() for it;
    join() waits until none is left.
    """

    _getters = mixins._alias("_get_sleepers")
    _putters = mixins._alias("_put_sleepers")
    _unfinished_tasks = mixins._alias("_unfinished")
    _finished = mixins._alias("_idle")
    _maxsize = mixins._alias("_capacity")

    def _format(self):
        return self._describe()

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, maxsize=0):
        self._capacity = maxsize
        self._get_sleepers = collections.deque()
        self._put_sleepers = collections.deque()
        self._unfinished = 0
        self._idle = locks.Event()
        self._idle.set()
        self._init(maxsize)

    # The storage: subclasses replace these three.

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    # Description

    def _describe(self):
        words = [f"maxsize={self._capacity!r}"]
        if getattr(self, "_queue", None):
            words.append(f"_queue={list(self._queue)!r}")
        if self._get_sleepers:
            words.append(f"_getters[{len(self._get_sleepers)}]")
        if self._put_sleepers:
            words.append(f"_putters[{len(self._put_sleepers)}]")
        if self._unfinished:
            words.append(f"tasks={self._unfinished}")
        return " ".join(words)

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._describe()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._describe()}>"

    # State

    @property
    def maxsize(self):
        """The most items the queue holds (0 or less: no limit)."""
        return self._capacity

    def qsize(self):
        """The number of items in the queue."""
        return len(self._queue)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        """Whether put() would wait."""
        return 0 < self._capacity <= self.qsize()

    # Adding and taking

    async def _sleep_until_woken(self, sleepers, still_blocked):
        sleeper = self._get_loop().create_future()
        sleepers.append(sleeper)
        try:
            await sleeper
        except BaseException:
            sleeper.cancel()
            if sleeper in sleepers:
                sleepers.remove(sleeper)
            if not still_blocked() and not sleeper.cancelled():
                # Our wake-up is lost with us: pass it on to the next sleeper.
                _wake_first(sleepers)
            raise

    async def put(self, item):
        """Adds the item, waiting for room if the queue is full."""
        full = self.full
        while full():
            await self._sleep_until_woken(self._put_sleepers, full)
        self.put_nowait(item)

    def put_nowait(self, item):
        """Adds the item; QueueFull when there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._idle.clear()
        _wake_first(self._get_sleepers)

    async def get(self):
        """Takes the next item, waiting for one if the queue is empty."""
        empty = self.empty
        while empty():
            await self._sleep_until_woken(self._get_sleepers, empty)
        return self.get_nowait()

    def get_nowait(self):
        """Takes the next item; QueueEmpty when there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._put_sleepers)
        return item

    # Tracking work

    def task_done(self):
        """Says that the work on one item taken from the queue is finished."""
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if not self._unfinished:
            self._idle.set()

    async def join(self):
        """Waits until every item put has had its task_done()."""
        if self._unfinished:
            await self._idle.wait()


class PriorityQueue(Queue):
    """A queue that gives its smallest item first (often (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue that gives the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
