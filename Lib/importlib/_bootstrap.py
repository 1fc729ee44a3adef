"""The Python-level methods of the import system's classes.

The classes themselves are made by the interpreter (the native `_imp` module holds them), which
finds and loads modules natively; this module gives them the methods CPython's importlib
documents, so that Python code can call finders and loaders, and defines the helpers
`importlib` and `importlib.util` share.
"""

import sys
import _imp

ModuleSpec = _imp.ModuleSpec
BuiltinImporter = _imp.BuiltinImporter
EmbeddedImporter = _imp.EmbeddedImporter
PathFinder = _imp.PathFinder
FileFinder = _imp.FileFinder
SourceFileLoader = _imp.SourceFileLoader
SourcelessFileLoader = _imp.SourcelessFileLoader
NamespaceLoader = _imp.NamespaceLoader

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
MAGIC_NUMBER = _imp.MAGIC_NUMBER


def _install(cls, **members):
    for name, value in members.items():
        if hasattr(value, '__qualname__') and not isinstance(value, (classmethod, staticmethod, property)):
            value.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, value)


# Paths, without the os module.

def _path_split(path):
    head, sep, tail = path.rpartition('/')
    return (head if head or not sep else '/'), tail


def _path_join(*parts):
    parts = [p for p in parts if p]
    if not parts:
        return ''
    joined = parts[0]
    for part in parts[1:]:
        joined = part if part.startswith('/') else joined.rstrip('/') + '/' + part
    return joined


def _fspath(path):
    if isinstance(path, str):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    return fspath(path)


# ModuleSpec

def _spec_init(self, name, loader, *, origin=None, loader_state=None, is_package=None):
    self.name = name
    self.loader = loader
    self.origin = origin
    self.loader_state = loader_state
    self.submodule_search_locations = [] if is_package else None
    self._uninitialized_submodules = []
    self.has_location = False
    self.cached = None
    self._initializing = False


def _spec_repr(self):
    args = [f'name={self.name!r}', f'loader={self.loader!r}']
    if self.origin is not None:
        args.append(f'origin={self.origin!r}')
    if self.submodule_search_locations is not None:
        args.append(f'submodule_search_locations={self.submodule_search_locations}')
    return f'{self.__class__.__name__}({", ".join(args)})'


def _spec_eq(self, other):
    try:
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)
    except AttributeError:
        return NotImplemented


def _spec_parent(self):
    if self.submodule_search_locations is None:
        return self.name.rpartition('.')[0]
    return self.name


_install(ModuleSpec, __init__=_spec_init, __repr__=_spec_repr, __eq__=_spec_eq, __hash__=None,
         parent=property(_spec_parent))


# The finders of sys.meta_path (classes, as in CPython).

def _builtin_find_spec(cls, fullname, path=None, target=None):
    return _imp.find_spec('builtin', fullname, path)


def _builtin_create_module(spec):
    return _imp.create_builtin(spec)


def _nothing(*args):
    return None


_install(BuiltinImporter, find_spec=classmethod(_builtin_find_spec),
         create_module=staticmethod(_builtin_create_module), exec_module=staticmethod(_nothing),
         get_code=classmethod(_nothing), get_source=classmethod(_nothing),
         is_package=classmethod(lambda cls, fullname: False), _ORIGIN='built-in')


def _embedded_find_spec(cls, fullname, path=None, target=None):
    return _imp.find_spec('embedded', fullname, path)


def _embedded_exec_module(module):
    code = _imp.embedded_code(module.__spec__.name)
    exec(code, module.__dict__)


def _embedded_is_package(cls, fullname):
    spec = _imp.find_spec('embedded', fullname, None)
    if spec is None:
        raise ImportError(f'No module named {fullname!r}', name=fullname)
    return spec.submodule_search_locations is not None


_install(EmbeddedImporter, find_spec=classmethod(_embedded_find_spec), create_module=staticmethod(_nothing),
         exec_module=staticmethod(_embedded_exec_module),
         get_code=classmethod(lambda cls, fullname: _imp.embedded_code(fullname)),
         get_source=classmethod(lambda cls, fullname: _imp.embedded_source(fullname)),
         is_package=classmethod(_embedded_is_package))


def _path_find_spec(cls, fullname, path=None, target=None):
    return _imp.find_spec('path', fullname, path)


def _path_invalidate_caches():
    for name, finder in list(sys.path_importer_cache.items()):
        if finder is None or not name.startswith('/'):
            del sys.path_importer_cache[name]
        elif hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def _path_find_distributions(*args, **kwargs):
    from importlib.metadata import MetadataPathFinder
    return MetadataPathFinder.find_distributions(*args, **kwargs)


_install(PathFinder, find_spec=classmethod(_path_find_spec), invalidate_caches=staticmethod(_path_invalidate_caches),
         find_distributions=staticmethod(_path_find_distributions))


# Path-entry finder and loaders.

def _file_finder_init(self, path, *loader_details):
    self._loaders = list(loader_details)
    if not path or path == '.':
        self.path = _cwd()
    elif path.startswith('/'):
        self.path = path
    else:
        self.path = _path_join(_cwd(), path)


