"""The Traversable kinds besides pathlib.Path (a folder on disk): a folder inside a ZIP archive,
a package of the library embedded in the interpreter, and the merged folders of a namespace
package."""

import io
import _imp
from .abc import Traversable


class ArchivePath(Traversable):
    """A file or folder inside a ZIP archive read by a zipimporter; `at` is its name in the
    archive ('' for the root, folders end in '/')."""

    def __init__(self, importer, at=''):
        self._importer = importer
        self.at = at

    def __repr__(self):
        return f'{type(self).__name__}({self._importer.archive!r}, {self.at!r})'

    def __eq__(self, other):
        return (isinstance(other, ArchivePath) and self._importer.archive == other._importer.archive
                and self.at == other.at)

    def __hash__(self):
        return hash((self._importer.archive, self.at))

    def __str__(self):
        return self._importer.archive + '/' + self.at

    @property
    def name(self):
        return self.at.rstrip('/').rpartition('/')[2]

    def _members(self):
        return self._importer._members()

    def is_file(self):
        return self.at in self._members() and not self.at.endswith('/')

    def is_dir(self):
        if not self.at:
            return True
        folder = self.at if self.at.endswith('/') else self.at + '/'
        return any(name.startswith(folder) for name in self._members())

    def exists(self):
        return self.is_file() or self.is_dir()

    def iterdir(self):
        folder = self.at if not self.at or self.at.endswith('/') else self.at + '/'
        children = {}
        for name in self._members():
            if not name.startswith(folder) or name == folder:
                continue
            first, slash, _ = name[len(folder):].partition('/')
            children[folder + first + slash] = None
        return iter([ArchivePath(self._importer, child) for child in sorted(children)])

    def joinpath(self, *descendants):
        at = self.at.rstrip('/')
        for part in descendants:
            for piece in str(part).split('/'):
                if piece:
                    at = f'{at}/{piece}' if at else piece
        folder = ArchivePath(self._importer, at + '/')
        return folder if folder.is_dir() else ArchivePath(self._importer, at)

    def open(self, mode='r', *args, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(str(self))
        try:
            data = self._importer.get_data(self.at)
        except OSError:
            raise FileNotFoundError(str(self)) from None
        if 'b' in mode:
            return io.BytesIO(data)
        return io.TextIOWrapper(io.BytesIO(data), *args, **kwargs)


def _embedded_files():
    """The files of the embedded library as '/'-separated names ('importlib/__init__.py')."""
    names = []
    for module, is_package in _imp.embedded_modules():
        stem = module.replace('.', '/')
        names.append(stem + '/__init__.py' if is_package else stem + '.py')
    return names


class EmbeddedPath(Traversable):
    """A file or folder of the standard library embedded in the interpreter (its modules'
    sources); `at` is the '/'-separated path below Lib/."""

    def __init__(self, at):
        self.at = at.strip('/')

    def __repr__(self):
        return f'{type(self).__name__}({self.at!r})'

    def __eq__(self, other):
        return isinstance(other, EmbeddedPath) and self.at == other.at

    def __hash__(self):
        return hash(self.at)

    def __str__(self):
        return '<ferrython>/Lib/' + self.at

    @property
    def name(self):
        return self.at.rpartition('/')[2]

    def is_file(self):
        return self.at in _embedded_files()

    def is_dir(self):
        prefix = self.at + '/'
        return any(name.startswith(prefix) for name in _embedded_files())

    def exists(self):
        return self.is_file() or self.is_dir()

    def iterdir(self):
        prefix = self.at + '/'
        children = {prefix + name[len(prefix):].partition('/')[0]: None
                    for name in _embedded_files() if name.startswith(prefix)}
        return iter([EmbeddedPath(child) for child in sorted(children)])

    def joinpath(self, *descendants):
        at = self.at
        for part in descendants:
            for piece in str(part).split('/'):
                if piece:
                    at = at + '/' + piece
        return EmbeddedPath(at)

    def open(self, mode='r', *args, **kwargs):
        if not self.is_file():
            raise FileNotFoundError(str(self))
        stem = self.at[:-len('.py')]
        module = stem[:-len('/__init__')] if stem.endswith('/__init__') else stem
        data = _imp.embedded_source(module.replace('/', '.')).encode('utf-8')
        if 'b' in mode:
            return io.BytesIO(data)
        return io.TextIOWrapper(io.BytesIO(data), *args, **kwargs)


class MultiplexedPath(Traversable):
    """The folders of a namespace package seen as one: entries of all of them, the first
    folder winning a name they share."""

    def __init__(self, *paths):
        if not paths:
            raise FileNotFoundError('MultiplexedPath must contain at least one path')
        if not all(path.is_dir() for path in paths):
            raise NotADirectoryError('MultiplexedPath only supports directories')
        self._paths = list(paths)

    def __repr__(self):
        shown = ', '.join(repr(str(path)) for path in self._paths)
        return f'MultiplexedPath({shown})'

    @property
    def name(self):
        return self._paths[0].name

    def iterdir(self):
        seen = {}
        for path in self._paths:
            for entry in path.iterdir():
                seen.setdefault(entry.name, entry)
        return iter(list(seen.values()))

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, *descendants):
        for path in self._paths:
            candidate = path.joinpath(*descendants)
            if candidate.exists():
                return candidate
        return self._paths[0].joinpath(*descendants)

    def open(self, mode='r', *args, **kwargs):
        raise FileNotFoundError(f'{self} is not a file')

    def read_bytes(self):
        raise FileNotFoundError(f'{self} is not a file')

    def read_text(self, encoding=None):
        raise FileNotFoundError(f'{self} is not a file')
