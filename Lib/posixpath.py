"""os.path for POSIX systems: lexical path manipulation with '/' as the only separator, plus
the file-system queries of genericpath and the ones that resolve links (realpath, ismount).

Every function accepts str, bytes or an os.PathLike and answers in the same type; the
punctuation each type uses is gathered in a _Syntax record.
"""

# Defined before the imports: os imports this module and then reads them.
curdir, pardir, extsep = '.', '..', '.'
sep, altsep, pathsep = '/', None, ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

import os
import sys
import stat
import genericpath
from genericpath import *

# Only macOS guarantees arbitrary Unicode file names.
supports_unicode_filenames = sys.platform == 'darwin'

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction"]


class _Syntax:
    """The path punctuation of one string type."""
    __slots__ = ('empty', 'sep', 'dot', 'dotdot', 'tilde', 'dollar', 'lbrace', 'rbrace',
                 'underscore')

    def __init__(self, convert):
        self.empty, self.sep, self.dot, self.dotdot = map(convert, ('', '/', '.', '..'))
        self.tilde, self.dollar, self.lbrace, self.rbrace = map(convert, '~${}')
        self.underscore = convert('_')


_TEXT = _Syntax(str)
_BINARY = _Syntax(lambda text: text.encode('ascii'))


def _syntax_of(path):
    return _BINARY if isinstance(path, bytes) else _TEXT


def _drop_trailing_seps(head, slash):
    """A directory part without its trailing separators, unless it is nothing but separators
    (the root, in any of its spellings)."""
    return head.rstrip(slash) if head.strip(slash) else head


# ---- Purely lexical operations ----

def normcase(s):
    """Normalize the case of a path; POSIX file names are case-sensitive, so this only turns
    a path-like object into its path."""
    return os.fspath(s)


def isabs(s):
    """Whether the path starts at the root."""
    s = os.fspath(s)
    return s.startswith(_syntax_of(s).sep)


def join(a, *p):
    """Join path components with '/', adding one only where needed. A component that is
    absolute restarts the result from itself."""
    a = os.fspath(a)
    slash = _syntax_of(a).sep
    result = a
    try:
        for piece in map(os.fspath, p):
            if piece.startswith(slash):
                result = piece
            elif result and not result.endswith(slash):
                result = result + slash + piece
            else:
                result = result + piece
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    """Split a path into (head, tail), tail being everything after the last '/' (possibly
    empty) and head everything before it, trailing slashes removed unless head is the root."""
    p = os.fspath(p)
    slash = _syntax_of(p).sep
    cut = p.rfind(slash) + 1
    return _drop_trailing_seps(p[:cut], slash), p[cut:]


def basename(p):
    """The last component of a path: what split() gives as tail."""
    return split(p)[1]


def dirname(p):
    """The directory part of a path: what split() gives as head."""
    return split(p)[0]


def splitext(p):
    """Split a path into (root, ext): ext is '' or runs from the last dot of the final
    component, leading dots of that component excepted."""
    p = os.fspath(p)
    syntax = _syntax_of(p)
    return genericpath._splitext(p, syntax.sep, None, syntax.dot)


def splitdrive(p):
    """Split a path into (drive, rest). POSIX paths have no drive: it is always empty."""
    p = os.fspath(p)
    return _syntax_of(p).empty, p


def splitroot(p):
    """Split a path into (drive, root, tail). The root is empty for a relative path, '//' when
    exactly two slashes lead (POSIX leaves the meaning of that prefix to the system), and '/'
    otherwise; the drive is always empty."""
    p = os.fspath(p)
    syntax = _syntax_of(p)
    leading = len(p) - len(p.lstrip(syntax.sep))
    if leading == 0:
        return syntax.empty, syntax.empty, p
    if leading == 2:
        return syntax.empty, p[:2], p[2:]
    return syntax.empty, syntax.sep, p[1:]


def normpath(path):
    """Collapse redundant separators, '.' components and 'name/..' pairs, without looking at
    the file system (so symbolic links can make the result name something else)."""
    path = os.fspath(path)
    syntax = _syntax_of(path)
    if not path:
        return syntax.dot
    _, root, rest = splitroot(path)
    kept = []
    for part in rest.split(syntax.sep):
        if part == syntax.empty or part == syntax.dot:
            continue
        if part != syntax.dotdot:
            kept.append(part)
        elif kept and kept[-1] != syntax.dotdot:
            kept.pop()              # 'name/..' cancels out
        elif not root:
            kept.append(part)       # a relative path may climb above its start
        # '..' right at the root goes nowhere: dropped
    return root + syntax.sep.join(kept) or syntax.dot


def _components(path, syntax):
    return [part for part in path.split(syntax.sep) if part]


