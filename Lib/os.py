"""Portable access to the operating system.

Everything the posix module offers is re-exported here, next to os.path (which is posixpath),
the environment as mappings of str (environ) and of bytes (environb), and the conveniences
written on top of the system calls: makedirs, removedirs, renames, walk, the exec*p family,
fsencode/fsdecode, PathLike and fdopen.
"""

import sys
import posix
import posixpath
from posix import *
from posix import _exit

path = posixpath
sys.modules['os.path'] = posixpath
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

name, linesep = 'posix', '\n'
error = OSError

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "makedirs", "removedirs", "renames",
           "walk", "fwalk", "getenv", "getenvb", "environ", "environb", "putenv",
           "unsetenv", "execl", "execle", "execlp", "execlpe", "execvp", "execvpe",
           "PathLike", "supports_bytes_environ", "_exit"]
__all__ += [attr for attr in dir(posix) if attr[:1] != '_' and attr not in __all__]

# The functions accepting dir_fd, a file descriptor in place of a path, and
# follow_symlinks=False, respectively; and those honouring effective_ids.
supports_dir_fd = {stat, lstat, mkdir, rmdir, remove, unlink, rename, replace, link,
                   symlink, readlink, chmod, chown, utime, access, open}
supports_fd = {stat, chdir, listdir, scandir, chmod, chown, utime, truncate, execve}
# (chmod cannot leave a symlink alone on Linux: lchmod does not exist there.)
supports_follow_symlinks = {stat, link, chown, utime, access}
supports_effective_ids = {access}
supports_bytes_environ = True


# ---- Directory trees ----

