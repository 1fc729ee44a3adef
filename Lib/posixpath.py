"""Path operations for POSIX systems (what os.path is on them)."""

import os
import sys
import stat
import genericpath
from genericpath import *

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = (sys.platform == 'darwin')

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction"]


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Normalizes the case of a path: nothing to do on POSIX."""
    return os.fspath(s)


def isabs(s):
    """Whether a path is absolute."""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Joins path components with '/'; an absolute component discards those before it."""
    a = os.fspath(a)
    sep = _get_sep(a)
    path = a
    try:
        for part in map(os.fspath, p):
            if part.startswith(sep):
                path = part
            elif not path or path.endswith(sep):
                path += part
            else:
                path += sep + part
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Splits a path into (head, tail): tail is what follows the last '/'."""
    p = os.fspath(p)
    sep = _get_sep(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Splits a path into (root, ext), ext being empty or starting with a dot."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


def splitdrive(p):
    """Splits a path into (drive, rest): POSIX paths have no drive."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Splits a path into (drive, root, tail): the root is '' or '/', or '//' when exactly
    two slashes lead (which POSIX lets systems give a meaning)."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep = b'/'
        empty = b''
    else:
        sep = '/'
        empty = ''
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """The final component of a path."""
    p = os.fspath(p)
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """The directory part of a path."""
    p = os.fspath(p)
    sep = _get_sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def isjunction(path):
    """Whether a path is a junction: never on POSIX."""
    os.fspath(path)
    return False


def lexists(path):
    """Whether a path exists, a broken symbolic link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Whether a path is a mount point: its parent is on another device, or is itself."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        parent_st = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != parent_st.st_dev or st.st_ino == parent_st.st_ino


def expanduser(path):
    """Replaces a leading '~' by $HOME (and '~user' by that user's home where known)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        tilde, sep = b'~', b'/'
    else:
        tilde, sep = '~', '/'
    if not path.startswith(tilde):
        return path
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
                home = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:end]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            home = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[end:]) or sep


def _is_word(c):
    """Whether a one-item str or bytes is an ASCII word character."""
    return c.isascii() and (c.isalnum() or c == (b'_' if isinstance(c, bytes) else '_'))


def _variable_at(path, start, dollar, lbrace, rbrace):
    """The end of a variable reference `$name` or `${...}` at start, and its name; None
    when there is none there."""
    after = start + 1
    if path[after:after + 1] == lbrace:
        close = path.find(rbrace, after + 1)
        if close < 0:
            return None
        return close + 1, path[after + 1:close]
    end = after
    while end < len(path) and _is_word(path[end:end + 1]):
        end += 1
    if end == after:
        return None
    return end, path[after:end]


def expandvars(path):
    """Replaces `$name` and `${name}` by environment variables; unknown ones stay."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        dollar, lbrace, rbrace = '$', '{', '}'
        environ = os.environ
    start = path.find(dollar)
    while start >= 0:
        found = _variable_at(path, start, dollar, lbrace, rbrace)
        if found is None:
            start = path.find(dollar, start + 1)
            continue
        end, name = found
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name)])
            else:
                value = environ[name]
        except KeyError:
            start = path.find(dollar, end)
            continue
        tail = path[end:]
        path = path[:start] + value
        resume = len(path)
        path += tail
        start = path.find(dollar, resume)
    return path


def normpath(path):
    """Normalizes a path: removes '.', empty components and 'x/..' pairs, lexically."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    _, root, rest = splitroot(path)
    kept = []
    for part in rest.split(sep):
        if part == empty or part == dot:
            continue
        # '..' cancels a kept name; at the root it is dropped; in a relative path that has
        # nothing to cancel it stays.
        if part == dotdot and kept and kept[-1] != dotdot:
            kept.pop()
        elif part == dotdot and root:
            continue
        else:
            kept.append(part)
    return (root + sep.join(kept)) or dot


def abspath(path):
    """The absolute, normalized form of a path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, absolute and normalized. With strict,
    a missing component or a symlink loop raises OSError."""
    filename = os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Joins rest onto the resolved path, resolving each link met; returns (path, ok), ok
    False when a symlink loop stopped it. `seen` maps links being or been resolved to their
    result (None while in progress)."""
    if isinstance(path, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
    else:
        sep, curdir, pardir = '/', '.', '..'
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, last = split(path)
                if last == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known
                continue
            if strict:
                os.stat(candidate)  # raises the loop's OSError
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """A relative path from start (default the current directory) to path."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    start = curdir if start is None else os.fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(sep) if x]
        path_parts = [x for x in abspath(path).split(sep) if x]
        shared = len(commonprefix([start_parts, path_parts]))
        parts = [pardir] * (len(start_parts) - shared) + path_parts[shared:]
        if not parts:
            return curdir
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the given paths (all absolute or all relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        kinds = set(p[:1] == sep for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        split_paths = [[c for c in parts if c and c != curdir] for parts in split_paths]
        low = min(split_paths)
        high = max(split_paths)
        common = low
        for index, part in enumerate(low):
            if part != high[index]:
                common = low[:index]
                break
        prefix = sep if absolute else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
