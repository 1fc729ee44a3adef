"""Utilities for code that imports modules by hand: name resolution, spec lookup and creation,
bytecode cache paths, source hashing, and a loader that postpones running a module."""

import sys
import _imp
from ._bootstrap import (MAGIC_NUMBER, cache_from_source, source_from_cache, spec_from_loader,
                         spec_from_file_location, module_from_spec, _resolve_name, _find_spec)

# The magic number as the integer key that _imp.source_hash mixes into the hash.
_HASH_KEY = int.from_bytes(MAGIC_NUMBER, 'little')


def source_hash(source_bytes):
    """Hash `source_bytes` the way a hash-checked .pyc file records its source."""
    return _imp.source_hash(_HASH_KEY, source_bytes)


def resolve_name(name, package):
    """Turn a relative module name ('.mod', '..pkg.mod') into an absolute one, anchored at
    `package`; an absolute name comes back as it is."""
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    stripped = name.lstrip('.')
    return _resolve_name(stripped, package, len(name) - len(stripped))


def _search_path_for(fullname):
    """Where the finders should look for `fullname`: its parent package's __path__ (importing the
    parent if need be), or None for a top-level module."""
    parent_name, dot, _ = fullname.rpartition('.')
    if not dot:
        return None
    parent = __import__(parent_name, fromlist=['__path__'])
    try:
        return parent.__path__
    except AttributeError as missing:
        message = f'__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}'
        raise ModuleNotFoundError(message, name=fullname) from missing


def find_spec(name, package=None):
    """The ModuleSpec for `name` (relative names are resolved against `package`).

    An already imported module answers with its __spec__ (ValueError when that is missing or
    None; a None entry in sys.modules gives None). Otherwise the meta path finders are asked,
    after the parent package, if any, has been imported."""
    fullname = resolve_name(name, package)
    module = sys.modules.get(fullname, _MISSING)
    if module is _MISSING:
        return _find_spec(fullname, _search_path_for(fullname))
    if module is None:
        return None
    spec = getattr(module, '__spec__', _MISSING)
    if spec is _MISSING:
        raise ValueError(f'{name}.__spec__ is not set')
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


_MISSING = object()
_ModuleType = type(sys)


class _LazyModule(_ModuleType):
    """The class a lazily loaded module has until something touches it: the first attribute
    read (or deletion) runs the module's code and turns it back into a plain module."""

    def __getattribute__(self, attr):
        spec = object.__getattribute__(self, '__spec__')
        pending = spec.loader_state
        if not pending['is_loading']:
            pending['is_loading'] = True
            object.__setattr__(self, '__class__', _ModuleType)
            spec.loader.exec_module(self)
            return getattr(self, attr)
        return object.__getattribute__(self, attr)

    def __delattr__(self, attr):
        # Reading any attribute triggers the load; the deletion then happens on the real module.
        self.__getattribute__('__name__')
        delattr(self, attr)


class LazyLoader:
    """Wrap a loader so that the module it loads only executes when first used."""

    def __init__(self, loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        """A callable building LazyLoader(loader(...)) from the loader's own arguments."""
        def build(*args, **kwargs):
            return cls(loader(*args, **kwargs))
        return build

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        """Arrange for the real loader to run the module on first use, instead of now."""
        real = self.loader
        spec = module.__spec__
        spec.loader = module.__loader__ = real
        spec.loader_state = {
            '__dict__': dict(module.__dict__),
            '__class__': type(module),
            'is_loading': False,
        }
        module.__class__ = _LazyModule
