"""Path operations that do not depend on the path syntax (shared by posixpath)."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile',
           'samestat']


def exists(path):
    """Whether path names an existing file (False for broken symbolic links)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Whether path names a regular file (following symbolic links)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s names a directory (following symbolic links)."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    """Whether path names a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def getsize(filename):
    """The size of a file, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of last modification of a file, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of last access of a file, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest prefix (taken item by item) that all items of m share."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low = min(m)
    high = max(m)
    # The shortest common prefix of all items is the one of the least and greatest.
    for index, item in enumerate(low):
        if item != high[index]:
            return low[:index]
    return low


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Splits p into (root, extension); leading dots of the last component are not an
    extension's."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        start = last_sep + 1
        while start < dot:
            if p[start:start + 1] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raises the TypeError of a path function given a non-path or both str and bytes."""
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
