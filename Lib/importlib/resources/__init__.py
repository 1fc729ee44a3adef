"""Reading the data files that ship inside packages, wherever the package is stored: on disk,
in a ZIP archive, in the library embedded in the interpreter, or spread over the folders of a
namespace package.

`files(package)` gives the package's folder as a Traversable; `as_file(path)` makes a real
file system path of one for the length of a `with` block. The older functions (read_text,
open_binary, path, contents, ...) are kept, deprecated as in CPython 3.12.
"""

import os
import sys
import _warnings
from pathlib import Path
from . import abc
from ._paths import ArchivePath, EmbeddedPath, MultiplexedPath

__all__ = ['Package', 'Anchor', 'as_file', 'contents', 'files', 'is_resource', 'open_binary',
           'open_text', 'path', 'read_binary', 'read_text']

Package = Anchor = object


def _module_of(anchor):
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    if isinstance(anchor, type(sys)):
        return anchor
    raise TypeError(f'{anchor!r} is not a package')


def _caller_module():
    # files() with no anchor means the module that called it.
    frame = sys._getframe(2)
    return sys.modules[frame.f_globals['__name__']]


def files(anchor=None):
    """The Traversable folder of a package (or the folder holding a module)."""
    module = _caller_module() if anchor is None else _module_of(anchor)
    spec = module.__spec__
    reader_of = getattr(spec.loader, 'get_resource_reader', None)
    reader = reader_of(spec.name) if reader_of is not None else None
    if reader is not None and hasattr(reader, 'files'):
        return reader.files()
    from importlib.machinery import EmbeddedImporter
    locations = spec.submodule_search_locations
    if spec.loader is EmbeddedImporter:
        stem = spec.name.replace('.', '/')
        return EmbeddedPath(stem if locations is not None else stem.rpartition('/')[0])
    if locations is not None and spec.origin is None:
        folders = [_folder_path(location) for location in locations]
        return folders[0] if len(folders) == 1 else MultiplexedPath(*folders)
    if spec.origin is None:
        raise ValueError(f'{spec.name!r} has no location to read resources from')
    return Path(os.path.dirname(spec.origin))


def _folder_path(location):
    """A namespace portion: a folder on disk, or one inside an archive."""
    if os.path.isdir(location):
        return Path(location)
    import zipimport
    importer = zipimport.zipimporter(location)
    return ArchivePath(importer, importer.prefix)


class _AsFile:
    """The context manager of as_file: the path itself when it is on disk, else a temporary
    copy (a file, or a folder copied whole) removed again at the end of the block."""

    _made = 0

    def __init__(self, path):
        self._path = path
        self._copy = None

    def __enter__(self):
        if isinstance(self._path, Path):
            return self._path
        _AsFile._made += 1
        root = os.environ.get('TMPDIR') or '/tmp'
        self._copy = os.path.join(root, f'ferrython-resource-{os.getpid()}-{_AsFile._made}-{self._path.name}')
        _copy_out(self._path, self._copy)
        return Path(self._copy)

    def __exit__(self, *exc_info):
        if self._copy is not None:
            _remove(self._copy)
        return False


def _copy_out(source, target):
    if source.is_dir():
        os.mkdir(target)
        for entry in source.iterdir():
            _copy_out(entry, os.path.join(target, entry.name))
    else:
        with open(target, 'wb') as stream:
            stream.write(source.read_bytes())


def _remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        for entry in os.listdir(path):
            _remove(os.path.join(path, entry))
        os.rmdir(path)
    elif os.path.lexists(path):
        os.remove(path)


def as_file(path):
    """A context manager giving a file system path for the Traversable `path`."""
    return _AsFile(path)


# The functions of the older interface, each one name inside a package.

def _deprecated(name):
    _warnings.warn(f'{name} is deprecated. Use files() instead. Refer to '
                   'https://importlib-resources.readthedocs.io/en/latest/using.html'
                   '#migrating-from-legacy for migration advice.', DeprecationWarning, stacklevel=3)


def _resource(package, resource):
    if os.path.split(resource)[0] or resource in ('.', '..'):
        raise ValueError(f'{resource!r} must be only a file name')
    module = _module_of(package)
    if module.__spec__.submodule_search_locations is None:
        raise TypeError(f'{module.__spec__.name!r} is not a package')
    return files(module).joinpath(resource)


def open_binary(package, resource):
    _deprecated('open_binary')
    return _resource(package, resource).open('rb')


def read_binary(package, resource):
    _deprecated('read_binary')
    return _resource(package, resource).read_bytes()


def open_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('open_text')
    return _resource(package, resource).open('r', encoding=encoding, errors=errors)


def read_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('read_text')
    with _resource(package, resource).open('r', encoding=encoding, errors=errors) as stream:
        return stream.read()


def contents(package):
    _deprecated('contents')
    return [entry.name for entry in files(_module_of(package)).iterdir()]


def is_resource(package, name):
    _deprecated('is_resource')
    return any(entry.name == name and entry.is_file() for entry in files(_module_of(package)).iterdir())


def path(package, resource):
    _deprecated('path')
    return as_file(_resource(package, resource))
