"""Path names matching shell patterns, as a Unix shell expands them.

Each `/`-separated part of the pattern may use the wildcards of fnmatch; a part that is
exactly `**` matches any number of folders when `recursive` is true. Names starting with a
dot are matched only by parts that start with a dot, unless `include_hidden` is true.
Results come in the order the file system lists folders, relative to `root_dir` when given
(and to the folder `dir_fd` is open on, when given). Errors while listing are ignored.
"""

import os
import stat
import sys
import fnmatch

__all__ = ['escape', 'glob', 'iglob']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching the pattern `pathname` (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching the pattern `pathname`."""
    sys.audit('glob.glob', pathname, recursive)
    sys.audit('glob.glob/2', pathname, recursive, root_dir, dir_fd)
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    found = _expand(_Walker(dir_fd, recursive, include_hidden), pathname, root, False)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        # A pattern starting with `**` matches its own starting folder as the empty path,
        # which is no result.
        found = _skip_first_if_empty(found)
    return found


def escape(pathname):
    """The path with its wildcard characters bracketed, so that it matches only itself (a
    drive is left as it is)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = b''.join(b'[' + one + b']' if one in b'*?[' else one
                        for one in (rest[i:i + 1] for i in range(len(rest))))
    else:
        rest = ''.join('[' + char + ']' if char in '*?[' else char for char in rest)
    return drive + rest


def has_magic(s):
    """Whether `s` holds a wildcard character."""
    wild = (b'*', b'?', b'[') if isinstance(s, bytes) else ('*', '?', '[')
    return any(char in s for char in wild)


def glob0(dirname, pattern):
    """`[pattern]` when that name exists in the folder (the pattern has no wildcards)."""
    return _Walker(None, False, False).literal(dirname, pattern, False)


def glob1(dirname, pattern):
    """The names of the folder that match the one-part pattern."""
    return _Walker(None, False, False).wildcard(dirname, pattern, False)


def _is_double_star(part):
    return part == (b'**' if isinstance(part, bytes) else '**')


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _skip_first_if_empty(paths):
    for first in paths:
        if first:
            yield first
        yield from paths
        return


def _join(folder, name):
    # Either side is often empty; os.path.join would add a separator.
    if not folder or not name:
        return folder or name
    return os.path.join(folder, name)


def _expand(walker, pattern, root, dirs_only):
    """The paths matching `pattern` below `root`, relative to it. `dirs_only` keeps only
    folders (the pattern is a folder part of a longer one)."""
    folder, last = os.path.split(pattern)
    if not has_magic(pattern):
        if last:
            if walker.lexists(_join(root, pattern)):
                yield pattern
        elif walker.isdir(_join(root, folder)):
            # A pattern ending in a separator names a folder.
            yield pattern
        return
    if not folder:
        yield from walker.part(root, last, dirs_only)
        return
    # os.path.split gives a drive or UNC share back whole as the folder: no recursion there.
    if folder != pattern and has_magic(folder):
        folders = _expand(walker, folder, root, True)
    else:
        folders = [folder]
    for found in folders:
        for name in walker.part(_join(root, found), last, dirs_only):
            yield os.path.join(found, name)


class _Walker:
    """Lists folders and tests paths for one glob() call, relative to the folder `dir_fd`
    when it is not None."""

    def __init__(self, dir_fd, recursive, include_hidden):
        self.dir_fd, self.recursive, self.include_hidden = dir_fd, recursive, include_hidden

    def part(self, folder, part, dirs_only):
        """The names in `folder` (or paths below it, for `**`) matching one pattern part."""
        if not has_magic(part):
            return self.literal(folder, part, dirs_only)
        if self.recursive and _is_double_star(part):
            return self.everything_below(folder, part, dirs_only)
        return self.wildcard(folder, part, dirs_only)

    def literal(self, folder, name, dirs_only):
        if name:
            return [name] if self.lexists(_join(folder, name)) else []
        # An empty last part comes from a trailing separator: only a folder matches.
        return [name] if self.isdir(folder) else []

    def wildcard(self, folder, part, dirs_only):
        names = self.listdir(folder, dirs_only)
        if not self.include_hidden and not _is_hidden(part):
            names = [name for name in names if not _is_hidden(name)]
        return fnmatch.filter(names, part)

    def everything_below(self, folder, part, dirs_only):
        # `**` matches the folder itself (as the empty name) and every path below it.
        if not folder or self.isdir(folder):
            yield part[:0]
        yield from self.descend(folder, dirs_only)

    def descend(self, folder, dirs_only):
        for name in self.listdir(folder, dirs_only):
            if self.include_hidden or not _is_hidden(name):
                yield name
                below = _join(folder, name) if folder else name
                for path in self.descend(below, dirs_only):
                    yield _join(name, path)

    def listdir(self, folder, dirs_only):
        """The names in `folder` ('' is the current folder), only its subfolders when
        `dirs_only`; [] when it cannot be listed."""
        opened = None
        try:
            if self.dir_fd is not None:
                if folder:
                    opened = target = os.open(folder, os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0),
                                              dir_fd=self.dir_fd)
                else:
                    target = self.dir_fd
            elif folder:
                target = folder
            else:
                target = b'.' if isinstance(folder, bytes) else '.'
            names = []
            with os.scandir(target) as entries:
                for entry in entries:
                    try:
                        if dirs_only and not entry.is_dir():
                            continue
                    except OSError:
                        continue
                    # Listing a descriptor gives str names; a bytes pattern wants bytes.
                    name = entry.name
                    if isinstance(folder, bytes) and not isinstance(name, bytes):
                        name = os.fsencode(name)
                    names.append(name)
            return names
        except OSError:
            return []
        finally:
            if opened is not None:
                os.close(opened)

    def lexists(self, path):
        if self.dir_fd is None:
            return os.path.lexists(path)
        try:
            os.lstat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return True

    def isdir(self, path):
        if self.dir_fd is None:
            return os.path.isdir(path)
        try:
            mode = os.stat(path, dir_fd=self.dir_fd).st_mode
        except (OSError, ValueError):
            return False
        return stat.S_ISDIR(mode)
