"""Waiting for readiness on many file objects at once.

A selector remembers which file objects you care about and for which events
(EVENT_READ, EVENT_WRITE); each call to select() returns a list of
``(SelectorKey, ready_events)`` pairs.  Two implementations are provided, on
top of select.select() and select.poll(); DefaultSelector is the poll-based
one.
"""

import abc
import collections
import collections.abc
import math
import select

EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ | EVENT_WRITE

SelectorKey = collections.namedtuple(
    "SelectorKey", ("fileobj", "fd", "events", "data"))
SelectorKey.__doc__ = ("Registration record: the file object, its descriptor, "
                       "the event mask and the caller's data.")


def _unknown(fileobj):
    return KeyError(f"{fileobj!r} is not registered")


def _fileobj_to_fd(fileobj):
    """Turn an int or an object with fileno() into a descriptor number."""
    if not isinstance(fileobj, int):
        try:
            fileobj = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fileobj >= 0:
        return fileobj
    raise ValueError("Invalid file descriptor: %d" % fileobj)


class _RegistrationMap(collections.abc.Mapping):
    """Read-only view, keyed by file object, of a selector's registrations."""

    def __init__(self, by_fd, resolve):
        self._by_fd = by_fd
        self._resolve = resolve

    def __len__(self):
        return len(self._by_fd)

    def __iter__(self):
        yield from self._by_fd

    def __getitem__(self, fileobj):
        entry = self._by_fd.get(self._resolve(fileobj))
        if entry is None:
            raise _unknown(fileobj)
        return entry


class BaseSelector(metaclass=abc.ABCMeta):
    """Interface shared by all selectors; usable as a context manager."""

    @abc.abstractmethod
    def register(self, fileobj, events, data=None):
        """Start watching `fileobj` for `events`; return its SelectorKey."""

    @abc.abstractmethod
    def unregister(self, fileobj):
        """Stop watching `fileobj`; return the SelectorKey it had."""

    def modify(self, fileobj, events, data=None):
        """Change the events or data of a registration."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abc.abstractmethod
    def select(self, timeout=None):
        """Wait up to `timeout` seconds; return (key, events) pairs."""

    def close(self):
        """Release the selector's resources."""

    def get_key(self, fileobj):
        """Return the SelectorKey of a registered file object."""
        registrations = self.get_map()
        if registrations is None:
            raise RuntimeError("Selector is closed")
        if fileobj in registrations:
            return registrations[fileobj]
        raise _unknown(fileobj)

    @abc.abstractmethod
    def get_map(self):
        """Return a mapping from file objects to SelectorKeys."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _TableSelector(BaseSelector):
    """Common bookkeeping: registrations stored in a dict keyed by fd.

    Subclasses only implement select(), using _hit() to build results.
    """

    def __init__(self):
        self._table = {}
        self._public = _RegistrationMap(self._table, self._descriptor_of)

    def _descriptor_of(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # The object may have been closed since it was registered.
            matches = [k.fd for k in self._table.values() if k.fileobj is fileobj]
            if not matches:
                raise
            return matches[0]

    def register(self, fileobj, events, data=None):
        if events == 0 or (events & ~_ALL_EVENTS):
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._descriptor_of(fileobj)
        if fd in self._table:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        entry = SelectorKey(fileobj, fd, events, data)
        self._table[fd] = entry
        return entry

    def unregister(self, fileobj):
        entry = self._table.pop(self._descriptor_of(fileobj), None)
        if entry is None:
            raise _unknown(fileobj)
        return entry

    def modify(self, fileobj, events, data=None):
        fd = self._descriptor_of(fileobj)
        current = self._table.get(fd)
        if current is None:
            raise _unknown(fileobj)
        if current.events != events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if current.data != data:
            current = current._replace(data=data)
            self._table[fd] = current
        return current

    def close(self):
        self._table.clear()
        self._public = None

    def get_map(self):
        return self._public

    def _wanted(self, flag):
        return [fd for fd, entry in self._table.items() if entry.events & flag]

    def _hit(self, fd, readable, writable):
        entry = self._table.get(fd)
        if entry is None:
            return None
        mask = 0
        if readable:
            mask |= EVENT_READ
        if writable:
            mask |= EVENT_WRITE
        mask &= entry.events
        return (entry, mask) if mask else None

    def _collect(self, triples):
        found = []
        for fd, readable, writable in triples:
            hit = self._hit(fd, readable, writable)
            if hit is not None:
                found.append(hit)
        return found


class SelectSelector(_TableSelector):
    """Selector built on select.select()."""

    def select(self, timeout=None):
        if not self._table:
            return []
        wait = None if timeout is None else max(timeout, 0)
        try:
            rlist, wlist, _ = select.select(self._wanted(EVENT_READ),
                                            self._wanted(EVENT_WRITE), [], wait)
        except InterruptedError:
            return []
        rset = set(rlist)
        wset = set(wlist)
        return self._collect((fd, fd in rset, fd in wset) for fd in rset | wset)


class PollSelector(_TableSelector):
    """Selector built on select.poll()."""

    @staticmethod
    def _milliseconds(timeout):
        if timeout is None:
            return None
        if timeout > 0:
            return math.ceil(timeout * 1e3)
        return 0

    def select(self, timeout=None):
        poller = select.poll()
        for fd, entry in self._table.items():
            flags = 0
            if entry.events & EVENT_READ:
                flags |= select.POLLIN
            if entry.events & EVENT_WRITE:
                flags |= select.POLLOUT
            poller.register(fd, flags)
        try:
            reported = poller.poll(self._milliseconds(timeout))
        except InterruptedError:
            return []
        return self._collect((fd, bits & ~select.POLLOUT, bits & ~select.POLLIN)
                             for fd, bits in reported)


DefaultSelector = PollSelector
