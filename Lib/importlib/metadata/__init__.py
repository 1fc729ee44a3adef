"""Metadata of installed distributions: the `*.dist-info` and `*.egg-info` folders found along
`sys.path`. `version('foo')`, `metadata('foo')`, `requires`, `files`, `entry_points` and
`packages_distributions` read them; names match as PEP 503 normalizes them (case and runs of
'-', '_', '.' do not matter)."""

import os
import sys
import _warnings
from . import _text

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
           'distribution', 'distributions', 'entry_points', 'files', 'metadata',
           'packages_distributions', 'requires', 'version', 'EntryPoint', 'EntryPoints',
           'PackagePath', 'FileHash', 'MetadataPathFinder', 'PathDistribution']


class PackageNotFoundError(ModuleNotFoundError):
    """No installed distribution has that name."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    """PEP 503: lower case, every run of '-', '_' and '.' one '-'."""
    out, in_run = [], False
    for character in name.lower():
        if character in '-_.':
            if not in_run:
                out.append('-')
            in_run = True
        else:
            out.append(character)
            in_run = False
    return ''.join(out)


# Keys that may appear more than once, listed by the core metadata specification.
_MULTIPLE_USE = {'classifier', 'obsoletes-dist', 'platform', 'project-url', 'provides-dist',
                 'provides-extra', 'requires-dist', 'requires-external', 'supported-platform',
                 'dynamic', 'license-file'}


class PackageMetadata:
    """The headers of a METADATA (or PKG-INFO) file: a read-only mapping where a name may have
    several values (`get_all`); names compare without case."""

    def __init__(self, text):
        self._headers, self._body = _text.parse_headers(text)
        if self._body:
            # The body is the long description, and reads as that header.
            self._headers.append(('Description', self._body))

    def __len__(self):
        return len(self._headers)

    def __iter__(self):
        return iter([name for name, _ in self._headers])

    def __contains__(self, name):
        return any(key.lower() == name.lower() for key, _ in self._headers)

    def __getitem__(self, name):
        value = self.get(name)
        if value is None:
            _warnings.warn('Implicit None on return values is deprecated and will raise KeyErrors.',
                           DeprecationWarning, stacklevel=2)
        return value

    def keys(self):
        return list(self)

    def values(self):
        return [value for _, value in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        for key, value in self._headers:
            if key.lower() == name.lower():
                return value
        return failobj

    def get_all(self, name, failobj=None):
        found = [value for key, value in self._headers if key.lower() == name.lower()]
        return found or failobj

    def get_payload(self):
        return self._body

    @property
    def json(self):
        """The metadata as PEP 566 turns it into JSON: lower-case keys with '_', lists for the
        keys that may repeat, keywords split."""
        result = {}
        for key in dict.fromkeys(name.lower() for name in self):
            values = self.get_all(key)
            if key == 'keywords':
                value = values[0].split()
            elif key in _MULTIPLE_USE:
                value = values
            else:
                value = values[0]
            result[key.replace('-', '_')] = value
        return result


class FileHash:
    """A RECORD hash: `mode` (the algorithm) and `value`."""

    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


class PackagePath:
    """A file a distribution installed, relative to its folder on sys.path, with the `hash`
    and `size` RECORD gives (None when not given)."""

    def __init__(self, path, hash=None, size=None, dist=None):
        self._path = path.replace('\\', '/')
        self.hash = hash
        self.size = size
        self.dist = dist

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return f'PackagePath({self._path!r})'

    def __eq__(self, other):
        if isinstance(other, PackagePath):
            return self._path == other._path
        return NotImplemented

    def __hash__(self):
        return hash(self._path)

    @property
    def parts(self):
        return tuple(part for part in self._path.split('/') if part)

    @property
    def name(self):
        return self.parts[-1] if self.parts else ''

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def stem(self):
        suffix = self.suffix
        return self.name[:-len(suffix)] if suffix else self.name

    def locate(self):
        return self.dist.locate_file(self._path)

    def read_text(self, encoding='utf-8'):
        with open(self.locate(), encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with open(self.locate(), 'rb') as stream:
            return stream.read()


class EntryPoint:
    """An entry point: `value` is 'module', 'module:attr.path', optionally followed by
    '[extra, ...]'."""

    def __init__(self, name, value, group):
        object.__setattr__(self, 'name', name)
        object.__setattr__(self, 'value', value)
        object.__setattr__(self, 'group', group)
        object.__setattr__(self, 'dist', None)

    def __setattr__(self, name, value):
        raise AttributeError('EntryPoint objects are immutable.')

    def _split(self):
        target, _, extras = self.value.partition('[')
        module, _, attr = target.strip().partition(':')
        extras = [item.strip() for item in extras.rstrip().rstrip(']').split(',') if item.strip()]
        return module.strip(), attr.strip() or None, extras

    @property
    def module(self):
        return self._split()[0]

    @property
    def attr(self):
        return self._split()[1]

    @property
    def extras(self):
        return self._split()[2]

    def load(self):
        """Import the module and walk the attribute path."""
        import importlib
        target = importlib.import_module(self.module)
        for part in (self.attr or '').split('.'):
            if part:
                target = getattr(target, part)
        return target

    def matches(self, **params):
        """Whether every given attribute (name, group, module, attr, extras, value, dist) has
        the value given."""
        return all(getattr(self, key) == value for key, value in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __eq__(self, other):
        if not isinstance(other, EntryPoint):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'

    def _for(self, dist):
        object.__setattr__(self, 'dist', dist)
        return self


class EntryPoints(tuple):
    """An immutable sequence of entry points, indexed by name."""

    __slots__ = ()

    def __getitem__(self, name):
        for entry in self:
            if entry.name == name:
                return entry
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(entry for entry in self if entry.matches(**params))

    @property
    def names(self):
        return {entry.name for entry in self}

    @property
    def groups(self):
        return {entry.group for entry in self}


def _parse_entry_points(text, dist):
    return EntryPoints(EntryPoint(name.strip(), value.strip(), group)._for(dist)
                       for group, line in _text.ini_sections(text or '')
                       for name, _, value in [line.partition('=')] if group is not None)


class Distribution:
    """An installed distribution; subclasses say how to read its files."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, *, context=None, **kwargs):
        if context is not None and kwargs:
            raise ValueError('cannot accept context and kwargs')
        context = context or DistributionFinder.Context(**kwargs)
        found = []
        for finder in sys.meta_path:
            find = getattr(finder, 'find_distributions', None)
            if find is not None:
                found.extend(find(context))
        return iter(found)

    @staticmethod
    def at(path):
        return PathDistribution(os.fspath(path))

    @property
    def metadata(self):
        text = self.read_text('METADATA') or self.read_text('PKG-INFO') or self.read_text('') or ''
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        return _parse_entry_points(self.read_text('entry_points.txt'), self)

    @property
    def files(self):
        """The files RECORD (or an egg's SOURCES.txt) lists that exist, None when neither
        list does."""
        record = self.read_text('RECORD')
        if record is not None:
            rows = _text.csv_rows(record)
        else:
            sources = self.read_text('SOURCES.txt')
            if sources is None:
                return None
            rows = [[line] for line in sources.splitlines() if line.strip()]
        paths = []
        for row in rows:
            path = row[0]
            digest = row[1] if len(row) > 1 and row[1] else None
            size = int(row[2]) if len(row) > 2 and row[2] else None
            paths.append(PackagePath(path, FileHash(digest) if digest else None, size, self))
        return [path for path in paths if path.locate().exists()]

    @property
    def requires(self):
        """Requires-Dist, or what an egg's requires.txt says, as requirement strings."""
        found = self.metadata.get_all('Requires-Dist')
        if found is not None:
            return found
        text = self.read_text('requires.txt')
        if text is None:
            return None
        return [_egg_requirement(line, section) for section, line in _text.ini_sections(text)]

    @property
    def origin(self):
        return None


