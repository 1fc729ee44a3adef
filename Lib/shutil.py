"""File and directory operations above the os module: copying files (contents,
permissions, times), copying and deleting whole trees, moving, finding programs on
PATH, disk usage and the terminal size. (Archives are not supported yet.)"""

import os
import stat as _stat_module
import sys
from collections import namedtuple
from errno import ENOTSUP, EOPNOTSUPP
from fnmatch import filter as _fnmatch_filter

__all__ = ["chown", "copy", "copy2", "copyfile", "copyfileobj", "copymode",
           "copystat", "copytree", "disk_usage", "Error", "ExecError",
           "get_terminal_size", "ignore_patterns", "move", "rmtree",
           "SameFileError", "SpecialFileError", "which"]

# Chunk size for copying between files.
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """A failure of a tree operation; copytree() gives the list of its failures."""


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when a copy meets a named pipe or another special file."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy what remains in file object fsrc to fdst, in pieces of `length`."""
    size = length or COPY_BUFSIZE
    piece = fsrc.read(size)
    while piece:
        fdst.write(piece)
        piece = fsrc.read(size)


def _entry_stat(path, follow=True):
    # Paths may also be os.DirEntry objects from scandir(), which cache their stat.
    if isinstance(path, os.DirEntry):
        return path.stat(follow_symlinks=follow)
    return os.stat(path) if follow else os.lstat(path)


def _entry_is_link(path):
    if isinstance(path, os.DirEntry):
        return path.is_symlink()
    return os.path.islink(path)


def _same_file(a, b):
    try:
        return os.path.samestat(_entry_stat(a), os.stat(b))
    except (OSError, ValueError):
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (replacing it); no metadata. Return dst."""
    sys.audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    for path in (src, dst):
        try:
            mode = _entry_stat(path).st_mode
        except OSError:
            continue
        if _stat_module.S_ISFIFO(mode):
            shown = path.path if isinstance(path, os.DirEntry) else path
            raise SpecialFileError(f"`{shown}` is a named pipe")
    if _entry_is_link(src) and not follow_symlinks:
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as source:
        try:
            target = open(dst, 'wb')
        except IsADirectoryError as problem:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from problem
        with target:
            copyfileobj(source, target)
    return dst


def _both_links(src, dst):
    return _entry_is_link(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    sys.audit("shutil.copymode", src, dst)
    if not follow_symlinks and _both_links(src, dst):
        # Only possible where links have modes of their own.
        if hasattr(os, 'lchmod'):
            os.lchmod(dst, _stat_module.S_IMODE(os.lstat(src).st_mode))
        return
    os.chmod(dst, _stat_module.S_IMODE(_entry_stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits, access and modification times and flags of
    src. Without follow_symlinks, a link's own metadata is copied where supported."""
    sys.audit("shutil.copystat", src, dst)
    on_links = not follow_symlinks and _both_links(src, dst)
    info = _entry_stat(src, follow=not on_links)
    can_skip_links = getattr(os, 'supports_follow_symlinks', set())

    def apply(function, *args):
        if not on_links:
            function(dst, *args)
        elif function in can_skip_links:
            function(dst, *args, follow_symlinks=False)

    if not on_links:
        os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    elif os.utime in can_skip_links:
        os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns), follow_symlinks=False)
    try:
        apply(os.chmod, _stat_module.S_IMODE(info.st_mode))
    except NotImplementedError:
        pass
    flags = getattr(info, 'st_flags', None)
    if flags is not None and hasattr(os, 'chflags'):
        try:
            apply(os.chflags, flags)
        except OSError as problem:
            if problem.errno not in (EOPNOTSUPP, ENOTSUP):
                raise