def _split_last(pathname):
    """(parent, last component) of a path, a trailing separator being ignored."""
    parent, last = posixpath.split(pathname)
    if last:
        return parent, last
    return posixpath.split(parent)


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Create the directory `name` together with every missing ancestor. If `name` already is a
    directory, FileExistsError is raised unless `exist_ok` is true."""
    parent, last = _split_last(name)
    if parent and last and not posixpath.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass  # another process created it in the meantime
        # For 'x/y/.' creating the ancestors already created the target.
        dot = curdir.encode('ascii') if isinstance(last, bytes) else curdir
        if last == dot:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and posixpath.isdir(name):
            return
        raise


def removedirs(name):
    """removedirs(name)

    Remove the directory `name`, then its parent directories one by one as long as they can
    be removed (that is, until one is not empty)."""
    rmdir(name)
    parent, last = _split_last(name)
    while parent and last:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, last = posixpath.split(parent)


def renames(old, new):
    """renames(old, new)

    Rename `old` to `new`, first creating any directory `new` needs, and afterwards pruning
    the directories of `old` that the move left empty."""
    target_dir, target_name = posixpath.split(new)
    if target_dir and target_name and not posixpath.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, source_name = posixpath.split(old)
    if not (source_dir and source_name):
        return
    try:
        removedirs(source_dir)
    except OSError:
        pass


def _list_directory(directory, onerror, follow_into):
    """Sort the entries of `directory` into (subdirectory names, other names, subdirectory
    paths worth descending into). None when the directory cannot be listed (after reporting
    to `onerror`). `follow_into(entry)` decides which subdirectories to descend into."""
    subdirs, others, descend = [], [], []
    try:
        listing = scandir(directory)
    except OSError as failure:
        if onerror is not None:
            onerror(failure)
        return None
    with listing:
        for entry in listing:
            try:
                is_directory = entry.is_dir()
            except OSError:
                is_directory = False
            if not is_directory:
                others.append(entry.name)
                continue
            subdirs.append(entry.name)
            if follow_into is not None and follow_into(entry):
                descend.append(entry.path)
    return subdirs, others, descend


def _not_a_symlink(entry):
    try:
        return not entry.is_symlink()
    except OSError:
        return False


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yield (dirpath, dirnames, filenames) for `top` and every
    directory below it.

    Top-down (the default), a directory comes before its subdirectories, and the caller may
    edit dirnames in place to choose which ones are visited and in what order. Bottom-up, a
    directory comes after its subdirectories. Listing errors are passed to `onerror` if given
    and otherwise ignored; symbolic links to directories are only followed with followlinks.
    """
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    # Work items: a path still to list, or a finished triple waiting to be yielded (bottom-up).
    pending = [fspath(top)]
    if topdown:
        chooser = None
    else:
        chooser = (lambda entry: True) if followlinks else _not_a_symlink
    while pending:
        item = pending.pop()
        if type(item) is tuple:
            yield item
            continue
        listed = _list_directory(item, onerror, chooser)
        if listed is None:
            continue
        subdirs, others, descend = listed
        if topdown:
            yield item, subdirs, others
            # Read dirnames only now: the consumer may have changed it.
            below = [posixpath.join(item, sub) for sub in subdirs]
            if not followlinks:
                below = [candidate for candidate in below if not posixpath.islink(candidate)]
        else:
            pending.append((item, subdirs, others))
            below = descend
        pending.extend(below[::-1])


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Like walk(), with an open descriptor of each directory as a fourth item: (dirpath,
    dirnames, filenames, dirfd). The descriptor is closed when the generator moves on."""
    for dirpath, dirnames, filenames in walk(top, topdown, onerror, follow_symlinks):
        descriptor = open(dirpath, O_RDONLY | O_DIRECTORY, dir_fd=dir_fd)
        try:
            yield dirpath, dirnames, filenames, descriptor
        finally:
            close(descriptor)


def get_exec_path(env=None):
    """The list of directories searched for an executable: the PATH entry (str or bytes key)
    of `env`, os.environ by default, falling back on os.defpath."""
    source = environ if env is None else env
    try:
        text_value = source.get('PATH')
    except TypeError:
        text_value = None
    try:
        found = source[b'PATH']
    except (KeyError, TypeError):
        found = text_value
    else:
        if text_value is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
    if found is None:
        found = defpath
    elif isinstance(found, bytes):
        found = fsdecode(found)
    return found.split(pathsep)


# ---- The environment ----

_ABSENT = object()


class _Environ:
    """A mutable mapping over the process environment: writes and deletions also go to the
    real environment (putenv/unsetenv). One mapping presents the stored bytes as str, the
    other as bytes; both share the same storage."""

    def __init__(self, storage, key_in, key_out, value_in, value_out):
        self._storage = storage
        self._key_in, self._key_out = key_in, key_out
        self._value_in, self._value_out = value_in, value_out

    # -- the core operations

    def __getitem__(self, key):
        raw = self._storage.get(self._key_in(key))
        if raw is None:
            raise KeyError(key)
        return self._value_out(raw)

    def __setitem__(self, key, value):
        raw_key, raw_value = self._key_in(key), self._value_in(value)
        putenv(raw_key, raw_value)
        self._storage[raw_key] = raw_value

    def __delitem__(self, key):
        raw_key = self._key_in(key)
        unsetenv(raw_key)
        if self._storage.pop(raw_key, None) is None:
            raise KeyError(key)

    def __iter__(self):
        # A snapshot: the environment may change while the caller iterates.
        return iter([self._key_out(raw) for raw in tuple(self._storage)])

    def __len__(self):
        return len(self._storage)

    def __contains__(self, key):
        return self._key_in(key) in self._storage

    def __repr__(self):
        shown = ', '.join('%r: %r' % (self._key_out(k), self._value_out(v))
                          for k, v in self._storage.items())
        return 'environ({' + shown + '})'

    def _as_dict(self):
        return {self._key_out(k): self._value_out(v) for k, v in tuple(self._storage.items())}

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._as_dict()
        elif not isinstance(other, dict):
            return NotImplemented
        return self._as_dict() == other

    __hash__ = None

    # -- the mapping methods derived from them

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return self._as_dict().keys()

    def items(self):
        return self._as_dict().items()

    def values(self):
        return self._as_dict().values()

    def copy(self):
        return self._as_dict()

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, default=_ABSENT):
        if key in self:
            found = self[key]
            del self[key]
            return found
        if default is _ABSENT:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self:
            return key, self.pop(key)
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        pairs = ((k, other[k]) for k in other.keys()) if hasattr(other, 'keys') else other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, 'keys'):
            merged = self._as_dict()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, 'keys'):
            merged = dict(other)
            merged.update(self._as_dict())
            return merged
        return NotImplemented


def _require(kind, label):
    def check(value):
        if isinstance(value, kind):
            return value
        raise TypeError(f"{label} expected, not {type(value).__name__}")
    return check


_require_str = _require(str, 'str')
_require_bytes = _require(bytes, 'bytes')


def _str_to_raw(text):
    return _require_str(text).encode('utf-8', 'surrogateescape')


def _raw_to_str(raw):
    return raw.decode('utf-8', 'surrogateescape')


def _unchanged(raw):
    return raw


environ = _Environ(posix.environ, _str_to_raw, _raw_to_str, _str_to_raw, _raw_to_str)
environb = _Environ(environ._storage, _require_bytes, _unchanged, _require_bytes, _unchanged)
# From now on os.environ is the one owner of the environment's contents.
del posix.environ


def getenv(key, default=None):
    """The value of the environment variable `key` (str), or `default` when it is not set."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The value of the environment variable `key` (bytes), or `default` when it is not set."""
    return environb.get(key, default)