def _egg_requirement(line, section):
    """A requires.txt line under `[extra:marker]` as a PEP 508 requirement string."""
    if not section:
        return line
    extra, _, marker = section.partition(':')
    if extra and marker:
        marker = f'({marker})'
    conditions = [condition for condition in (marker, extra and f'extra == "{extra}"') if condition]
    return f'{line}; ' + ' and '.join(conditions) if conditions else line


class PathDistribution(Distribution):
    """A distribution whose metadata is the folder `path` (a .dist-info or .egg-info)."""

    def __init__(self, path):
        self._path = path

    def __repr__(self):
        return f'<{type(self).__name__} {self._path!r}>'

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding='utf-8') as stream:
                return stream.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, KeyError,
                PermissionError):
            return None

    def locate_file(self, path):
        from pathlib import Path
        return Path(os.path.dirname(self._path)) / path

    @property
    def _normalized_name(self):
        stem = os.path.basename(self._path.rstrip('/'))
        for suffix in ('.dist-info', '.egg-info'):
            if stem.endswith(suffix):
                return _normalize(stem[:-len(suffix)].partition('-')[0])
        return super()._normalized_name


class ArchiveDistribution(Distribution):
    """A distribution whose metadata folder is inside a ZIP archive on the search path."""

    def __init__(self, archive, folder):
        self._archive = archive
        self._folder = folder

    def __repr__(self):
        return f'<ArchiveDistribution {self._folder!r} in {self._archive!r}>'

    def read_text(self, filename):
        import zipimport
        member = f'{self._folder}/{filename}'
        try:
            entry = zipimport._directory_of(self._archive).get(member)
            if entry is None:
                return None
            return zipimport._read_member(self._archive, member, entry).decode('utf-8')
        except (OSError, ValueError, zipimport.ZipImportError):
            return None

    def locate_file(self, path):
        from pathlib import Path
        return Path(self._archive) / path

    @property
    def _normalized_name(self):
        stem = self._folder.rpartition('/')[2]
        return _normalize(stem.rpartition('.')[0].partition('-')[0])


