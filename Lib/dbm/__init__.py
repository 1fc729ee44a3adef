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


# The backends in order of preference, and those found importable so far.
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def _load_backends():
    """Import every available backend; the first one becomes the default."""
    global _defaultmod
    for name in _names:
        try:
            module = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        _modules[name] = module
        if _defaultmod is None:
            _defaultmod = module
    if _defaultmod is None:
        raise ImportError("no dbm clone found; tried %s" % _names)


def open(file, flag='r', mode=0o666):
    """Open the database `file` (a path without the backend's suffixes).

    `mode` gives the permission bits of newly created files, less the
    process's umask.
    """
    if _defaultmod is None:
        _load_backends()

    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; "
                           "use 'c' or 'n' flag to create a new db")
        backend = _defaultmod
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is %s, but the module is not available" % kind)
    else:
        backend = _modules[kind]
    return backend.open(file, flag, mode)


def _exists(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def _looks_ndbm(base):
    # ndbm keeps a .pag and a .dir file; some builds use one .db file.
    if _exists(base + b".pag") and _exists(base + b".dir"):
        return True
    if ndbm is not None and _exists(base + b".db"):
        try:
            ndbm.open(base).close()
            return True
        except OSError:
            pass
    return False


def _looks_dumb(base):
    # dbm.dumb keeps a .dat file and a .dir file of repr()'d key lines,
    # each starting with a quote (or an empty .dir for an empty database).
    try:
        os.stat(base + b".dat")
        if os.stat(base + b".dir").st_size == 0:
            return True
        with io.open(base + b".dir", "rb") as f:
            return f.read(1) in (b"'", b'"')
    except OSError:
        return False


# Magic numbers at the start of a GNU dbm file, and at offset 12 of a
# Berkeley DB hash file (either byte order).
_GNU_MAGIC = (0x13579ace, 0x13579acd, 0x13579acf)
_BSD_HASH_MAGIC = (0x00061561, 0x61150600)


def whichdb(filename):
    """Name the module that can open the database `filename`.

    Returns "dbm.gnu", "dbm.ndbm", "dbm.dumb" or "dbm.bsd"; "" when the
    file exists but its format is unknown; None when there is no such
    database (or it cannot be read).
    """
    base = os.fsencode(filename)
    if _looks_ndbm(base):
        return "dbm.ndbm"
    if _looks_dumb(base):
        return "dbm.dumb"

    try:
        f = io.open(base, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    if struct.unpack("=l", head[:4])[0] in _GNU_MAGIC:
        return "dbm.gnu"
    # (A file shorter than 16 bytes has its last four tested instead.)
    if struct.unpack("=l", head[-4:])[0] in _BSD_HASH_MAGIC:
        return "dbm.bsd"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
