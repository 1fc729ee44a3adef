"""The interfaces of package resources: Traversable (a file or folder of a package, wherever
it is stored) and TraversableResources (a resource reader built on one)."""

import abc
from _collections_abc import _check_methods

__all__ = ['ResourceReader', 'Traversable', 'TraversableResources']


class ResourceReader(metaclass=abc.ABCMeta):
    """The older reader interface, by resource name."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class Traversable(metaclass=abc.ABCMeta):
    """A file or folder of a package: subclasses give iterdir, is_dir, is_file, open and
    name; reading and joining are built on those."""

    @classmethod
    def __subclasshook__(cls, other):
        # CPython's Traversable is a runtime-checkable Protocol: having its members is enough
        # (pathlib.Path is one without deriving from it).
        if cls is Traversable:
            return _check_methods(other, 'iterdir', 'read_bytes', 'read_text', 'is_dir', 'is_file',
                                  'joinpath', '__truediv__', 'open', 'name')
        return NotImplemented

    @abc.abstractmethod
    def iterdir(self):
        """The entries of this folder."""

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as stream:
            return stream.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a folder."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    def joinpath(self, *descendants):
        """The entry reached by the '/'-separated names `descendants`, one level at a time."""
        if not descendants:
            return self
        names = [part for item in descendants for part in str(item).split('/') if part]
        if not names:
            return self
        first, rest = names[0], names[1:]
        for entry in self.iterdir():
            if entry.name == first:
                return entry.joinpath(*rest)
        raise FileNotFoundError(f'{first!r} not found in {self.name!r}')

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """A stream over the file: text for 'r', bytes for 'rb'."""

    @property
    @abc.abstractmethod
    def name(self):
        """The last part of the path."""


class TraversableResources(ResourceReader):
    """A reader whose `files()` gives a Traversable; the older methods follow from it."""

    @abc.abstractmethod
    def files(self):
        """The package's folder as a Traversable."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (entry.name for entry in self.files().iterdir())
