"""Loop binding for the synchronization primitives and queues: an object belongs to the
loop that first makes it wait, and refuses to be used from another."""

import threading

from . import events

_binding = threading.Lock()


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        if self._loop is None:
            with _binding:
                self._loop = self._loop or running
        if self._loop is not running:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return running


def _alias(attribute):
    """A read-write property standing for another attribute: the private names that
    CPython's implementation uses (and that tests and tools look at) map onto ours."""
    return property(lambda self: getattr(self, attribute),
                    lambda self, value: setattr(self, attribute, value))