def _archive_folders(archive):
    """The metadata folders (`*.dist-info`, `*.egg-info`) at the top of a ZIP archive, or none
    when `archive` is no readable archive."""
    import zipimport
    try:
        members = zipimport._directory_of(archive)
    except (OSError, ValueError, zipimport.ZipImportError):
        return []
    folders = {name.partition('/')[0] for name in members if '/' in name}
    return sorted(f for f in folders if f.rpartition('.')[2] in ('dist-info', 'egg-info'))


class DistributionFinder:
    """A finder that can also find distributions."""

    class Context:
        """What to look for: `name` (None for all) along `path` (sys.path by default)."""

        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get('path', sys.path)

    def find_distributions(self, context=Context()):
        raise NotImplementedError


class MetadataPathFinder(DistributionFinder):
    """Finds the metadata folders of the folders along the search path."""

    @classmethod
    def find_distributions(cls, context=DistributionFinder.Context()):
        wanted = None if context.name is None else _normalize(context.name)
        for entry in context.path:
            folder = entry or '.'
            if isinstance(folder, str) and os.path.isfile(folder):
                for name in _archive_folders(folder):
                    stem = name.rpartition('.')[0]
                    if wanted is None or _normalize(stem.partition('-')[0]) == wanted:
                        yield ArchiveDistribution(folder, name)
                continue
            try:
                names = sorted(os.listdir(folder))
            except (OSError, TypeError):
                continue
            for name in names:
                stem, dot, suffix = name.rpartition('.')
                if suffix not in ('dist-info', 'egg-info') or not dot:
                    continue
                if wanted is not None and _normalize(stem.partition('-')[0]) != wanted:
                    continue
                path = os.path.join(folder, name)
                if os.path.isdir(path):
                    yield PathDistribution(path)

    @classmethod
    def invalidate_caches(cls):
        pass


def distribution(distribution_name):
    """The installed distribution of that name."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every installed distribution (or those matching `name=` and `path=`)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return Distribution.from_name(distribution_name).version


def requires(distribution_name):
    return Distribution.from_name(distribution_name).requires


def files(distribution_name):
    return Distribution.from_name(distribution_name).files


def _unique(dists):
    """The first distribution of each normalized name (the one sys.path finds first)."""
    seen = set()
    for dist in dists:
        key = dist._normalized_name
        if key not in seen:
            seen.add(key)
            yield dist


def entry_points(**params):
    """The entry points of every installed distribution, those matching `params` (group=,
    name=, ...) when given."""
    found = EntryPoints(entry for dist in _unique(distributions()) for entry in dist.entry_points)
    return found.select(**params) if params else found


def packages_distributions():
    """Top-level import names, each with the names of the distributions that provide it."""
    provided = {}
    for dist in distributions():
        top_level = dist.read_text('top_level.txt')
        names = top_level.split() if top_level is not None else _inferred_top_level(dist)
        for name in names:
            provided.setdefault(name, []).append(dist.metadata['Name'])
    return provided


def _inferred_top_level(dist):
    names = []
    for path in dist.files or ():
        parts = path.parts
        if len(parts) > 1:
            name = parts[0]
        elif path.suffix == '.py':
            name = path.stem
        else:
            continue
        if '.' not in name and name not in names:
            names.append(name)
    return names
