"""Resource readers of the loaders that have one: `files()` gives the package's folder."""

from .resources.abc import TraversableResources
from .resources._paths import ArchivePath

__all__ = ['ZipReader']


class ZipReader(TraversableResources):
    """The reader of a package inside a ZIP archive (zipimporter.get_resource_reader)."""

    def __init__(self, loader, module):
        self._importer = loader
        self.prefix = loader.prefix + module.rpartition('.')[2] + '/'

    def files(self):
        return ArchivePath(self._importer, self.prefix)
