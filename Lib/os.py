"""Operating system interfaces: the posix module's functions, os.path (posixpath), the
environment as a mapping of str, and the helpers built on them (makedirs, walk, ...)."""

import sys
import stat as st

import posix
from posix import *
from posix import _exit
import posixpath as path

name = 'posix'
linesep = '\n'
error = OSError

sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "makedirs", "removedirs", "renames",
           "walk", "fwalk", "getenv", "getenvb", "environ", "environb", "putenv",
           "unsetenv", "execl", "execle", "execlp", "execlpe", "execvp", "execvpe",
           "PathLike", "supports_bytes_environ", "_exit"]
__all__.extend(n for n in dir(posix) if not n.startswith('_') and n not in __all__)

# Which functions take a dir_fd, a file descriptor for a path, follow_symlinks=False.
supports_dir_fd = {stat, lstat, mkdir, rmdir, remove, unlink, rename, replace, link,
                   symlink, readlink, chmod, utime, access, open}
supports_fd = {stat, chdir, listdir, scandir, chmod, utime, truncate, execve}
supports_follow_symlinks = {stat, link, chmod, utime, access}
supports_effective_ids = {access}
supports_bytes_environ = True


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes a directory and the missing directories above it. An existing leaf directory
    raises FileExistsError unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile by someone else
        here = curdir
        if isinstance(tail, bytes):
            here = bytes(curdir, 'ASCII')
        if tail == here:  # 'a/b/.' : the leaf was made above
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that becomes empty (stopping at the first
    that cannot be removed)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Renames a file or directory, making the directories new needs and removing those
    old leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory under top. Top-down, the
    caller may prune dirnames in place; errors of scandir go to onerror (or are ignored)."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):  # a directory whose subdirectories were walked
            yield top
            continue
        dirs, nondirs, walk_dirs = [], [], []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    # Bottom-up, symlinks to directories are followed only if asked.
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Like walk, also yielding a descriptor of each directory: (dirpath, dirnames,
    filenames, dirfd). The descriptor is open only until the next step."""
    for dirpath, dirnames, filenames in walk(top, topdown, onerror, follow_symlinks):
        fd = open(dirpath, O_RDONLY | O_DIRECTORY, dir_fd=dir_fd)
        try:
            yield dirpath, dirnames, filenames, fd
        finally:
            close(fd)


def get_exec_path(env=None):
    """The directories a program is looked for in: PATH (or b'PATH') of env (default
    os.environ), or os.defpath."""
    if env is None:
        env = environ
    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None
    try:
        path_list_bytes = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if path_list is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        path_list = path_list_bytes
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---------------------------------------------------------------------------------------
# The environment

class _Environ:
    """A mapping over the process environment whose changes reach it (putenv, unsetenv)."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encoded = self.encodekey(key)
        unsetenv(encoded)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __repr__(self):
        items = ', '.join(f'{self.decodekey(key)!r}: {self.decodevalue(value)!r}'
                          for key, value in self._data.items())
        return f'environ({{{items}}})'

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return dict.fromkeys(self).keys()

    def items(self):
        return {key: self[key] for key in self}.items()

    def values(self):
        return {key: self[key] for key in self}.values()

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is self._missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(self.items())
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(other)
        new.update(self.items())
        return new


def _encode_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value.encode('utf-8', 'surrogateescape')


def _decode_str(value):
    return value.decode('utf-8', 'surrogateescape')


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


def _identity(value):
    return value


environ = _Environ(posix.environ, _encode_str, _decode_str, _encode_str, _decode_str)
environb = _Environ(environ._data, _check_bytes, _identity, _check_bytes, _identity)
del posix.environ  # environ owns the data now, as in CPython


def getenv(key, default=None):
    """The environment variable key (a str), or default."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable key (bytes), or default."""
    return environb.get(key, default)


def fsencode(filename):
    """A path as bytes: str is encoded with the file system encoding (UTF-8,
    surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str: bytes are decoded with the file system encoding (UTF-8,
    surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---------------------------------------------------------------------------------------
# The exec family over execv and execve

def execl(file, *args):
    """Runs file with the arguments args, replacing the process."""
    execv(file, args)


def execle(file, *args):
    """Like execl; the last argument is the environment."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """Like execl, looking file up in PATH."""
    execvp(file, args)


def execlpe(file, *args):
    """Like execlp; the last argument is the environment."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """Like execv, looking file up in PATH."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """Like execve, looking file up in PATH."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        run = execve
        argrest = (args, env)
    else:
        run = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        run(file, *argrest)
        return
    saved = None
    last = None
    for directory in get_exec_path(env):
        full = path.join(fsencode(directory) if isinstance(file, bytes) else directory, file)
        try:
            run(full, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if saved is None:
                saved = e
    if saved is not None:
        raise saved
    raise last


# ---------------------------------------------------------------------------------------
# PathLike

class _PathLikeType(type):
    """Makes isinstance/issubclass answer by the presence of __fspath__, as the abstract
    base class does."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if type.__subclasscheck__(cls, subclass):
            return True
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                return klass.__dict__['__fspath__'] is not None
        return False


class PathLike(metaclass=_PathLikeType):
    """Abstract base class for objects with a file system path (__fspath__)."""

    __slots__ = ()

    def __fspath__(self):
        """The file system path of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over an open file descriptor (io.open of the descriptor)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        import io as _io
        encoding = _io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
