"""Helpers for packages and the import system: listing the modules a path holds, walking
package trees, reading a package's data files, extending a package's __path__, resolving
dotted names to objects.

On Ferrython the standard library is embedded in the binary: its modules are listed by the
meta-path finder `EmbeddedImporter`, and its packages' __path__ entries ('<ferrython>/Lib/...')
get a finder of their own here, so that iter_modules and walk_packages see them like files.
"""

import importlib
import importlib.machinery
import importlib.util
import marshal
import os
import re
import sys
from collections import namedtuple
from functools import singledispatch
from types import ModuleType

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
    'iter_modules', 'get_data', 'read_code', 'extend_path', 'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'What iter_modules() reports of a module: its finder, name and packageness.'


def read_code(stream):
    """The code object of an open .pyc file, or None if its magic number is not this
    interpreter's."""
    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)  # flags, then source date and size (or hash)
    return marshal.load(stream)


def walk_packages(path=None, prefix='', onerror=None):
    """Yields the ModuleInfo of every module under `path` (default sys.path), recursively.

    Packages are imported to find their submodules. An ImportError while importing one calls
    `onerror(name)` when given and is otherwise ignored; other exceptions do the same when
    `onerror` is given and propagate when not. Each directory is walked only once.
    """
    return _walk(path, prefix, onerror, set())


def _walk(path, prefix, onerror, visited):
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except Exception as error:
            # Reported to onerror if given; else an ImportError is skipped, others propagate.
            if onerror is not None:
                onerror(info.name)
            elif not isinstance(error, ImportError):
                raise
            continue
        subpath = getattr(sys.modules[info.name], '__path__', None) or []
        fresh = [entry for entry in subpath if entry not in visited]
        visited.update(fresh)
        yield from _walk(fresh, info.name + '.', onerror, visited)


def iter_modules(path=None, prefix=''):
    """Yields the ModuleInfo of each top-level module in the directories of `path` (a list;
    None: every finder of sys.meta_path and sys.path), names prefixed with `prefix`. A name
    seen once is not reported again."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        finders = map(get_importer, path)
    reported = set()
    for finder in finders:
        for name, ispkg in iter_importer_modules(finder, prefix):
            if name not in reported:
                reported.add(name)
                yield ModuleInfo(finder, name, ispkg)


@singledispatch
def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) pairs of the modules a finder offers; finders may add an iter_modules
    method, or register a function here for their type."""
    if importer is importlib.machinery.EmbeddedImporter:
        return _embedded_modules('', prefix)
    if not hasattr(importer, 'iter_modules'):
        return []
    return importer.iter_modules(prefix)


def _module_name(filename):
    """The module a file name would give, or None."""
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def _is_package_dir(path):
    try:
        entries = os.listdir(path)
    except OSError:
        return False
    return any(_module_name(entry) == '__init__' for entry in entries)


def _iter_file_finder_modules(importer, prefix=''):
    if importer.path is None or not os.path.isdir(importer.path):
        return
    try:
        filenames = sorted(os.listdir(importer.path))
    except OSError:
        return
    seen = set()
    for filename in filenames:
        name = _module_name(filename)
        if name == '__init__' or name in seen:
            continue
        ispkg = False
        if not name:
            # A directory with an __init__ is a package; names with dots are not importable.
            if '.' in filename or not _is_package_dir(os.path.join(importer.path, filename)):
                continue
            name, ispkg = filename, True
        if '.' not in name:
            seen.add(name)
            yield prefix + name, ispkg


iter_importer_modules.register(importlib.machinery.FileFinder, _iter_file_finder_modules)


def _iter_zipimport_modules(importer, prefix=''):
    import zipimport
    inner = importer.prefix.replace(os.sep, '/')
    found = {}
    for member in sorted(zipimport._directory_of(importer.archive)):
        member = member.replace(os.sep, '/')
        if not member.startswith(inner):
            continue
        parts = member[len(inner):].split('/')
        if len(parts) == 2 and _module_name(parts[1]) == '__init__':
            found[parts[0]] = True
        elif len(parts) == 1:
            name = _module_name(parts[0])
            if name and name != '__init__' and '.' not in name:
                found.setdefault(name, False)
    for name, ispkg in found.items():
        yield prefix + name, ispkg


try:
    import zipimport
except ImportError:
    pass
else:
    iter_importer_modules.register(zipimport.zipimporter, _iter_zipimport_modules)


# The library embedded in the binary.

def _embedded_root():
    import _imp
    spec = _imp.find_spec('embedded', 'os', None)
    return None if spec is None else spec.origin.rpartition('/')[0]


def _embedded_modules(package, prefix):
    import _imp
    depth = package.count('.') + 1 if package else 0
    for dotted, ispkg in sorted(_imp.embedded_modules()):
        parts = dotted.split('.')
        if len(parts) == depth + 1 and (not package or dotted.startswith(package + '.')):
            yield prefix + parts[-1], ispkg


class _EmbeddedPackageFinder:
    """The path-entry finder of an embedded package's directory ('<ferrython>/Lib/json')."""

    def __init__(self, path, package):
        self.path = path
        self.package = package

    def find_spec(self, fullname, target=None):
        return importlib.machinery.EmbeddedImporter.find_spec(fullname, [self.path], target)

    def iter_modules(self, prefix=''):
        return _embedded_modules(self.package, prefix)

    def __repr__(self):
        return f'<embedded package directory {self.path!r}>'