def fsencode(filename):
    """Return a path (str, bytes or os.PathLike) as bytes, encoding str with the file system
    encoding (UTF-8 with surrogateescape)."""
    value = fspath(filename)
    return value.encode('utf-8', 'surrogateescape') if isinstance(value, str) else value


def fsdecode(filename):
    """Return a path (str, bytes or os.PathLike) as str, decoding bytes with the file system
    encoding (UTF-8 with surrogateescape)."""
    value = fspath(filename)
    return value.decode('utf-8', 'surrogateescape') if isinstance(value, bytes) else value


# ---- exec variants ----

def execl(file, *args):
    """execl(file, *args): replace the process by the program `file`, run with `args`."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env): like execl, with the environment as the last argument."""
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execlp(file, *args): like execl, searching PATH for `file`."""
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env): like execlp, with the environment as the last argument."""
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execvp(file, args): like execv, searching PATH for `file`."""
    _exec_searching(file, args, None)


def execvpe(file, args, env):
    """execvpe(file, args, env): like execve, searching PATH for `file`."""
    _exec_searching(file, args, env)


def _exec_searching(file, args, env):
    if env is None:
        launch = lambda program: execv(program, args)
        search_env = environ
    else:
        launch = lambda program: execve(program, args, env)
        search_env = env
    if posixpath.dirname(file):
        launch(file)
        return
    # Remember the first failure that is not "no such program here": it explains best.
    notable = latest = None
    for folder in get_exec_path(search_env):
        if isinstance(file, bytes):
            folder = fsencode(folder)
        try:
            launch(posixpath.join(folder, file))
        except OSError as failure:
            latest = failure
            if notable is None and not isinstance(failure, (FileNotFoundError, NotADirectoryError)):
                notable = failure
    raise latest if notable is None else notable


# ---- PathLike ----

def _has_fspath(klass):
    for ancestor in klass.__mro__:
        if '__fspath__' in vars(ancestor):
            return vars(ancestor)['__fspath__'] is not None
    return False


class _PathLikeMeta(type):
    """isinstance() and issubclass() with PathLike test for an __fspath__ method, as they
    would with an abstract base class and its subclass hook."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        return type.__subclasscheck__(cls, subclass) or _has_fspath(subclass)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects that stand for a file system path (__fspath__)."""

    __slots__ = ()

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        return hasattr(subclass, '__fspath__')

    def __class_getitem__(cls, item):
        return type(tuple[int])(cls, item)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Open a file object on the existing file descriptor `fd` (see io.open)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if 'b' not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
