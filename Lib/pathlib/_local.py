"""Concrete paths: pure paths of the running system that also reach the file system (stat,
listing, globbing, walking, reading and writing, creating and removing)."""

import io
import os
import sys
import _warnings
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK
from fnmatch import _name_matcher
from ._pure import PurePath, PurePosixPath, PureWindowsPath

__all__ = ['Path', 'PosixPath', 'WindowsPath']

# Errors that mean "no such file" to the is_*() and exists() questions, which answer False.
_ABSENT_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _means_absent(error):
    return getattr(error, 'errno', None) in _ABSENT_ERRNOS


class Path(PurePath):
    """A path of the running system (PosixPath or WindowsPath) with file system methods."""

    __module__ = 'pathlib'
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            _warnings.warn('support for supplying keyword arguments to pathlib.PurePath is '
                           'deprecated and scheduled for removal in Python 3.14',
                           DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    def __enter__(self):
        _warnings.warn('pathlib.Path.__enter__() is deprecated and scheduled for removal in '
                       'Python 3.13; Path objects as a context manager is a no-op',
                       DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    def _child(self, name):
        # The path of an entry listed in this folder; the current folder's entries are
        # bare names.
        text = str(self)
        if self._tail:
            text = text + self._syntax.sep + name
        elif text != '.':
            text = text + name
        else:
            text = name
        return self.with_segments(text)

    # Where paths start.

    @classmethod
    def cwd(cls):
        """The current working folder."""
        return cls().absolute()

    @classmethod
    def home(cls):
        """The user's home folder, as os.path.expanduser('~') finds it."""
        return cls('~').expanduser()

    def absolute(self):
        """The path made absolute by the current folder, without resolving anything."""
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self.root and not self._tail:
            return self.with_segments(cwd)
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """The absolute path with symbolic links, `.` and `..` resolved; with `strict`, a
        missing path is an error. A symbolic link loop is a RuntimeError."""
        try:
            resolved = os.path.realpath(self, strict=strict)
        except OSError as error:
            self._raise_if_loop(error)
            raise
        path = self.with_segments(resolved)
        if not strict:
            # realpath() passes over loops when not strict; stat() finds them.
            try:
                path.stat()
            except OSError as error:
                self._raise_if_loop(error)
        return path

    @staticmethod
    def _raise_if_loop(error):
        if error.errno == ELOOP:
            raise RuntimeError('Symlink loop from %r' % error.filename)

    def expanduser(self):
        """The path with a leading `~` or `~user` replaced by that home folder."""
        if not (self.drive or self.root) and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self.with_segments(home, *self._tail[1:])
        return self

    def readlink(self):
        """The path a symbolic link points to."""
        if not hasattr(os, 'readlink'):
            raise NotImplementedError('os.readlink() not available on this system')
        return self.with_segments(os.readlink(self))

    # Status.

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path: a symbolic link itself."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The name of the user owning the file."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError('Path.owner() is unsupported on this system') from None
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the group owning the file."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError('Path.group() is unsupported on this system') from None
        return grp.getgrgid(self.stat().st_gid).gr_name

    def exists(self, *, follow_symlinks=True):
        """Whether the path exists (a broken symbolic link does not, unless not following)."""
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except OSError as error:
            if not _means_absent(error):
                raise
            return False
        except ValueError:
            # A name the system cannot take (an embedded NUL) exists nowhere.
            return False
        return True

    def _mode_is(self, test, follow_symlinks=True):
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError as error:
            if not _means_absent(error):
                raise
            return False
        except ValueError:
            return False

    def is_dir(self):
        """Whether the path is a folder (or a link to one)."""
        return self._mode_is(S_ISDIR)

    def is_file(self):
        """Whether the path is a regular file (or a link to one)."""
        return self._mode_is(S_ISREG)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._mode_is(S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._mode_is(S_ISCHR)

    def is_fifo(self):
        """Whether the path is a FIFO."""
        return self._mode_is(S_ISFIFO)

    def is_socket(self):
        """Whether the path is a socket."""
        return self._mode_is(S_ISSOCK)

    def is_mount(self):
        """Whether the path is a mount point."""
        return os.path.ismount(self)

    def is_junction(self):
        """Whether the path is an NTFS junction (never, outside Windows)."""
        return os.path.isjunction(self) if hasattr(os.path, 'isjunction') else False

    def samefile(self, other_path):
        """Whether both paths name the same file."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.with_segments(other_path).stat()
        return os.path.samestat(mine, theirs)

    # Contents.

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the builtin open() does."""
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole file as bytes."""
        with self.open(mode='rb') as stream:
            return stream.read()

    def read_text(self, encoding=None, errors=None):
        """The whole file as text."""
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as stream:
            return stream.read()

    def write_bytes(self, data):
        """Replace the file's contents with the bytes-like `data`; returns the count."""
        view = memoryview(data)
        with self.open(mode='wb') as stream:
            return stream.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the str `data`; returns the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as stream:
            return stream.write(data)

    # Folders.

    def iterdir(self):
        """The entries of the folder (not `.` and `..`), in the system's order."""
        for name in os.listdir(self):
            yield self._child(name)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(folder, folder names, other names) for this folder and every folder below it,
        as os.walk() gives them; with `top_down`, editing the folder names in place prunes
        the walk."""
        sys.audit('pathlib.Path.walk', self, on_error, follow_symlinks)
        # Work list of folders to list and, bottom-up, finished triples to hand out.
        pending = [self]
        while pending:
            item = pending.pop()
            if isinstance(item, tuple):
                yield item
                continue
            try:
                entries = os.scandir(item)
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            folders, others = [], []
            with entries:
                for entry in entries:
                    try:
                        is_folder = entry.is_dir(follow_symlinks=follow_symlinks)
                    except OSError:
                        is_folder = False
                    (folders if is_folder else others).append(entry.name)
            if top_down:
                yield item, folders, others
            else:
                pending.append((item, folders, others))
            pending.extend(item._child(name) for name in reversed(folders))

    def glob(self, pattern, *, case_sensitive=None):
        """The paths below this folder matching the relative pattern; a `**` part matches
        this folder and every folder below it (links to folders are not followed)."""
        sys.audit('pathlib.Path.glob', self, pattern)
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        yield from self._glob_parts(pattern, (), case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """glob() of the pattern anywhere below this folder (as `**/pattern`)."""
        sys.audit('pathlib.Path.rglob', self, pattern)
        yield from self._glob_parts(pattern, ('**',), case_sensitive)

    def _glob_parts(self, pattern, prefix, case_sensitive):
        drive, root, parts = self._parse_pattern(pattern)
        if drive or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern and pattern[-1] in (self._syntax.sep, self._syntax.altsep):
            # A trailing separator matches folders only.
            parts.append('')
        parts = list(prefix) + parts
        if not parts:
            # A pattern of no names at all ('.'): CPython 3.12 fails this way.
            raise IndexError('tuple index out of range')
        # The pattern is checked whole before anything is listed.
        for part in parts:
            if '**' in part and part != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if case_sensitive is None:
            case_sensitive = self._syntax.case_sensitive
        if not self.is_dir():
            return
        yield from _select(self, tuple(parts), case_sensitive)

    def _parse_pattern(self, pattern):
        parsed = self.with_segments(pattern)
        return parsed.drive, parsed.root, list(parsed._tail)

    # Changes.

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if missing, else update its modification time (an error when
        it exists and not `exist_ok`)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the folder; `parents` creates missing ancestors too, `exist_ok` accepts
        an existing folder."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # Not only EEXIST: the system may report another error first (EACCES, EROFS).
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the file's mode bits."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Change the mode bits of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link; `missing_ok` accepts a missing one."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the empty folder."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to `target` and return the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename to `target`, replacing whatever is there, and return the new path."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to `target`."""
        if not hasattr(os, 'symlink'):
            raise NotImplementedError('os.symlink() not available on this system')
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to `target`."""
        if not hasattr(os, 'link'):
            raise NotImplementedError('os.link() not available on this system')
        os.link(target, self)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __module__ = 'pathlib'
    __slots__ = ()

    if os.name == 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f'cannot instantiate {cls.__name__!r} on your system')


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows."""

    __module__ = 'pathlib'
    __slots__ = ()

    if os.name != 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f'cannot instantiate {cls.__name__!r} on your system')


# Glob selection: one pattern part at a time, from the starting folder down.

def _select(path, parts, case_sensitive):
    """The paths below `path` matching the pattern parts (an empty last part: folders)."""
    if not parts or not parts[0]:
        yield path
        return
    head, rest = parts[0], parts[1:]
    if head == '**':
        yield from _select_recursive(path, rest, case_sensitive)
    elif head == '..':
        yield from _select(path._child('..'), rest, case_sensitive)
    else:
        yield from _select_names(path, head, rest, case_sensitive)


def _select_names(path, pattern, rest, case_sensitive):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        return
    matches = _name_matcher(pattern, case_sensitive)
    for entry in entries:
        if rest:
            # More parts follow: only folders can hold matches.
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        if matches(entry.name):
            yield from _select(path._child(entry.name), rest, case_sensitive)


def _select_recursive(path, rest, case_sensitive):
    while rest and rest[0] == '**':
        rest = rest[1:]
    # A path can be reached twice (through `..`); each is given once.
    given = set()
    try:
        for folder in _folders_below(path):
            for found in _select(folder, rest, case_sensitive):
                if found not in given:
                    given.add(found)
                    yield found
    except PermissionError:
        return


def _folders_below(path):
    yield path
    for folder, names, _ in path.walk():
        for name in names:
            yield folder._child(name)