def _embedded_finder(path_item):
    root = _embedded_root()
    if root is None or not path_item.startswith(root + '/'):
        return None
    package = path_item[len(root) + 1:].replace('/', '.')
    if not any(name == package and ispkg for name, ispkg in __import__('_imp').embedded_modules()):
        return None
    return _EmbeddedPackageFinder(path_item, package)


def get_importer(path_item):
    """The finder for `path_item` (a sys.path entry): from sys.path_importer_cache, else made
    by the first of sys.path_hooks that accepts it (and cached); None if none does."""
    path_item = os.fsdecode(path_item)
    try:
        return sys.path_importer_cache[path_item]
    except KeyError:
        pass
    for hook in sys.path_hooks:
        try:
            finder = hook(path_item)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_item, finder)
        return finder
    return _embedded_finder(path_item)


def iter_importers(fullname=''):
    """Yields the finders that could find module `fullname`: for a submodule, those of its
    parent package's __path__ (importing the parent); otherwise sys.meta_path's and then
    sys.path's."""
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    if '.' in fullname:
        parent = importlib.import_module(fullname.rpartition('.')[0])
        entries = getattr(parent, '__path__', None)
        if entries is None:
            return
    else:
        yield from sys.meta_path
        entries = sys.path
    for entry in entries:
        yield get_importer(entry)


def _deprecated(name):
    import warnings
    warnings.warn(f"'pkgutil.{name}' is deprecated and slated for removal in Python 3.14; "
                  'use importlib.util.find_spec() instead', DeprecationWarning, stacklevel=3)


def get_loader(module_or_name):
    """The loader of a module (or of the module of that name), or None. Deprecated."""
    _deprecated('get_loader')
    if module_or_name in sys.modules:
        module = sys.modules[module_or_name]
        if module is None:  # an import known to fail
            return None
    else:
        module = module_or_name
    if not isinstance(module, ModuleType):
        return _find_loader(module)
    if getattr(module, '__loader__', None) is not None:
        return module.__loader__
    # A module without a loader can still be found again if the import system made it.
    if getattr(module, '__spec__', None) is None:
        return None
    return _find_loader(module.__name__)


def find_loader(fullname):
    """The loader the import system would use for `fullname`, or None (parent packages are
    imported). Errors while searching become ImportError. Deprecated."""
    _deprecated('find_loader')
    return _find_loader(fullname)


def _find_loader(fullname):
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as error:
        raise ImportError(f'Error while finding loader for {fullname!r} '
                          f'({type(error)}: {error})') from error
    return None if spec is None else spec.loader


def extend_path(path, name):
    """Extends package `name`'s __path__ so that a package split over several directories is
    importable as one: adds every directory of the same name found in the parent's path (or
    sys.path), and the lines of any '<name>.pkg' file there. Meant for a package's
    __init__.py: `__path__ = extend_path(__path__, __name__)`."""
    if not isinstance(path, list):
        return path
    path = path[:]
    parent, _, last = name.rpartition('.')
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    for directory in search:
        if not isinstance(directory, str):
            continue
        finder = get_importer(directory)
        if finder is not None and hasattr(finder, 'find_spec'):
            spec = finder.find_spec(last)
            for portion in (spec and spec.submodule_search_locations) or ():
                if portion not in path:
                    path.append(portion)
        path.extend(_pkg_file_lines(os.path.join(directory, name + '.pkg')))
    return path


def _pkg_file_lines(pkgfile):
    # The directories a .pkg file lists: one a line, blank lines and '#' comments skipped.
    if not os.path.isfile(pkgfile):
        return []
    try:
        with open(pkgfile) as file:
            lines = [line.rstrip('\n') for line in file]
    except OSError as error:
        sys.stderr.write(f"Can't open {pkgfile}: {error}\n")
        return []
    return [line for line in lines if line and not line.startswith('#')]


def get_data(package, resource):
    """The bytes of `resource` (a '/'-separated path relative to the package's directory),
    read through the package's loader; None if the loader cannot read data. The package is
    imported if needed."""
    spec = importlib.util.find_spec(package)
    loader = None if spec is None else spec.loader
    if not hasattr(loader, 'get_data'):  # also when there is no loader
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    filename = getattr(module, '__file__', None)
    if filename is None:
        return None
    return loader.get_data(os.path.join(os.path.dirname(filename), *resource.split('/')))


# 'pkg.mod', 'pkg.mod:obj.attr' or 'pkg.mod:': dotted identifiers, none starting with a digit.
_DOTTED = r'(?!\d)\w+(?:\.(?!\d)\w+)*'
_NAME_PATTERN = re.compile(rf'(?P<pkg>{_DOTTED})(?P<cln>:(?P<obj>{_DOTTED})?)?', re.UNICODE)


def resolve_name(name):
    """The object a name designates: 'package.module:object.attribute' imports the part before
    the colon and looks up the rest as attributes; without a colon, the longest importable
    prefix of the dotted name is imported and the rest looked up as attributes.

    ValueError for a malformed name; ImportError or AttributeError when it does not resolve.
    """
    match = _NAME_PATTERN.fullmatch(name)
    if match is None:
        raise ValueError(f'invalid format: {name!r}')
    if match['cln']:
        target = importlib.import_module(match['pkg'])
        attributes = match['obj'].split('.') if match['obj'] else []
    else:
        parts = name.split('.')
        module_name = parts[0]
        target = importlib.import_module(module_name)
        attributes = parts[1:]
        while attributes:
            candidate = f'{module_name}.{attributes[0]}'
            try:
                target = importlib.import_module(candidate)
            except ImportError:
                break
            module_name = candidate
            attributes.pop(0)
    for attribute in attributes:
        target = getattr(target, attribute)
    return target
