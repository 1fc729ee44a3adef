"""A common front end to the dbm-style key/value databases.

`open(file, flag)` works out which backend wrote an existing database
(see `whichdb`) and opens it with that backend; a new database is made by
the first backend of `dbm.gnu`, `dbm.ndbm` and `dbm.dumb` that can be
imported.  Keys and values are bytes (str is accepted and stored as
UTF-8).  The flag is 'r' (read only, the default), 'w' (read and write an
existing database), 'c' (read and write, creating it when missing) or 'n'
(always start a new, empty database).

`error` is a tuple of exception classes, suitable for `except dbm.error:`:
this module's own error and OSError, the error of `dbm.dumb`.
"""

import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


# The backends in order of preference (CPython's test suite reads these).
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_modules = {}       # name -> backend module, for those that imported
_defaultmod = None  # the backend new databases are made with

error = (error, OSError)

try:
    from dbm import ndbm  # whichdb asks it about a lone .db file
except ImportError:
    ndbm = None


def _load_backends():
    """Import every available backend; the first one becomes the default."""
    global _defaultmod
    for name in _names:
        try:
            _modules[name] = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        _defaultmod = _defaultmod or _modules[name]
    if not _defaultmod:
        raise ImportError("no dbm clone found; tried %s" % _names)


def open(file, flag='r', mode=0o666):
    """Open the database `file` (a path without the backend's suffixes).

    `mode` gives the permission bits of newly created files, less the
    process's umask.
    """
    if not _defaultmod:
        _load_backends()

    creating = 'c' in flag or 'n' in flag
    kind = None if 'n' in flag else whichdb(file)
    if kind is None and not creating:
        raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    if kind == "":
        raise error[0]("db type could not be determined")
    if kind is not None and kind not in _modules:
        raise error[0]("db type is %s, but the module is not available" % kind)
    backend = _defaultmod if kind is None else _modules[kind]
    return backend.open(file, flag, mode)


def _readable(path):
    try:
        io.open(path, "rb").close()
    except OSError:
        return False
    return True


def _looks_ndbm(base):
    # ndbm keeps a .pag and a .dir file; some builds use one .db file.
    if _readable(base + b".pag") and _readable(base + b".dir"):
        return True
    if ndbm is None or not _readable(base + b".db"):
        return False
    try:
        ndbm.open(base).close()
    except OSError:
        return False
    return True


def _looks_dumb(base):
    # dbm.dumb keeps a .dat file and a .dir file of repr()'d key lines,
    # each starting with a quote (or an empty .dir for an empty database).
    if not os.path.exists(base + b".dat"):
        return False
    try:
        with io.open(base + b".dir", "rb") as f:
            return f.read(1) in (b"", b"'", b'"')
    except OSError:
        return False


# Magic numbers at the start of a GNU dbm file.
_GNU_MAGIC = (0x13579ace, 0x13579acd, 0x13579acf)


def whichdb(filename):
    """Name the module that can open the database `filename`.

    Returns "dbm.gnu", "dbm.ndbm" or "dbm.dumb"; "" when the file exists
    but its format is unknown; None when there is no such database (or it
    cannot be read).
    """
    base = os.fsencode(filename)
    for kind, test in (("dbm.ndbm", _looks_ndbm), ("dbm.dumb", _looks_dumb)):
        if test(base):
            return kind
    try:
        with io.open(base, "rb") as f:
            head = f.read(4)
    except OSError:
        return None
    if len(head) == 4 and struct.unpack("=l", head)[0] in _GNU_MAGIC:
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