def _cwd():
    # The native hook makes a finder whose path is the absolute form of '.'.
    return _imp.path_hook('.').path


def _file_finder_find_spec(self, fullname, target=None):
    return _imp.file_finder_spec(self.path, fullname)


def _file_finder_path_hook(cls, *loader_details):
    def path_hook_for_FileFinder(path):
        finder = _imp.path_hook(path)
        if cls is FileFinder and not loader_details:
            return finder
        return cls(finder.path, *loader_details)
    return path_hook_for_FileFinder


_install(FileFinder, __init__=_file_finder_init, find_spec=_file_finder_find_spec,
         invalidate_caches=lambda self: None, path_hook=classmethod(_file_finder_path_hook),
         __repr__=lambda self: f'FileFinder({self.path!r})')


def _loader_init(self, fullname, path):
    self.name = fullname
    self.path = path


def _loader_eq(self, other):
    return self.__class__ == other.__class__ and self.__dict__ == other.__dict__


def _loader_hash(self):
    return hash(self.name) ^ hash(self.path)


def _loader_exec_module(self, module):
    code = self.get_code(module.__name__)
    if code is None:
        raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
    exec(code, module.__dict__)


def _loader_get_data(self, path):
    with open(path, 'rb') as file:
        return file.read()


def _loader_is_package(self, fullname):
    filename = _path_split(self.get_filename(fullname))[1]
    return filename.rpartition('.')[0] == '__init__'


def _loader_load_module(self, fullname):
    return _load_module_shim(self, fullname)


def _source_get_code(self, fullname):
    if type(self).get_data is not _loader_get_data or type(self).source_to_code is not _source_to_code:
        return self.source_to_code(self.get_data(self.path), self.path)
    return _imp.source_code(fullname, self.path)


def _source_to_code(self, data, path, *, _optimize=-1):
    return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)


def _source_get_source(self, fullname):
    data = self.get_data(self.path)
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError as exc:
        raise ImportError('source not available through get_data()', name=fullname) from exc


_file_loader_members = dict(
    __init__=_loader_init, __eq__=_loader_eq, __hash__=_loader_hash, create_module=lambda self, spec: None,
    exec_module=_loader_exec_module, get_data=_loader_get_data, get_filename=lambda self, fullname=None: self.path,
    is_package=_loader_is_package, load_module=_loader_load_module,
    get_resource_reader=lambda self, fullname=None: None)
_install(SourceFileLoader, **_file_loader_members, get_code=_source_get_code, get_source=_source_get_source,
         source_to_code=_source_to_code)
_install(SourcelessFileLoader, **_file_loader_members,
         get_code=lambda self, fullname: _imp.sourceless_code(fullname, self.path),
         get_source=lambda self, fullname: None)


def _namespace_init(self, name, path, path_finder):
    self._path = path


_install(NamespaceLoader, __init__=_namespace_init, create_module=lambda self, spec: None,
         exec_module=lambda self, module: None, is_package=lambda self, fullname: True,
         get_source=lambda self, fullname: '',
         get_code=lambda self, fullname: compile('', '<string>', 'exec', dont_inherit=True),
         load_module=_loader_load_module)


# Helpers of importlib and importlib.util.

def _find_spec(name, path, target=None):
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            return spec
    return None


def module_from_spec(spec):
    return _imp.module_from_spec(spec)


def _init_module_attrs(spec, module):
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached


def _exec(spec, module):
    """Runs `module` again with `spec` (reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    _init_module_attrs(spec, module)
    if spec.loader is None:
        if spec.submodule_search_locations is None:
            raise ImportError('missing loader', name=spec.name)
        return module
    if not hasattr(spec.loader, 'exec_module'):
        spec.loader.load_module(name)
    else:
        spec.loader.exec_module(module)
    return sys.modules[name]


def _load_module_shim(loader, fullname):
    spec = spec_from_loader(fullname, loader)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _exec(spec, module)
        return sys.modules[fullname]
    module = module_from_spec(spec)
    sys.modules[fullname] = module
    try:
        loader.exec_module(module)
    except BaseException:
        del sys.modules[fullname]
        raise
    return sys.modules[fullname]


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        for loader_class, suffixes in ((SourceFileLoader, SOURCE_SUFFIXES),
                                       (SourcelessFileLoader, BYTECODE_SUFFIXES)):
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(_path_split(location)[0])
    if location.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            spec.cached = cache_from_source(location)
        except NotImplementedError:
            pass
    elif location.endswith(tuple(BYTECODE_SUFFIXES)):
        spec.cached = location
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    path = _fspath(path)
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    almost_filename = ''.join([(base if base else rest), sep, tag])
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost_filename = f'{almost_filename}.opt-{optimization}'
    return _path_join(head, '__pycache__', almost_filename + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    path = _fspath(path)
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != '__pycache__':
        raise ValueError(f"'__pycache__' not bottom-level directory in {path!r}")
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        opt_level = optimization[4:]
        if not opt_level.isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric value')
    base_filename = pycache_filename.partition('.')[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    return sys.modules[name]
