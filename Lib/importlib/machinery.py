"""The import system's finders, loaders and ModuleSpec."""

from ._bootstrap import (ModuleSpec, BuiltinImporter, EmbeddedImporter, PathFinder, FileFinder,
                         SourceFileLoader, SourcelessFileLoader, NamespaceLoader, SOURCE_SUFFIXES,
                         BYTECODE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES,
                         EXTENSION_SUFFIXES)

# The embedded library plays the part of CPython's frozen modules.
FrozenImporter = EmbeddedImporter


class ExtensionFileLoader:
    """Extension modules are not supported: no finder ever returns this loader."""

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def create_module(self, spec):
        raise ImportError('extension modules are not supported', name=self.name, path=self.path)

    def exec_module(self, module):
        pass


class WindowsRegistryFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


def all_suffixes():
    """The suffixes of every kind of module file, source first."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
