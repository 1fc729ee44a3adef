"""A simple, slow, portable dbm clone written in Python.

A database named BASE is kept in three files:

BASE.dat  the values, each starting at a multiple of 512 bytes (the gaps
          are filled with NUL bytes);
BASE.dir  the index, one line per key: the repr() of the key decoded as
          Latin-1, a comma, and the repr() of the (offset, size) tuple of
          its value in BASE.dat, e.g. `'spam', (512, 4)`; the file itself
          is Latin-1 encoded;
BASE.bak  the previous BASE.dir, kept whenever the index is rewritten.

This is the layout CPython's dbm.dumb uses, so either can read the other's
files.  New keys are appended to BASE.dir at once; deletions, and values
that moved, reach it when the database is synced or closed.  A value that
grows beyond its blocks is written anew at the end of BASE.dat and the old
space is not reused, so the data file only grows.
"""

import ast
import collections.abc
import io
import os

__all__ = ['error', 'open']

error = OSError

_BLOCKSIZE = 512

_CLOSED = 'DBM object has already been closed'
_READ_ONLY = 'The database is opened for reading only'


def _remove_quietly(path):
    try:
        os.remove(path)
    except OSError:
        pass


def _as_bytes(key):
    # str keys are stored as their UTF-8 bytes.
    return key.encode('utf-8') if isinstance(key, str) else key


def _index_line(key, where):
    return "%r, %r\n" % (key.decode('Latin-1'), where)


def _parse_index_line(line, lineno, path):
    """(key, (offset, size)) from a line of a .dir file, or ValueError."""
    try:
        key, where = ast.literal_eval(line)
        offset, size = where
        valid = (isinstance(key, str) and type(offset) is int
                 and type(size) is int and offset >= 0 and size >= 0)
    except (ValueError, TypeError, SyntaxError, RecursionError):
        valid = False
    if not valid:
        raise ValueError("corrupt dbm.dumb index %r, line %d: %r"
                         % (os.fsdecode(path), lineno, line[:80])) from None
    return key.encode('Latin-1'), (offset, size)


