"""Queues that threads share: FIFO (Queue), LIFO (LifoQueue), lowest-first (PriorityQueue),
and the unbounded SimpleQueue without task tracking.

Queue and its subclasses keep their items in `self.queue` and guard everything with one lock,
`self.mutex`, shared by three conditions: `not_empty` (a get() waits on it), `not_full` (a put()
waits on it) and `all_tasks_done` (join() waits on it). Subclasses change the storage by
overriding `_init`, `_qsize`, `_put` and `_get`, which are always called with the lock held.
"""

import threading
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _clock
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking get() (or one that timed out) on an empty queue."""


class Full(Exception):
    """Raised by a non-blocking put() (or one that timed out) on a full queue."""


def _check_timeout(timeout):
    if timeout is None:
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(condition, ready, timeout, failure):
    """With `condition`'s lock held: wait until `ready()` is true, for at most `timeout`
    seconds (None: forever); raise `failure` when the time runs out first."""
    if timeout is None:
        while not ready():
            condition.wait()
        return
    deadline = _clock() + timeout
    while not ready():
        left = deadline - _clock()
        if left <= 0:
            raise failure
        condition.wait(left)


class Queue:
    """A first-in, first-out queue holding at most `maxsize` items (no limit when `maxsize` is
    0 or less)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(self.maxsize)
        self.unfinished_tasks = 0
        # One lock, and the three conditions over it (documented attributes).
        lock = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(lock) for _ in 'abc')

    # -- the storage, overridden by subclasses (called with the lock held) --

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    # -- state --

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def _has_items(self):
        return self._qsize() > 0

    def _locked(self, query):
        self.mutex.acquire()
        try:
            return query()
        finally:
            self.mutex.release()

    def qsize(self):
        """The number of items now (only a hint: other threads may change it at once)."""
        return self._locked(self._qsize)

    def empty(self):
        """Whether the queue holds no item now (a hint, as qsize())."""
        return not self._locked(self._has_items)

    def full(self):
        """Whether the queue holds `maxsize` items now (a hint, as qsize())."""
        return not self._locked(self._has_room)

    # -- adding and taking --

    def put(self, item, block=True, timeout=None):
        """Add `item`. When the queue is full, wait for room (at most `timeout` seconds when
        given) if `block`, else raise Full at once; Full also when the timeout passes."""
        room = self.not_full
        with room:
            if block and self.maxsize > 0:
                _check_timeout(timeout)
            if not self._has_room():
                if not block:
                    raise Full
                _wait_until(room, self._has_room, timeout, Full)
            self._put(item)
            self.unfinished_tasks = self.unfinished_tasks + 1
            self.not_empty.notify(1)

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return the next item. When the queue is empty, wait for one (at most
        `timeout` seconds when given) if `block`, else raise Empty at once; Empty also when the
        timeout passes."""
        items = self.not_empty
        with items:
            if block:
                _check_timeout(timeout)
            if not self._has_items():
                if not block:
                    raise Empty
                _wait_until(items, self._has_items, timeout, Empty)
            taken = self._get()
            self.not_full.notify(1)
        return taken

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    # -- task tracking --

    def task_done(self):
        """Tell the queue that the processing of an item taken with get() is complete. When
        every item put has been marked done, join() returns. ValueError when called more
        times than there were items."""
        done = self.all_tasks_done
        with done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                done.notify_all()

    def join(self):
        """Wait until every item ever put has been taken and marked done with task_done()."""
        done = self.all_tasks_done
        with done:
            done.wait_for(lambda: not self.unfinished_tasks)

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first (items are often (priority, data)
    tuples)."""

    def _init(self, maxsize):
        self.queue = list()

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A Queue that hands out its most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = list()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(-1)


class _PySimpleQueue:
    """An unbounded first-in, first-out queue, without task_done() or join(). put() never
    blocks, so it may be called from a __del__ method or a signal handler."""

    def __init__(self):
        self._items = deque()
        # One permit per item that a get() may take.
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Add `item` (never blocks; `block` and `timeout` exist for Queue compatibility)."""
        self._items.append(item)
        self._available.release()

    def put_nowait(self, item):
        """put(item, block=False)."""
        self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one (at most `timeout` seconds when
        given) if `block`; Empty when there is none in time."""
        if block:
            _check_timeout(timeout)
        if not self._available.acquire(block, timeout if block else None):
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """Whether the queue holds no item now (a hint)."""
        return len(self._items) == 0

    def qsize(self):
        """The number of items now (a hint)."""
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)


_PySimpleQueue.__name__ = _PySimpleQueue.__qualname__ = 'SimpleQueue'

try:
    from _queue import SimpleQueue
except ImportError:
    # No native one on Ferrython: this module's.
    SimpleQueue = _PySimpleQueue
