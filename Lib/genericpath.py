"""The os.path functions that need no knowledge of the path syntax; posixpath re-exports them
and uses the private helpers at the bottom."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile',
           'samestat']


def _status(path, follow_symlinks=True):
    """The stat result for `path`, or None when it cannot be had (missing file, bad path,
    embedded NUL, no lstat on this platform...)."""
    try:
        if follow_symlinks:
            return os.stat(path)
        return os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return None


def _mode_is(path, predicate, follow_symlinks=True):
    found = _status(path, follow_symlinks)
    return found is not None and predicate(found.st_mode)


def exists(path):
    """True when `path` leads to an existing file; a dangling symbolic link does not count."""
    return _status(path) is not None


def isfile(path):
    """True when `path` leads (through any symbolic links) to a regular file."""
    return _mode_is(path, stat.S_ISREG)


def isdir(s):
    """True when `s` leads (through any symbolic links) to a directory."""
    return _mode_is(s, stat.S_ISDIR)


def islink(path):
    """True when `path` itself is a symbolic link."""
    return _mode_is(path, stat.S_ISLNK, follow_symlinks=False)


def getsize(filename):
    """Size of the file in bytes, as os.stat() reports it."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Last modification time of the file (seconds since the epoch), from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Last access time of the file (seconds since the epoch), from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Last metadata change time of the file (seconds since the epoch), from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest leading run of elements shared by every item of the list `m` (compared
    element by element, not path component by component)."""
    if not m:
        return ''
    items = m if isinstance(m[0], (list, tuple)) else [os.fspath(item) for item in m]
    # Whatever prefix the smallest and the largest item share, all the others share too.
    smallest, largest = min(items), max(items)
    length = 0
    for mine, theirs in zip(smallest, largest):
        if mine != theirs:
            break
        length += 1
    return smallest[:length]


def samestat(s1, s2):
    """True when two stat results are of one and the same file (device and inode)."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """True when both paths lead to the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True when both file descriptors are open on the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Split `p` into (root, extension), where the extension runs from the last dot of the last
    component; dots that only lead that component (as in '.profile') start no extension."""
    component_start = p.rfind(sep) + 1
    if altsep:
        component_start = max(component_start, p.rfind(altsep) + 1)
    dot = p.rfind(extsep)
    if dot >= component_start and p[component_start:dot].lstrip(extsep):
        return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError a path function owes for an argument that is neither str nor bytes,
    or for a mixture of str and bytes arguments."""
    seen = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, type(arg).__name__)) from None
        seen.add(str if isinstance(arg, str) else bytes)
    if len(seen) == 2:
        raise TypeError("Can't mix strings and bytes in path components") from None
