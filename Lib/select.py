"""Waiting for I/O readiness: select() and poll objects, both over the native `_select.poll`."""

import _select
from _select import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL,
                     POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND)

error = OSError

# What counts as ready for select()'s three lists.
_READABLE = POLLIN | POLLHUP | POLLERR
_WRITABLE = POLLOUT | POLLERR
_EXCEPTIONAL = POLLPRI


def _fd_of(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fileno = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def select(rlist, wlist, xlist, timeout=None, /):
    """Waits until some of the objects are ready; returns the three lists of those that are."""
    if timeout is None:
        ms = None
    else:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be an integer or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
        ms = int(timeout * 1000) + (timeout * 1000 % 1 > 0)
    groups = [list(rlist), list(wlist), list(xlist)]
    wanted = {}
    for objects, mask in zip(groups, (POLLIN, POLLOUT, POLLPRI)):
        for obj in objects:
            fd = _fd_of(obj)
            wanted[fd] = wanted.get(fd, 0) | mask
    got = dict(_select.poll(list(wanted.items()), ms))
    for fd, revents in got.items():
        if revents & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
    result = []
    for objects, mask in zip(groups, (_READABLE, _WRITABLE, _EXCEPTIONAL)):
        result.append([obj for obj in objects if got.get(_fd_of(obj), 0) & mask])
    return tuple(result)


class _Poll:
    """What select.poll() returns: a set of registered descriptors to wait on."""

    def __init__(self):
        self._events = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        self._events[_fd_of(fd)] = eventmask

    def modify(self, fd, eventmask, /):
        fd = _fd_of(fd)
        if fd not in self._events:
            raise FileNotFoundError(2, "No such file or directory")
        self._events[fd] = eventmask

    def unregister(self, fd, /):
        del self._events[_fd_of(fd)]

    def poll(self, timeout=None, /):
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(timeout).__name__)
            timeout = int(timeout) if timeout >= 0 else None
        return _select.poll(list(self._events.items()), timeout)


def poll():
    """A new polling object."""
    return _Poll()
