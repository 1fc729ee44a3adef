"""A general-purpose event scheduler.

A `scheduler` keeps a queue of events, each a call to make at a given time. Time is whatever
the scheduler's `timefunc` returns and `delayfunc` waits for; by default `time.monotonic` and
`time.sleep`, but any pair of functions using the same units works (a simulated clock, say).
Events due at the same time run in order of priority (lower first), then in the order they were
scheduled. `run()` executes them; actions may schedule or cancel events while it runs, and
other threads may do so too: the queue is guarded by a lock.
"""

import heapq
import threading
import time
import collections
import itertools

__all__ = ['scheduler']

Event = collections.namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = __name__
Event.time.__doc__ = 'When the event is due, in the units of the scheduler\'s timefunc.'
Event.priority.__doc__ = 'Orders events due at the same time: lower values run first.'
Event.sequence.__doc__ = ('A number that grows with every event scheduled, so that events of\n'
                          '    equal time and priority run in the order they were entered.')
Event.action.__doc__ = 'The callable run as action(*argument, **kwargs).'
Event.argument.__doc__ = 'A sequence of the positional arguments given to the action.'
Event.kwargs.__doc__ = 'A dictionary of the keyword arguments given to the action.'

# Stands for "no keyword arguments given" (a shared {} default would be mutable).
_sentinel = object()


class scheduler:
    """A queue of timed events; see the module's docstring."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._queue = []  # a heap of Events
        self._lock = threading.RLock()  # re-entrant: actions may call back in
        self._next_sequence = itertools.count().__next__

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) for absolute `time`; returns the Event, which
        can be given to cancel()."""
        with self._lock:
            queue = self._queue
            event = Event(time, priority, self._next_sequence(), action, argument,
                          {} if kwargs is _sentinel else kwargs)
            heapq.heappush(queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules the action `delay` time units from now; otherwise as enterabs()."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes `event` from the queue; ValueError if it is not there."""
        with self._lock:
            pending = self._queue
            pending.remove(event)
            heapq.heapify(pending)

    def empty(self):
        """True when no event is waiting."""
        with self._lock:
            return len(self._queue) == 0

    def run(self, blocking=True):
        """Runs the events as they fall due, until the queue is empty.

        While waiting for the next event it calls delayfunc with the time left; after each
        action it calls delayfunc(0), giving other threads a chance to run. With `blocking`
        false it runs only the events already due and returns the time until the next one
        (None when the queue is empty). An exception raised by an action propagates, leaving
        the remaining events scheduled.
        """
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                due = queue[0].time
                now = self.timefunc()
                event = heapq.heappop(queue) if due <= now else None
            if event is None:
                if not blocking:
                    return due - now
                self.delayfunc(due - now)
            else:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        """The waiting events, in the order they will run (a new list)."""
        with self._lock:
            pending = self._queue[:]
        return [heapq.heappop(pending) for _ in range(len(pending))]
