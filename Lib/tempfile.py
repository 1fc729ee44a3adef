"""Temporary files and directories, created securely (O_EXCL, mode 0o600/0o700) under
the temporary directory (TMPDIR, TEMP or TMP, else /tmp and the like)."""

import io as _io
import os as _os
from errno import EEXIST as _EEXIST, ENOENT as _ENOENT
from shutil import rmtree as _rmtree
from types import GenericAlias as _GenericAlias
from warnings import warn as _warn
from weakref import finalize as _finalize

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = 10000         # names tried before giving up
template = "tmp"        # the default prefix of the names
tempdir = None          # set by the first gettempdir(), or by the user

_NAME_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_FILE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
_BINARY = getattr(_os, 'O_BINARY', 0)


def _random_name(length=8):
    # Random bytes, each mapped to one of the 37 letters.
    return ''.join(_NAME_LETTERS[b % len(_NAME_LETTERS)] for b in _os.urandom(length))


def _candidate_directories():
    found = []
    for variable in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(variable)
        if value:
            found.append(value)
    if _os.name == 'nt':
        found += [_os.path.expanduser(r'~\AppData\Local\Temp'), r'c:\temp', r'c:\tmp',
                  r'\temp', r'\tmp']
    else:
        found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _writable(directory):
    # Whether a file can really be created there.
    for _ in range(100):
        probe = _os.path.join(directory, _random_name())
        try:
            fd = _os.open(probe, _FILE_FLAGS | _BINARY, 0o600)
        except FileExistsError:
            continue
        except (PermissionError, IsADirectoryError, NotADirectoryError, FileNotFoundError):
            return False
        except OSError:
            return False
        try:
            _os.write(fd, b'probe')
        finally:
            _os.close(fd)
            _os.unlink(probe)
        return True
    return False


def _choose_tempdir():
    for directory in _candidate_directories():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        if _writable(directory):
            return directory
    raise FileNotFoundError(_ENOENT,
                            "No usable temporary directory found in %s" %
                            _candidate_directories())


def gettempdir():
    """The directory temporary files go to by default (as a str)."""
    global tempdir
    tempdir = tempdir if tempdir is not None else _choose_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def gettempprefix():
    """The default prefix of temporary names (template), as a str."""
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(gettempprefix())


def _settle_arguments(prefix, suffix, directory):
    """Fill in the defaults, all of str or all of bytes (mixing is a TypeError)."""
    given = [x for x in (prefix, suffix, directory) if x is not None]
    kinds = {type(x) for x in given}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b'' if as_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if directory is None:
        directory = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, directory, as_bytes