def _into_directory(src, dst):
    # Copying into a directory means copying to a file of the same name inside it.
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy contents and permission bits; dst may be a directory. Return the copy's path."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Copy contents and metadata; dst may be a directory. Return the copy's path."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def ignore_patterns(*patterns):
    """For copytree(ignore=...): leave out the names matching any glob pattern."""
    def chosen(directory, names):
        return {name for pattern in patterns for name in _fnmatch_filter(names, pattern)}
    return chosen


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst, which is created (it may already exist only with
    dirs_exist_ok). Symlinks are copied as links with symlinks, else followed. The
    failures of single files are gathered and raised at the end as Error(list)."""
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    left_out = set(ignore(os.fspath(src), [e.name for e in entries])) if ignore else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    recurse = dict(symlinks=symlinks, ignore=ignore, copy_function=copy_function,
                   ignore_dangling_symlinks=ignore_dangling_symlinks,
                   dirs_exist_ok=dirs_exist_ok)
    for entry in entries:
        if entry.name in left_out:
            continue
        origin = os.path.join(src, entry.name)
        destination = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink() and symlinks:
                os.symlink(os.readlink(origin), destination)
                copystat(entry, destination, follow_symlinks=False)
            elif entry.is_symlink() and not os.path.exists(origin):
                if not ignore_dangling_symlinks:
                    # Let the copy report the missing target.
                    copy_function(origin, destination)
            elif entry.is_dir():
                copytree(origin, destination, **recurse)
            else:
                copy_function(origin, destination)
        except Error as failed:
            problems.extend(failed.args[0])
        except OSError as failed:
            problems.append((origin, destination, str(failed)))
    try:
        copystat(src, dst)
    except OSError as failed:
        if getattr(failed, 'winerror', None) is None:
            problems.append((src, dst, str(failed)))
    if problems:
        raise Error(problems)
    return dst


def _delete_tree(top, report):
    """Delete the contents of directory top, then top; report(function, path, exc)
    is told of each failure and deletion goes on."""
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError as problem:
        report(os.scandir, top, problem)
        entries = []
    for entry in entries:
        try:
            real_directory = entry.is_dir(follow_symlinks=False)
        except OSError:
            real_directory = False
        if real_directory:
            _delete_tree(entry.path, report)
            continue
        try:
            os.unlink(entry.path)
        except OSError as problem:
            report(os.unlink, entry.path, problem)
    try:
        os.rmdir(top)
    except OSError as problem:
        report(os.rmdir, top, problem)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete a directory tree (not through a symlink). Failures are ignored
    (ignore_errors), passed to onexc(function, path, exception) or to the older
    onerror(function, path, exc_info), or raised."""
    sys.audit("shutil.rmtree", path, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        def report(function, where, problem):
            pass
    elif onexc is not None:
        report = onexc
    elif onerror is not None:
        def report(function, where, problem):
            onerror(function, where, (type(problem), problem, problem.__traceback__))
    else:
        def report(function, where, problem):
            raise problem
    try:
        mode = os.lstat(path).st_mode
    except OSError as problem:
        report(os.lstat, path, problem)
        return
    if _stat_module.S_ISLNK(mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as problem:
            report(os.path.islink, path, problem)
        return
    _delete_tree(path, report)


# This rmtree() does not use file descriptors, so it cannot resist symlink races.
rmtree.avoids_symlink_attacks = False
_use_fd_functions = False


def _inside(dst, src):
    # Whether dst is src or a path inside it.
    with_sep = lambda p: os.path.join(os.path.abspath(p), '')
    return with_sep(dst).startswith(with_sep(src))


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into dst when it is a directory). A rename when the
    file system allows it, else a copy then a deletion. Return where it went."""
    sys.audit("shutil.move", src, dst)
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst) and not os.path.islink(src):
            # Only the case of the name changes (on case-insensitive file systems).
            os.rename(src, dst)
            return dst
        name = os.path.basename(os.fspath(src).rstrip(os.sep + (os.altsep or '')))
        target = os.path.join(dst, name)
        if os.path.exists(target):
            raise Error(f"Destination path '{target}' already exists")
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(dst, src):
            raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _get_gid(name):
    """The gid of the group called name, or None (no name, no grp module, no such group)."""
    if name is None:
        return None
    try:
        import grp
    except ImportError:
        return None
    try:
        return grp.getgrnam(name)[2]
    except KeyError:
        return None


def _get_uid(name):
    """The uid of the user called name, or None (no name, no pwd module, no such user)."""
    if name is None:
        return None
    try:
        import pwd
    except ImportError:
        return None
    try:
        return pwd.getpwnam(name)[2]
    except KeyError:
        return None


def chown(path, user=None, group=None):
    """Change the owner and/or group of path: user and group are names or numeric ids
    (None leaves that one unchanged)."""
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    # -1 leaves an id as it is.
    uid = -1 if user is None else user
    gid = -1 if group is None else group
    if isinstance(user, str):
        uid = _get_uid(user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None and not isinstance(group, int):
        gid = _get_gid(group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


_usage = namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free bytes of the file system holding path."""
    info = os.statvfs(path)
    block = info.f_frsize
    return _usage(info.f_blocks * block, (info.f_blocks - info.f_bfree) * block,
                  info.f_bavail * block)


def _positive_environment_int(name):
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return max(value, 0)


def get_terminal_size(fallback=(80, 24)):
    """The size of the terminal as os.terminal_size: COLUMNS and LINES when set,
    else what stdout's terminal says, else fallback."""
    columns = _positive_environment_int('COLUMNS')
    lines = _positive_environment_int('LINES')
    if not (columns and lines):
        try:
            actual = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            actual = os.terminal_size(fallback)
        columns = columns or actual.columns or fallback[0]
        lines = lines or actual.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd in the directories of PATH (or path), or None.
    A cmd containing a directory is only checked itself."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        directories = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        directories = os.fsdecode(path).split(os.pathsep)
    looked = set()
    for directory in directories:
        key = os.path.normcase(directory)
        if key in looked:
            continue
        looked.add(key)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


# ---------------------------------------------------------------------------
# Archive format registries. The formats themselves need zipfile and tarfile, which
# Ferrython does not have yet, so none is registered by default.

class RegistryError(Exception):
    """A problem with the registry of archive formats."""


class _GiveupOnFastCopy(Exception):
    """(CPython uses this when a platform fast-copy is unavailable; nothing raises it
    here.)"""


# name -> (function, extra arguments, description)
_archivers = {}
# name -> (extensions, function, extra arguments, description)
_unpackers = {}


def get_archive_formats():
    """[(name, description)] of the archive formats make_archive knows."""
    return sorted((name, entry[2]) for name, entry in _archivers.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Make make_archive(base, name) call function(base_name, base_dir, **kwargs)."""
    extra = list(extra_args or [])
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    for pair in extra:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _archivers[name] = (function, extra, description)


def unregister_archive_format(name):
    del _archivers[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive of base_dir (relative to root_dir) with a registered format;
    return its file name."""
    sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    entry = _archivers.get(format)
    if entry is None:
        raise ValueError("unknown archive format '%s'" % format)
    function, extra, _ = entry
    options = dict(extra, dry_run=dry_run, logger=logger)
    if format not in ('zip',):
        options.update(owner=owner, group=group)
    here = os.getcwd()
    if root_dir is not None:
        base_name = os.fspath(os.path.abspath(base_name))
        os.chdir(root_dir)
    try:
        return function(base_name, base_dir or os.curdir, **options)
    finally:
        if root_dir is not None:
            os.chdir(here)


def get_unpack_formats():
    """[(name, extensions, description)] of the formats unpack_archive knows."""
    return sorted((name, entry[0], entry[3]) for name, entry in _unpackers.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Make unpack_archive call function(filename, extract_dir, **extra) for files with
    one of the extensions."""
    taken = {ext: known for known, entry in _unpackers.items() for ext in entry[0]}
    for extension in extensions:
        if extension in taken:
            raise RegistryError('%s is already registered for "%s"'
                                % (extension, taken[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _unpackers[name] = (list(extensions), function, list(extra_args or []), description)


def unregister_unpack_format(name):
    del _unpackers[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive of a registered format (by name, or found by extension)."""
    sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    target = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    path = os.fspath(filename)
    if format is not None:
        entry = _unpackers.get(format)
        if entry is None:
            raise ValueError("Unknown unpack format '{0}'".format(format))
    else:
        matches = [entry for entry in _unpackers.values()
                   if any(path.endswith(ext) for ext in entry[0])]
        if not matches:
            raise ReadError("Unknown archive format '{0}'".format(path))
        entry = matches[0]
    extensions, function, extra, _ = entry
    options = dict(extra)
    if filter is not None:
        options['filter'] = filter
    function(path, target, **options)


__all__ += ["make_archive", "get_archive_formats", "register_archive_format",
            "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
            "unregister_unpack_format", "unpack_archive", "ReadError", "RegistryError"]
