"""High-level file operations: copying files and trees, removing trees, moving, which(),
disk_usage() and get_terminal_size()."""

import collections
import errno
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination are the same file."""


class SpecialFileError(OSError):
    """A named pipe or other special file where a regular file was expected."""


class ExecError(OSError):
    """A command could not be executed."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A problem with the archive format registries."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file-like fsrc to fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry) and hasattr(os.path, 'samestat'):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return (os.path.normcase(os.path.abspath(src)) ==
            os.path.normcase(os.path.abspath(dst)))


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of src to dst; return dst."""
    sys.audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for index, name in enumerate((src, dst)):
        try:
            st = _stat(name)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            name = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError("`%s` is a named pipe" % name)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as exc:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from exc
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    sys.audit("shutil.copymode", src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        if not hasattr(os, 'lchmod'):
            return
        st = os.lstat(src)
        os.lchmod(dst, stat.S_IMODE(st.st_mode))
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _metadata_call(function, follow, *args):
    # Without following symlinks, only where the platform supports it (else do nothing).
    if follow:
        function(*args)
    elif function in getattr(os, 'supports_follow_symlinks', ()):
        function(*args, follow_symlinks=False)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, access and modification times (and flags) of src to dst."""
    sys.audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if follow:
        st = _stat(src)
    else:
        st = src.stat(follow_symlinks=False) if isinstance(src, os.DirEntry) else os.lstat(src)
    if follow:
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    elif os.utime in getattr(os, 'supports_follow_symlinks', ()):
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=False)
    try:
        _metadata_call(os.chmod, follow, dst, stat.S_IMODE(st.st_mode))
    except NotImplementedError:
        # lchmod() is missing on some platforms.
        pass
    if hasattr(st, 'st_flags') and hasattr(os, 'chflags'):
        try:
            _metadata_call(os.chflags, follow, dst, st.st_flags)
        except OSError as why:
            if why.errno not in (errno.EOPNOTSUPP, errno.ENOTSUP):
                raise


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits; dst may be a directory. Return the file's new path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata; dst may be a directory. Return the file's new path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` function for copytree() that skips names matching any pattern."""
    def ignored(path, names):
        skipped = set()
        for pattern in patterns:
            skipped.update(fnmatch.filter(names, pattern))
        return skipped
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless dirs_exist_ok).

    Errors are collected and raised together as Error([(src, dst, why), ...])."""
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as entries:
        listing = list(entries)
    return _copytree(listing, src, dst, symlinks, ignore, copy_function,
                     ignore_dangling_symlinks, dirs_exist_ok)


def _copytree(entries, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok):
    skipped = ignore(os.fspath(src), [e.name for e in entries]) if ignore else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in skipped:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if symlinks:
                    os.symlink(target, to_path)
                    copystat(entry, to_path, follow_symlinks=False)
                    continue
                if not os.path.exists(target if os.path.isabs(target)
                                      else os.path.join(os.path.dirname(from_path), target)):
                    if ignore_dangling_symlinks:
                        continue
                if entry.is_dir():
                    copytree(from_path, to_path, symlinks, ignore, copy_function,
                             ignore_dangling_symlinks, dirs_exist_ok)
                else:
                    copy_function(from_path, to_path)
            elif entry.is_dir():
                copytree(from_path, to_path, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(from_path, to_path)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((from_path, to_path, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        # Copying file access times may fail on Windows.
        if getattr(why, 'winerror', None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _remove_tree(path, onexc):
    # Depth first, without following symlinks to directories.
    try:
        with os.scandir(path) as entries:
            listing = list(entries)
    except OSError as err:
        onexc(os.scandir, path, err)
        listing = []
    for entry in listing:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                if entry.is_symlink():
                    raise OSError("Cannot call rmtree on a symbolic link")
            except OSError as err:
                onexc(os.path.islink, full, err)
                continue
            _remove_tree(full, onexc)
        else:
            try:
                os.unlink(full)
            except OSError as err:
                onexc(os.unlink, full, err)
    try:
        os.rmdir(path)
    except OSError as err:
        onexc(os.rmdir, path, err)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete a directory tree. Errors are ignored (ignore_errors), passed to
    onexc(function, path, exception) or onerror(function, path, exc_info), or raised."""
    sys.audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onexc(*args):
            pass
    elif onerror is None and onexc is None:
        def onexc(*args):
            raise args[2]
    elif onexc is None:
        def onexc(function, failed_path, exc):
            onerror(function, failed_path, (type(exc), exc, exc.__traceback__))
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    try:
        mode = os.lstat(path).st_mode
    except OSError as err:
        onexc(os.lstat, path, err)
        return
    if stat.S_ISLNK(mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as err:
            onexc(os.path.islink, path, err)
        return
    _remove_tree(path, onexc)


# rmtree() resists symlink attacks only with fd-based functions, which this one does not use.
rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.sep + (os.altsep or '')))


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it, if it is a directory); rename when possible,
    else copy and delete. Return the destination."""
    sys.audit("shutil.move", src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            target = os.readlink(src)
            os.symlink(target, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def chown(path, user=None, group=None):
    """Change the owner of path; user and group may be names or ids."""
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    if not hasattr(os, 'chown'):
        raise NotImplementedError("os.chown is not available")
    uid = -1 if user is None else user
    gid = -1 if group is None else group
    if isinstance(uid, str) or isinstance(gid, str):
        raise LookupError("no such user or group: names need the pwd and grp modules")
    os.chown(path, uid, gid)


_usage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path."""
    if not hasattr(os, 'statvfs'):
        raise NotImplementedError("disk_usage needs os.statvfs")
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _usage(total, used, free)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: COLUMNS and LINES if set, else the terminal's, else fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access_check(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The full path of the command cmd found along PATH (or path), or None."""
    use_bytes = isinstance(cmd, bytes)
    if os.path.dirname(cmd):
        return cmd if _access_check(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path)
        directories = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        directories = path.split(os.pathsep)
    seen = set()
    for directory in directories:
        normal = os.path.normcase(directory)
        if normal in seen:
            continue
        seen.add(normal)
        candidate = os.path.join(directory, cmd)
        if _access_check(candidate, mode):
            return candidate
    return None


# Archives need zipfile/tarfile, which Ferrython does not have yet.
_ARCHIVE_FORMATS = {}
_UNPACK_FORMATS = {}


def get_archive_formats():
    return sorted((name, registry[2]) for name, registry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    try:
        function, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = dict(extra)
    save_cwd = os.getcwd()
    if root_dir is not None:
        base_name = os.path.abspath(base_name)
        os.chdir(root_dir)
    try:
        return function(base_name, base_dir or os.curdir, **kwargs)
    finally:
        if root_dir is not None:
            os.chdir(save_cwd)


def get_unpack_formats():
    return sorted((name, info[0], info[3]) for name, info in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    if extract_dir is None:
        extract_dir = os.getcwd()
    if format is not None:
        try:
            info = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        for info in _UNPACK_FORMATS.values():
            if any(os.fspath(filename).endswith(ext) for ext in info[0]):
                break
        else:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    info[1](filename, extract_dir, **dict(info[2]))
