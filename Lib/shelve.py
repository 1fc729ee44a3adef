"""Persistent dictionaries of Python objects ("shelves").

A shelf maps str keys to arbitrary picklable objects.  It sits on top of a
dict-like store whose keys and values are bytes -- normally a database from
the `dbm` package -- pickling each value on assignment and unpickling it on
every lookup:

    with shelve.open("inventory") as db:
        db["apples"] = {"count": 3}
        print(db["apples"]["count"])

Because a lookup returns a fresh copy, mutating it changes nothing stored
(`db["apples"]["count"] += 1` is lost).  Open the shelf with
writeback=True to have looked-up objects cached and written back by
`sync()` and `close()`, at the price of memory and a slower close.

Shelf         any mapping of bytes to bytes as the store
BsdDbShelf    a store with the cursor methods first/last/next/previous/
              set_location (Berkeley DB style)
DbfilenameShelf, open()   a database file opened with dbm.open
"""

import io
import pickle
from collections.abc import MutableMapping

__all__ = ['Shelf', 'BsdDbShelf', 'DbfilenameShelf', 'open']


class _ClosedDict(MutableMapping):
    """Stands in for the store of a closed shelf: any use raises ValueError."""

    def _refuse(self, *args, **kwargs):
        raise ValueError("invalid operation on closed shelf")

    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = _refuse
    keys = _refuse

    def __repr__(self):
        return "<Closed Dictionary>"


def _dumps(value, protocol):
    buffer = io.BytesIO()
    pickle.Pickler(buffer, protocol).dump(value)
    return buffer.getvalue()


def _loads(data):
    return pickle.Unpickler(io.BytesIO(data)).load()


class Shelf(MutableMapping):
    """A mapping from str keys to objects, pickled into the mapping `dict`.

    Keys are encoded with `keyencoding` before they reach the store; values
    are pickled with `protocol` (pickle.DEFAULT_PROTOCOL when None).  With
    `writeback`, every object read or written is also kept in `cache` and
    stored again by sync() and close().
    """

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict, self.writeback, self.keyencoding = dict, writeback, keyencoding
        self._protocol = pickle.DEFAULT_PROTOCOL if protocol is None else protocol
        self.cache = {}  # key -> object, filled only with writeback

    def _key(self, key):
        return key.encode(self.keyencoding)

    def _remember(self, key, value):
        # With writeback the object itself is kept, to be stored again later.
        if self.writeback:
            self.cache[key] = value
        return value

    def __iter__(self):
        for stored in self.dict.keys():
            yield stored.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        # Test membership first: only a present key is unpickled.
        return self[key] if self._key(key) in self.dict else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        return self._remember(key, _loads(self.dict[self._key(key)]))

    def __setitem__(self, key, value):
        self._remember(key, value)
        # Stored at once even with writeback, so the store is never behind
        # on assignments (only on in-place changes of cached objects).
        self.dict[self._key(key)] = _dumps(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def sync(self):
        """Store the cached objects again (with writeback) and sync the store."""
        if self.cache and self.writeback:
            # Off while the cache is stored through __setitem__, and left off
            # if that fails (as CPython does): a later close() then succeeds.
            self.writeback = False
            for item in self.cache.items():
                self.__setitem__(*item)
            self.cache, self.writeback = {}, True
        store_sync = getattr(self.dict, 'sync', None)
        if store_sync is not None:
            store_sync()

    def close(self):
        """Sync, then close the store; the shelf cannot be used afterwards."""
        store = self.dict
        if store is None:
            return
        try:
            self.sync()
            store_close = getattr(store, 'close', None)
            if store_close is not None:
                store_close()
        finally:
            # At interpreter exit the module's globals may already be gone.
            closed = globals().get('_ClosedDict')
            self.dict = closed() if closed else None

    def __del__(self):
        # __init__ may have failed before the attributes were set.
        if hasattr(self, 'writeback'):
            self.close()


class BsdDbShelf(Shelf):
    """A Shelf over a store with Berkeley DB's cursor methods: first(),
    last(), next(), previous() and set_location(key), each returning a
    (key, value) pair with the value unpickled."""

    def _pair(self, item):
        key, data = item
        return key.decode(self.keyencoding), _loads(data)

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf stored in the database file `filename`, opened with
    dbm.open(filename, flag)."""

    def __init__(self, filename, flag='c', protocol=None,
                 writeback=False):
        import dbm  # only shelves kept in files need it
        super().__init__(dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open a persistent dictionary stored in the database `filename`.

    flag is passed to dbm.open: 'c' (the default) creates the database when
    missing, 'n' always starts an empty one, 'w' needs an existing one and
    'r' opens it read only.  protocol is the pickle protocol of the values;
    see the module docstring for writeback.
    """
    return DbfilenameShelf(filename, flag, protocol=protocol, writeback=writeback)
