"""The base classes importers may derive from (plain classes: Ferrython has no ABCMeta here)."""

from . import machinery

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader', 'InspectLoader',
           'ExecutionLoader', 'FileLoader', 'SourceLoader']


class Loader:
    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from ._bootstrap import _load_module_shim
        return _load_module_shim(self, fullname)


class MetaPathFinder:
    def invalidate_caches(self):
        pass


class PathEntryFinder:
    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as file:
            return file.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode('utf-8')

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'
