"""zipfile.Path: a pathlib-like view of the members of an archive.

Folders exist in the view when a member says so ('a/') or when some member lies inside
them ('a/b.txt' makes 'a/' exist too)."""

import io
import posixpath
import re
import pathlib

__all__ = ['Path']


def _parents_of(name):
    """'a/b/c.txt' -> 'a/b/', 'a/'."""
    name = name.rstrip('/')
    while True:
        head = posixpath.dirname(name)
        if not head:
            return
        yield head + '/'
        name = head


def _parent_name(name):
    head = posixpath.dirname(name.rstrip('/'))
    return head + '/' if head else ''


def _pattern_regex(pattern):
    """A glob pattern ('*', '?', '**', '[...]') over member names as a regex."""
    pieces = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith('**/', i):
            pieces.append('(?:.*/)?')
            i += 3
            continue
        if pattern.startswith('**', i):
            pieces.append('.*')
            i += 2
            continue
        if ch == '*':
            pieces.append('[^/]*')
        elif ch == '?':
            pieces.append('[^/]')
        elif ch == '[':
            close = pattern.find(']', i + 1)
            if close < 0:
                pieces.append(re.escape(ch))
            else:
                body = pattern[i + 1:close]
                if body.startswith('!'):
                    body = '^' + body[1:]
                pieces.append('[' + body.replace('\\', '\\\\') + ']')
                i = close
        else:
            pieces.append(re.escape(ch))
        i += 1
    return re.compile(''.join(pieces) + '/?', re.DOTALL)


class Path:
    """A member (or folder) of a ZIP archive, addressed like a pathlib path.

        root = zipfile.Path('archive.zip')
        for child in root.iterdir(): ...
        (root / 'folder' / 'file.txt').read_text()
    """

    def __init__(self, root, at=""):
        from . import ZipFile
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at

    def _listing(self):
        """(names in archive order then the folders only implied, the same as a set),
        kept on the archive until a member is added."""
        root = self.root
        count = len(root.filelist)
        cached = getattr(root, '_path_listing', None)
        if cached is not None and cached[0] == count:
            return cached[1], cached[2]
        listed = [info.filename for info in root.filelist]
        known = set(listed)
        implied = []
        for name in listed:
            for parent in _parents_of(name):
                if parent in known:
                    break
                known.add(parent)
                implied.append(parent)
        ordered = listed + implied
        root._path_listing = (count, ordered, known)
        return ordered, known

    def _ordered_names(self):
        return self._listing()[0]

    def _names(self):
        return self._listing()[1]

    def _resolve(self, at):
        """A name that exists as a folder gets its '/'."""
        names = self._names()
        if at and at not in names and at + '/' in names:
            return at + '/'
        return at

    def _child(self, at):
        return type(self)(self.root, at)

    # -- names --------------------------------------------------------------------------

    @property
    def name(self):
        return pathlib.PurePosixPath(self.at).name or self.filename.name

    def _base(self):
        return pathlib.PurePosixPath(self.at or self.root.filename or '')

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename) / self.at

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        head = posixpath.dirname(self.at.rstrip('/'))
        return self._child(head + '/' if head else head)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return f"{type(self).__name__}({self.root.filename!r}, {self.at!r})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def joinpath(self, *other):
        return self._child(self._resolve(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    def relative_to(self, other, *extra):
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def match(self, path_pattern):
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    # -- questions ----------------------------------------------------------------------

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return not self.is_dir() and self.exists()

    def exists(self):
        return self.at == '' or self.at in self._names()

    def is_symlink(self):
        return False

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return iter([self._child(name) for name in self._ordered_names()
                     if _parent_name(name) == self.at])

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        matcher = _pattern_regex(self.at + pattern)
        for name in sorted(self._names()):
            if matcher.fullmatch(name):
                yield self._child(name)

    def rglob(self, pattern):
        return self.glob(f'**/{pattern}')

    # -- content ------------------------------------------------------------------------

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Open the member: text (mode 'r' or 'w', with TextIOWrapper's arguments) or
        binary ('rb', 'wb')."""
        if self.is_dir():
            raise IsADirectoryError(self)
        reading = mode[:1] == 'r'
        if reading and not self.exists():
            raise FileNotFoundError(self)
        member = self.root.open(self.at, 'r' if reading else 'w', pwd=pwd)
        if 'b' not in mode:
            if not args:
                kwargs.setdefault('encoding', 'utf-8')
            return io.TextIOWrapper(member, *args, **kwargs)
        if args or kwargs:
            member.close()
            raise ValueError("encoding args invalid for binary operation")
        return member

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()