def relpath(path, start=None):
    """The relative path that leads from the directory `start` (the current directory by
    default) to `path`, computed lexically from their absolute forms."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    syntax = _syntax_of(path)
    start = syntax.dot if start is None else os.fspath(start)
    try:
        origin = _components(abspath(start), syntax)
        target = _components(abspath(path), syntax)
        shared = len(genericpath.commonprefix([origin, target]))
        steps = [syntax.dotdot] * (len(origin) - shared) + target[shared:]
        return join(*steps) if steps else syntax.dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest sub-path that every one of `paths` begins with, compared component by
    component. The paths must be all absolute or all relative."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    syntax = _syntax_of(paths[0])
    try:
        pieces = [candidate.split(syntax.sep) for candidate in paths]
        rooted = {candidate[:1] == syntax.sep for candidate in paths}
        if len(rooted) > 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        pieces = [[c for c in parts if c and c != syntax.dot] for parts in pieces]
        shared = genericpath.commonprefix(pieces)
        lead = syntax.sep if rooted.pop() else syntax.empty
        return lead + syntax.sep.join(shared)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise


# ---- Expansion of '~' and of environment variables ----

def _home_directory(user):
    """The home directory of `user` (str), of the current user when empty; None when it
    cannot be found."""
    try:
        if not user:
            if 'HOME' in os.environ:
                return os.environ['HOME']
            import pwd
            return pwd.getpwuid(os.getuid()).pw_dir
        import pwd
        return pwd.getpwnam(user).pw_dir
    except (ImportError, KeyError):
        return None


def expanduser(path):
    """Replace a leading '~' by the current user's home directory ($HOME first) and a leading
    '~user' by that user's; the path is returned unchanged when that fails."""
    path = os.fspath(path)
    syntax = _syntax_of(path)
    if not path.startswith(syntax.tilde):
        return path
    end = path.find(syntax.sep, 1)
    if end < 0:
        end = len(path)
    user = path[1:end]
    if isinstance(user, bytes):
        user = user.decode('ascii')
    home = _home_directory(user)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home.rstrip(syntax.sep) + path[end:] or syntax.sep


def _reference_at(path, at, syntax):
    """(end, name) of a variable reference '$name' or '${name}' beginning at index `at`, or
    None when what follows the '$' does not make one."""
    first = at + 1
    if path[first:first + 1] == syntax.lbrace:
        closing = path.find(syntax.rbrace, first + 1)
        return None if closing < 0 else (closing + 1, path[first + 1:closing])
    end = first
    while end < len(path):
        char = path[end:end + 1]
        if not (char.isascii() and (char.isalnum() or char == syntax.underscore)):
            break
        end += 1
    return (end, path[first:end]) if end > first else None


def _variable_reader(path):
    """A function giving the value of an environment variable in the type of `path`, or None
    for an unset one."""
    if not isinstance(path, bytes):
        return lambda name: os.environ.get(name)
    binary = getattr(os, 'environb', None)
    if binary is not None:
        return lambda name: binary.get(name)

    def through_text(name):
        value = os.environ.get(os.fsdecode(name))
        return None if value is None else os.fsencode(value)
    return through_text


def expandvars(path):
    """Substitute environment variables written '$name' or '${name}'; references to unset
    variables, and malformed ones, are left as they are."""
    path = os.fspath(path)
    syntax = _syntax_of(path)
    if syntax.dollar not in path:
        return path
    read = _variable_reader(path)
    pieces = []
    done = 0
    while True:
        at = path.find(syntax.dollar, done)
        if at < 0:
            break
        reference = _reference_at(path, at, syntax)
        if reference is None:
            pieces.append(path[done:at + 1])
            done = at + 1
            continue
        end, name = reference
        value = read(name)
        pieces.append(path[done:end] if value is None else path[done:at] + value)
        done = end
    pieces.append(path[done:])
    return syntax.empty.join(pieces)


# ---- Operations that consult the file system ----

def isjunction(path):
    """Whether the path is a junction; POSIX has none, so False."""
    os.fspath(path)
    return False


def lexists(path):
    """Whether the path exists, counting a dangling symbolic link as existing."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Whether the path is a mount point: its parent directory lives on another device, or
    is the very same directory (as '/..' is '/')."""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    above = realpath(join(path, _syntax_of(path).dotdot))
    try:
        parent = os.lstat(above)
    except (OSError, ValueError):
        return False
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino


def abspath(path):
    """The normalised absolute form of a path (relative ones are taken from the current
    directory)."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


def _queue_path(work, text, current, syntax):
    """Put the components of `text` on the work list (the next one last) and return the path
    they start from: the root for an absolute `text`, else `current`."""
    work.extend(reversed(_components(text, syntax)))
    return syntax.sep if text.startswith(syntax.sep) else current


def realpath(filename, *, strict=False):
    """The canonical form of a path: absolute, normalised, with every symbolic link replaced
    by what it points to. A symlink loop stops the resolution there (non-strict), or raises
    OSError, as does a missing component, when `strict`."""
    filename = os.fspath(filename)
    syntax = _syntax_of(filename)
    # The work list is consumed from its end. It holds components still to append, and, for
    # each link being expanded, a (link,) marker that records the link's resolution once the
    # components of its target have all been handled.
    work = []
    resolved = _queue_path(work, filename, syntax.empty, syntax)
    resolutions = {}    # link -> where it leads; None while it is being expanded
    while work:
        item = work.pop()
        if type(item) is tuple:
            resolutions[item[0]] = resolved
            continue
        if item == syntax.dot:
            continue
        if item == syntax.dotdot:
            if not resolved:
                resolved = syntax.dotdot
            else:
                parent, last = split(resolved)
                resolved = join(parent, syntax.dotdot, syntax.dotdot) if last == syntax.dotdot else parent
            continue
        candidate = join(resolved, item)
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            resolved = candidate
            continue
        if candidate in resolutions:
            earlier = resolutions[candidate]
            if earlier is not None:
                resolved = earlier
                continue
            # A loop. os.stat reports it as the OSError strict mode wants; otherwise stop
            # resolving and keep the rest of the path as written.
            if strict:
                os.stat(candidate)
            remaining = [part for part in reversed(work) if type(part) is not tuple]
            return abspath(join(candidate, *remaining))
        resolutions[candidate] = None
        work.append((candidate,))
        resolved = _queue_path(work, os.readlink(candidate), resolved, syntax)
    return abspath(resolved)