class _Database(collections.abc.MutableMapping):
    """An open dbm.dumb database: a mapping of bytes keys to bytes values
    (str keys and values are stored as UTF-8)."""

    # Set early so that close() (and __del__) work on a half-made object.
    _index = None

    def __init__(self, filebasename, mode, flag='c'):
        base = os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == 'r'
        self._datfile = base + b'.dat'
        self._dirfile = base + b'.dir'
        self._bakfile = base + b'.bak'
        if flag == 'n':
            for path in (self._datfile, self._bakfile, self._dirfile):
                _remove_quietly(path)
        self._open_data_file(flag)
        self._load_index(flag)

    def _open_data_file(self, flag):
        # Make sure the .dat file exists, creating it only for 'c' and 'n'.
        try:
            io.open(self._datfile, 'rb').close()
        except OSError:
            if flag in ('r', 'w'):
                raise
            with io.open(self._datfile, 'wb'):
                self._chmod(self._datfile)

    def _load_index(self, flag):
        # _modified: whether the index was ever changed (or the .dir file is
        # missing); once set, every sync() and close() rewrites .dir and .bak
        # exactly as CPython does, so both leave the same files behind.
        try:
            f = io.open(self._dirfile, 'r', encoding='Latin-1')
        except OSError:
            if flag in ('r', 'w'):
                raise
            self._index, self._modified = {}, True
            return
        with f:
            self._index = dict(
                _parse_index_line(line.rstrip(), lineno, self._dirfile)
                for lineno, line in enumerate(f, 1))
        self._modified = False

    def _chmod(self, path):
        os.chmod(path, self._mode)

    def _check_open(self):
        if self._index is None:
            raise error(_CLOSED)

    def _check_writable(self):
        if self._readonly:
            raise error(_READ_ONLY)

    # writing the index

    def _commit(self):
        """Rewrite the .dir file from the index, keeping the old one as .bak.

        The new index is written to a scratch file first, so that a failed
        write leaves the old .dir file in place.
        """
        if self._index is None or not self._modified:
            return
        scratch = self._dirfile + b'.new'
        try:
            with io.open(scratch, 'w', encoding='Latin-1') as f:
                self._chmod(scratch)
                f.write(''.join(_index_line(key, where)
                                for key, where in self._index.items()))
        except BaseException:
            _remove_quietly(scratch)
            raise
        _remove_quietly(self._bakfile)
        if os.path.exists(self._dirfile):
            os.rename(self._dirfile, self._bakfile)
        os.replace(scratch, self._dirfile)

    sync = _commit

    # writing values

    def _append_value(self, val):
        # At the next block boundary after the end of the data file.
        with io.open(self._datfile, 'rb+') as f:
            f.seek(0, 2)
            end = f.tell()
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            f.write(b'\0' * (start - end) + val)
        return start, len(val)

    def _overwrite_value(self, offset, val):
        with io.open(self._datfile, 'rb+') as f:
            f.seek(offset)
            f.write(val)
        return offset, len(val)

    def _append_key(self, key, where):
        with io.open(self._dirfile, 'a', encoding='Latin-1') as f:
            self._chmod(self._dirfile)
            f.write(_index_line(key, where))
        self._index[key] = where

    # the mapping

    def __getitem__(self, key):
        key = _as_bytes(key)
        self._check_open()
        offset, size = self._index[key]
        with io.open(self._datfile, 'rb') as f:
            return self._read_value(f, key, offset, size)

    def _read_value(self, f, key, offset, size):
        f.seek(offset)
        val = f.read(size)
        if len(val) != size:
            raise ValueError("corrupt dbm.dumb data file %r: the value of %r "
                             "is cut short" % (os.fsdecode(self._datfile), key))
        return val

    def __setitem__(self, key, val):
        self._check_writable()
        key = _as_bytes(key)
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        val = _as_bytes(val)
        if not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        self._check_open()
        self._modified = True
        if key not in self._index:
            # Value first: a failure leaves no key pointing at nothing.
            self._append_key(key, self._append_value(val))
            return
        offset, size = self._index[key]
        blocks_held = -(-size // _BLOCKSIZE)
        blocks_needed = -(-len(val) // _BLOCKSIZE)
        if blocks_needed <= blocks_held:
            self._index[key] = self._overwrite_value(offset, val)
        else:
            self._index[key] = self._append_value(val)

    def __delitem__(self, key):
        self._check_writable()
        key = _as_bytes(key)
        self._check_open()
        self._modified = True
        del self._index[key]
        # The freed space in .dat is simply abandoned; only the index changes.
        self._commit()

    def __contains__(self, key):
        key = _as_bytes(key)
        self._check_open()
        return key in self._index

    def __len__(self):
        self._check_open()
        return len(self._index)

    def __iter__(self):
        self._check_open()
        return iter(self._index)

    iterkeys = __iter__

    def keys(self):
        """A list of all the keys (bytes)."""
        self._check_open()
        return list(self._index)

    def items(self):
        """A list of (key, value) pairs."""
        self._check_open()
        with io.open(self._datfile, 'rb') as f:
            return [(key, self._read_value(f, key, *where))
                    for key, where in self._index.items()]

    # closing

    def close(self):
        """Write the index out and close; later use raises `error`."""
        try:
            self.sync()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open the dumb database `file` (the name without .dat/.dir).

    flag: 'r' read only, 'w' read and write, 'c' (the default) like 'w' but
    creating the database when missing, 'n' always a new empty database.
    mode: permission bits for the files created, less the umask.
    """
    # The umask can only be read by setting it; put it straight back.
    umask = os.umask(0)
    os.umask(umask)
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode & ~umask, flag=flag)
