"""Helpers for importers: find_spec, module_from_spec, spec_from_file_location, ..."""

import sys
import _imp
from ._bootstrap import (MAGIC_NUMBER, cache_from_source, source_from_cache, spec_from_loader,
                         spec_from_file_location, module_from_spec, _resolve_name, _find_spec)


def source_hash(source_bytes):
    """The hash of a source, as hash-based .pyc files hold it."""
    return _imp.source_hash(_RAW_MAGIC_NUMBER, source_bytes)


_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')


def resolve_name(name, package):
    """The absolute name of a (possibly relative) module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: `sys.modules`' entry's `__spec__`, or what the finders give (the
    parent package is imported first)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f'__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}',
                    name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


class _LazyModule(type(sys)):
    """A module whose code runs the first time one of its attributes is used."""

    def __getattribute__(self, attr):
        spec = object.__getattribute__(self, '__spec__')
        state = spec.loader_state
        if state['is_loading']:
            return object.__getattribute__(self, attr)
        state['is_loading'] = True
        object.__setattr__(self, '__class__', type(sys))
        spec.loader.exec_module(self)
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__('__name__')
        delattr(self, attr)


class LazyLoader:
    """Runs a module's code only when the module is first used."""

    def __init__(self, loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {'__dict__': module.__dict__.copy(), '__class__': module.__class__,
                                        'is_loading': False}
        module.__class__ = _LazyModule