def _unused_names(prefix, suffix, directory, as_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if as_bytes:
            name = _os.fsencode(name)
        yield _os.path.join(directory, prefix + name + suffix)
    raise FileExistsError(_EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file only this user can read and write; return (fd, absolute path).
    The caller must delete it."""
    prefix, suffix, dir, as_bytes = _settle_arguments(prefix, suffix, dir)
    flags = _FILE_FLAGS if text else _FILE_FLAGS | _BINARY
    for path in _unused_names(prefix, suffix, dir, as_bytes):
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            # On Windows a directory of that name gives PermissionError.
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory only this user can use; return its absolute path."""
    prefix, suffix, dir, as_bytes = _settle_arguments(prefix, suffix, dir)
    for path in _unused_names(prefix, suffix, dir, as_bytes):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when it was chosen (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _unused_names(prefix, suffix, dir, False):
        if not _os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """A named temporary file: file methods go to the open file (.file); its file is
    deleted on close(), or when its with block ends if delete_on_close is false."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file, self.name = file, name
        self._delete = delete
        self._delete_on_close = delete_on_close
        self._gone = not delete

    def __getattr__(self, attribute):
        return getattr(self.__dict__['file'], attribute)

    def _unlink_once(self):
        if self._gone:
            return
        self._gone = True
        try:
            _os.unlink(self.name)
        except FileNotFoundError:
            pass

    def close(self):
        """Close the file (and delete it, unless delete_on_close is false)."""
        try:
            self.file.close()
        finally:
            if self._delete_on_close:
                self._unlink_once()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, kind, value, tb):
        try:
            return self.file.__exit__(kind, value, tb)
        finally:
            self._unlink_once()

    def __iter__(self):
        yield from self.file

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _open_new_file(mode, buffering, encoding, newline, suffix, prefix, directory,
                   errors, keep_name):
    """(open file object, its path) of a new temporary file; without keep_name the
    name is unlinked at once (the file lives on while open)."""
    binary = "b" in mode
    if not binary:
        encoding = _io.text_encoding(encoding)
    fd, path = mkstemp(suffix, prefix, directory, text=not binary)
    try:
        if not keep_name:
            _os.unlink(path)
        opened = _io.open(fd, mode, buffering=buffering, newline=newline,
                          encoding=encoding, errors=errors)
    except BaseException:
        if keep_name:
            _os.unlink(path)
        _os.close(fd)
        raise
    return opened, path


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """A temporary file with a visible name (.name), deleted when closed unless
    delete is false (with delete_on_close false: when its with block ends)."""
    opened, path = _open_new_file(mode, buffering, encoding, newline, suffix, prefix,
                                  dir, errors, keep_name=True)
    return _TemporaryFileWrapper(opened, path, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file without a name in the file system (unlinked at once)."""
    return _open_new_file(mode, buffering, encoding, newline, suffix, prefix, dir,
                          errors, keep_name=False)[0]


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size (or fileno() is
    asked for), then moved to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._options = dict(mode=mode, buffering=buffering, suffix=suffix,
                             prefix=prefix, encoding=encoding, newline=newline,
                             dir=dir, errors=errors)

    __class_getitem__ = classmethod(_GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        real = self._file = TemporaryFile(**self._options)
        if isinstance(memory, _io.TextIOWrapper):
            real.write(memory.getvalue() if hasattr(memory, 'getvalue')
                       else memory.buffer.getvalue().decode(memory.encoding))
        else:
            real.write(memory.getvalue())
        real.seek(memory.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, *details):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        return getattr(self._file, 'mode', self._options['mode'])

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def fileno(self):
        # A file descriptor needs a real file.
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, data):
        written = self._file.write(data)
        self._check(self._file)
        return written

    def writelines(self, lines):
        self._file.writelines(lines)
        self._check(self._file)


def _passed_on(method):
    def call(self, *args):
        return getattr(self._file, method)(*args)
    call.__name__ = call.__qualname__ = method
    return call


# The other file methods go straight to the file in use (in memory or on disk).
for _method in ('close', 'flush', 'read', 'readline', 'readlines', 'seek', 'tell',
                'readable', 'writable', 'seekable', 'isatty'):
    setattr(SpooledTemporaryFile, _method, _passed_on(_method))
del _method


def _remove_directory(path, ignore_errors):
    """Delete a tree, making read-only parts writable when that is what stops it."""
    def handle(function, where, problem):
        if isinstance(problem, FileNotFoundError):
            return
        if isinstance(problem, PermissionError):
            for folder in {_os.path.dirname(where) or '.', where}:
                try:
                    _os.chmod(folder, 0o700)
                except OSError:
                    pass
            try:
                if _os.path.isdir(where) and not _os.path.islink(where):
                    _remove_directory(where, ignore_errors)
                else:
                    _os.unlink(where)
                return
            except OSError:
                if ignore_errors:
                    return
                raise
        if not ignore_errors:
            raise problem
    _rmtree(path, onexc=handle)


def _implicit_cleanup(path, message, ignore_errors, delete):
    # Called when a TemporaryDirectory is collected without having been cleaned up.
    if delete:
        _remove_directory(path, ignore_errors)
        _warn(message, ResourceWarning)


class TemporaryDirectory:
    """A temporary directory (its path is .name, and what `with` gives), deleted with
    its contents by cleanup(), at the end of the with block, or when collected (with a
    ResourceWarning)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._finalizer = _finalize(self, _implicit_cleanup, self.name,
                                    f"Implicitly cleaning up {self!r}",
                                    ignore_cleanup_errors, delete)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, kind, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        """Delete the directory now (once)."""
        detached = self._finalizer.detach()
        if detached or _os.path.exists(self.name):
            _remove_directory(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_GenericAlias)
