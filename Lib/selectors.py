"""High-level waiting on many file objects: register them with the events of interest, then
select() gives back the keys of those that are ready. PollSelector and SelectSelector are built
on the select module; DefaultSelector is the poll one."""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = "What a selector keeps of a registered file object."


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: %r" % (fileobj,)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: %d" % fd)
    return fd


class _KeyView(Mapping):
    """The read-only mapping of file objects to keys that get_map() returns."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._keys)

    def __iter__(self):
        return iter(self._selector._keys)

    def __getitem__(self, fileobj):
        fd = self._selector._lookup_fd(fileobj)
        try:
            return self._selector._keys[fd]
        except KeyError:
            raise KeyError("%r is not registered" % (fileobj,)) from None


class BaseSelector(metaclass=ABCMeta):
    """The interface every selector has."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _KeyedSelector(BaseSelector):
    """Keeps the keys by file descriptor; subclasses wait."""

    def __init__(self):
        self._keys = {}
        self._view = _KeyView(self)

    def _lookup_fd(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # A closed file object may still be registered: look for it among the keys.
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._lookup_fd(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._lookup_fd(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        fd = self._lookup_fd(fileobj)
        old = self._keys.get(fd)
        if old is None:
            raise KeyError("{!r} is not registered".format(fileobj))
        if events != old.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != old.data:
            self._keys[fd] = old._replace(data=data)
        return self._keys[fd]

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view

    def _ready(self, fd, readable, writable):
        key = self._keys.get(fd)
        if key is None:
            return None
        events = (EVENT_READ if readable else 0) | (EVENT_WRITE if writable else 0)
        events &= key.events
        return (key, events) if events else None


class SelectSelector(_KeyedSelector):
    """A selector over select.select()."""

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        readers = [fd for fd, key in self._keys.items() if key.events & EVENT_READ]
        writers = [fd for fd, key in self._keys.items() if key.events & EVENT_WRITE]
        if not self._keys:
            return []
        try:
            r, w, _ = select.select(readers, writers, [], timeout)
        except InterruptedError:
            return []
        r, w = set(r), set(w)
        ready = (self._ready(fd, fd in r, fd in w) for fd in r | w)
        return [item for item in ready if item is not None]


class PollSelector(_KeyedSelector):
    """A selector over select.poll()."""

    def select(self, timeout=None):
        if timeout is None:
            ms = None
        elif timeout <= 0:
            ms = 0
        else:
            ms = math.ceil(timeout * 1000)
        poller = select.poll()
        for fd, key in self._keys.items():
            mask = (select.POLLIN if key.events & EVENT_READ else 0) | \
                (select.POLLOUT if key.events & EVENT_WRITE else 0)
            poller.register(fd, mask)
        try:
            events = poller.poll(ms)
        except InterruptedError:
            return []
        result = []
        for fd, revents in events:
            readable = revents & ~select.POLLOUT
            writable = revents & ~select.POLLIN
            item = self._ready(fd, readable, writable)
            if item is not None:
                result.append(item)
        return result


DefaultSelector = PollSelector
