"""Pure paths: path arithmetic with no file system access, in POSIX or Windows syntax.

A path keeps the strings it was made from, and their parse: drive, root and tail (the list of
names). Everything else (its string, parts, parents, comparisons) derives from those.
"""

import os
import _warnings
from collections.abc import Sequence
from fnmatch import _name_matcher
from . import _syntax as syntaxes

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath']

# Characters a file URI keeps as they are; every other byte is %-encoded.
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _uri_quote(data):
    return ''.join(chr(byte) if byte in _URI_SAFE else '%%%02X' % byte for byte in data)


def _deprecated_positional(method):
    _warnings.warn(f'support for supplying more than one positional argument to pathlib.PurePath.'
                   f'{method}() is deprecated and scheduled for removal in Python 3.14',
                   DeprecationWarning, stacklevel=3)


class _PathParents(Sequence):
    """The ancestors of a path, nearest first, as a read-only sequence (`path.parents`)."""

    __slots__ = ('_path', '_drive', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drive, self._root, self._tail = path.drive, path.root, path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index >= len(self) or index < -len(self):
            raise IndexError(index)
        if index < 0:
            index += len(self)
        return self._path._from_parts(self._drive, self._root, self._tail[:-index - 1])

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path of the running system's syntax (PurePosixPath or PureWindowsPath), made by
    joining the given segments: strings or os.PathLike objects."""

    __module__ = 'pathlib'
    __slots__ = ('_segments', '_drive', '_root', '_tail', '_text', '_folded', '_hash')
    _syntax = syntaxes.WINDOWS if os.name == 'nt' else syntaxes.POSIX

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        segments = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._syntax is syntaxes.WINDOWS and self._syntax is syntaxes.POSIX:
                    segments.extend(segment.replace('\\', '/') for segment in arg._segments)
                else:
                    segments.extend(arg._segments)
                continue
            try:
                segment = os.fspath(arg)
            except TypeError:
                segment = arg
            if not isinstance(segment, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                f'__fspath__ returns a str, not {type(segment).__name__!r}')
            segments.append(segment)
        self._segments = segments
        if not segments:
            raw = ''
        elif len(segments) == 1:
            raw = segments[0]
        else:
            raw = self._syntax.join(*segments)
        self._drive, self._root, self._tail = syntaxes.parse(self._syntax, raw)
        self._text = syntaxes.format_parts(self._syntax, self._drive, self._root, self._tail) or '.'

    def with_segments(self, *pathsegments):
        """A path of the same type from the segments; every derived path is made here, so
        that subclasses can pass on extra state."""
        return type(self)(*pathsegments)

    def _from_parts(self, drive, root, tail):
        return self.with_segments(syntaxes.format_parts(self._syntax, drive, root, tail) or '.')

    def __reduce__(self):
        return (self.__class__, self.parts)

    # Strings.

    def __str__(self):
        return self._text

    def __fspath__(self):
        return self._text

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_posix(self):
        """The path with forward slashes."""
        return self._text.replace(self._syntax.sep, '/')

    def as_uri(self):
        """The path as a 'file:' URI; only absolute paths have one."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drive = self.drive
        if len(drive) == 2 and drive[1] == ':':
            prefix, path = 'file:///' + drive, self.as_posix()[2:]
        elif drive:
            prefix, path = 'file:', self.as_posix()
        else:
            prefix, path = 'file://', str(self)
        return prefix + _uri_quote(os.fsencode(path))

    # Equality and order follow the syntax's case rule; POSIX and Windows paths never compare.

    def _folded_text(self):
        try:
            return self._folded
        except AttributeError:
            self._folded = self._syntax.fold_case(self._text)
            return self._folded

    def _folded_parts(self):
        return self._folded_text().split(self._syntax.sep)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._folded_text() == other._folded_text() and self._syntax is other._syntax

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._folded_text())
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._folded_parts() < other._folded_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._folded_parts() <= other._folded_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._folded_parts() > other._folded_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._folded_parts() >= other._folded_parts()

    # Components.

    @property
    def drive(self):
        """The drive ('c:' or a share '\\\\host\\share'; always '' on POSIX)."""
        return self._drive

    @property
    def root(self):
        """The root separator, if any."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drive + self._root

    @property
    def parts(self):
        """The anchor (when there is one) followed by each name."""
        if self._drive or self._root:
            return (self._drive + self._root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        """The final name, or '' when there is none."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The final name's extension ('.gz' of 'a.tar.gz'), or ''."""
        name = self.name
        dot = name.rfind('.')
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ''

    @property
    def suffixes(self):
        """Every extension of the final name (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + piece for piece in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final name without its last extension."""
        name = self.name
        dot = name.rfind('.')
        if 0 < dot < len(name) - 1:
            return name[:dot]
        return name

    @property
    def parent(self):
        """The path without its final name (the path itself when it has none)."""
        if not self._tail:
            return self
        return self._from_parts(self._drive, self._root, self._tail[:-1])

    @property
    def parents(self):
        """The sequence of ancestors, nearest first."""
        return _PathParents(self)

    # Derived paths.

    def with_name(self, name):
        """The path with its final name replaced."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        syntax = self._syntax
        if not name or name == '.' or syntax.sep in name or (syntax.altsep and syntax.altsep in name):
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._drive, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """The path with the final name's stem replaced (its extension kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with the final extension replaced, added, or removed (suffix '')."""
        syntax = self._syntax
        if syntax.sep in suffix or (syntax.altsep and syntax.altsep in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parts(self._drive, self._root, self._tail[:-1] + [name])

    def joinpath(self, *pathsegments):
        """This path followed by the segments (an absolute segment restarts the path)."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to `other`; with `walk_up`, `..` steps climb out of `other`
        when this path is not below it."""
        if _deprecated:
            _deprecated_positional('relative_to')
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        for steps, ancestor in enumerate([other] + list(other.parents)):
            if self.is_relative_to(ancestor):
                break
            if not walk_up:
                raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
            if ancestor.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f'{str(self)!r} and {str(other)!r} have different anchors')
        return self.with_segments(*(['..'] * steps + self._tail[len(ancestor._tail):]))

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path is `other` or below it."""
        if _deprecated:
            _warnings.warn('support for supplying more than one argument to pathlib.PurePath.'
                           'is_relative_to() is deprecated and scheduled for removal in Python 3.14',
                           DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    # Questions.

    def is_absolute(self):
        """Whether the path has a root (and, on Windows, a drive)."""
        if self._syntax is syntaxes.WINDOWS:
            return bool(self._drive and self._root)
        return bool(self._root)

    def is_reserved(self):
        """Whether Windows reserves the name for a device (never on POSIX)."""
        return self._syntax.is_reserved(self._drive, self._tail)

    def _lines(self):
        # The path's names, anchor first; a separator inside a name cannot occur, but a
        # newline can, and is shown as the separator (as CPython's line-based matching does).
        if self._text == '.':
            return ['']
        sep = self._syntax.sep
        return [piece.replace('\n', sep) for piece in self._text.split(sep)]

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob-style pattern, name by name from the right (a
        relative pattern) or all of it (an absolute one)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._syntax.case_sensitive
        wanted, lines = path_pattern._lines(), self._lines()
        if path_pattern.drive or path_pattern.root:
            if len(wanted) != len(lines):
                return False
        elif path_pattern._tail:
            if len(wanted) > len(lines):
                return False
            lines = lines[len(lines) - len(wanted):]
        else:
            raise ValueError('empty pattern')
        for pattern, line in zip(wanted, lines):
            if pattern == '*':
                # A lone star stands for a name, so it needs one.
                if not line:
                    return False
            elif not _name_matcher(pattern, case_sensitive)(line):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path in POSIX syntax."""

    __module__ = 'pathlib'
    __slots__ = ()
    _syntax = syntaxes.POSIX


class PureWindowsPath(PurePath):
    """A pure path in Windows syntax: drives, shares, either slash, case ignored."""

    __module__ = 'pathlib'
    __slots__ = ()
    _syntax = syntaxes.WINDOWS
