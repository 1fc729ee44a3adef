"""Base classes for finders and loaders. They are ordinary classes in Ferrython (not ABCs):
deriving from them supplies the documented default methods."""

from . import machinery

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader', 'InspectLoader',
           'ExecutionLoader', 'FileLoader', 'SourceLoader']


def _compile_source(source, path):
    return compile(source, path, 'exec', dont_inherit=True)


class Loader:
    """Loads modules. The defaults: no custom module object, and load_module() emulated on
    top of exec_module()."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if hasattr(self, 'exec_module'):
            from ._bootstrap import _load_module_shim
            return _load_module_shim(self, fullname)
        raise ImportError


class MetaPathFinder:
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        """Drop any cached lookups; the default finder keeps none."""


class PathEntryFinder:
    """A finder for one entry of a package's search path (made by a sys.path_hooks hook)."""

    def invalidate_caches(self):
        """Drop any cached lookups; the default finder keeps none."""


class ResourceLoader(Loader):
    """A loader that can read files its modules refer to."""

    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can hand out a module's source and code object."""

    def is_package(self, fullname):
        raise ImportError

    def get_source(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        text = self.get_source(fullname)
        return None if text is None else self.source_to_code(text)

    @staticmethod
    def source_to_code(data, path='<string>'):
        return _compile_source(data, path)

    def exec_module(self, module):
        name = module.__name__
        code = self.get_code(name)
        if code is None:
            raise ImportError(f'cannot load module {name!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that also knows the file a module comes from."""

    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        text = self.get_source(fullname)
        if text is None:
            return None
        try:
            where = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(text)
        return self.source_to_code(text, where)


class FileLoader(ResourceLoader, ExecutionLoader):
    """Loads the module `fullname` from the file `path`."""

    def __init__(self, fullname, path):
        self.name, self.path = fullname, path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as stream:
            return stream.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    """Loads modules from source files through get_data() and get_filename()."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return dict(mtime=self.path_mtime(path))

    def set_data(self, path, data):
        """Store bytecode; the default writes nothing."""

    def get_source(self, fullname):
        raw = self.get_data(self.get_filename(fullname))
        return raw.decode('utf-8')

    def is_package(self, fullname):
        base = self.get_filename(fullname).rsplit('/', 1)[-1]
        stem = base.rpartition('.')[0]
        return stem == '__init__'
