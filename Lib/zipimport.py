"""Importing modules and packages from ZIP archives.

A `sys.path` entry naming a ZIP file (or a folder inside one, 'lib.zip/sub') gets a zipimporter
as its path-entry finder; it finds `name/__init__.py`, `name.py` and, when the source is absent,
this implementation's compiled `.pyc` files, stored or deflated. The archive's directory is read
once and kept in `_archive_directories` until `invalidate_caches()`.
"""

import os
import sys
import _imp
import zlib

__all__ = ['ZipImportError', 'zipimporter']


def _machinery():
    """importlib._bootstrap, imported on first use: the path hook may run while importlib
    itself is being imported (an archive on sys.path is scanned for it), and importing it
    from here then would find it half made."""
    from importlib import _bootstrap
    return _bootstrap

_SEP = '/'
_END_RECORD = b'PK\x05\x06'
_CENTRAL_ENTRY = b'PK\x01\x02'
_LOCAL_HEADER = b'PK\x03\x04'
_END_RECORD_SIZE = 22
_MAX_COMMENT = 0xffff

# archive path -> {name in archive: _Entry}
_archive_directories = {}


class ZipImportError(ImportError):
    pass


class _Entry:
    """Where one member's bytes are and how they are packed."""
    __slots__ = ('method', 'flags', 'packed_size', 'size', 'header_offset')

    def __init__(self, method, flags, packed_size, size, header_offset):
        self.method = method
        self.flags = flags
        self.packed_size = packed_size
        self.size = size
        self.header_offset = header_offset


def _number(data, start, width):
    return int.from_bytes(data[start:start + width], 'little')


def _read_directory(archive):
    """The members of the ZIP file `archive`, from its central directory."""
    try:
        stream = open(archive, 'rb')
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)
    with stream:
        try:
            stream.seek(0, 2)
            length = stream.tell()
            tail_start = max(0, length - _END_RECORD_SIZE - _MAX_COMMENT)
            stream.seek(tail_start)
            tail = stream.read()
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        at = tail.rfind(_END_RECORD)
        if at < 0 or len(tail) - at < _END_RECORD_SIZE:
            raise ZipImportError(f'not a Zip file: {archive!r}', path=archive)
        count = _number(tail, at + 10, 2)
        directory_size = _number(tail, at + 12, 4)
        directory_offset = _number(tail, at + 16, 4)
        record_position = tail_start + at
        # Data prepended to the archive (a launcher script) shifts every offset by this much.
        shift = record_position - directory_size - directory_offset
        if shift < 0 or directory_offset + directory_size > record_position:
            raise ZipImportError(f'bad central directory size or offset: {archive!r}', path=archive)
        stream.seek(record_position - directory_size)
        directory = stream.read(directory_size)
    members = {}
    at = 0
    for _ in range(count):
        if directory[at:at + 4] != _CENTRAL_ENTRY or len(directory) < at + 46:
            raise ZipImportError(f'bad central directory in Zip file: {archive!r}', path=archive)
        flags = _number(directory, at + 8, 2)
        method = _number(directory, at + 10, 2)
        packed_size = _number(directory, at + 20, 4)
        size = _number(directory, at + 24, 4)
        name_length = _number(directory, at + 28, 2)
        extra_length = _number(directory, at + 30, 2)
        comment_length = _number(directory, at + 32, 2)
        header_offset = _number(directory, at + 42, 4) + shift
        raw_name = directory[at + 46:at + 46 + name_length]
        if len(raw_name) != name_length:
            raise ZipImportError(f'bad central directory in Zip file: {archive!r}', path=archive)
        # Bit 11 marks UTF-8 names; others are in the old DOS code page, read here as Latin-1.
        name = raw_name.decode('utf-8' if flags & 0x800 else 'latin-1')
        members[name] = _Entry(method, flags, packed_size, size, header_offset)
        at += 46 + name_length + extra_length + comment_length
    return members


def _directory_of(archive):
    members = _archive_directories.get(archive)
    if members is None:
        members = _archive_directories[archive] = _read_directory(archive)
    return members


def _read_member(archive, name, entry):
    """The unpacked bytes of one member."""
    if entry.flags & 0x1:
        raise ZipImportError('file is encrypted', path=archive)
    if entry.method not in (0, 8):
        raise ZipImportError(f"can't decompress data (compression method {entry.method}) in {archive!r}",
                             path=archive)
    try:
        with open(archive, 'rb') as stream:
            stream.seek(entry.header_offset)
            header = stream.read(30)
            if header[:4] != _LOCAL_HEADER or len(header) < 30:
                raise ZipImportError(f'bad local file header in {archive!r}', path=archive)
            skip = _number(header, 26, 2) + _number(header, 28, 2)
            stream.seek(entry.header_offset + 30 + skip)
            packed = stream.read(entry.packed_size)
    except OSError:
        raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
    if len(packed) != entry.packed_size:
        raise OSError("zipimport: can't read data")
    if entry.method == 0:
        return packed
    try:
        return zlib.decompress(packed, -15)
    except zlib.error as error:
        raise ZipImportError(f"can't decompress data of {name!r} in {archive!r}: {error}",
                             path=archive) from None


class zipimporter:
    """The path-entry finder and loader for one ZIP archive, or one folder inside it.

    `archive` is the path of the file, `prefix` the folder inside it ('' or ending in '/')."""

    def __init__(self, path):
        if not isinstance(path, str):
            path = _machinery()._fspath(path)
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        inner = []
        archive = path
        while True:
            try:
                status = os.stat(archive)
            except (OSError, ValueError):
                head, tail = os.path.split(archive)
                if head == archive:
                    raise ZipImportError('not a Zip file', path=path)
                archive = head
                if tail:
                    inner.append(tail)
                continue
            if (status.st_mode & 0o170000) != 0o100000:
                raise ZipImportError('not a Zip file', path=path)
            break
        _directory_of(archive)
        self.archive = archive
        self.prefix = _SEP.join(reversed(inner))
        if self.prefix:
            self.prefix += _SEP

    def _members(self):
        return _directory_of(self.archive)

    def _where(self, fullname):
        """(name in archive, is package, is source) of the module, or None."""
        base = self.prefix + fullname.rpartition('.')[2]
        members = self._members()
        for stem, is_package in ((base + '/__init__', True), (base, False)):
            for suffix, is_source in (('.py', True), ('.pyc', False)):
                if stem + suffix in members:
                    return stem + suffix, is_package, is_source
        return None

    def _is_folder(self, fullname):
        # Only a folder the archive lists as a member of its own counts, as in CPython.
        return self.prefix + fullname.rpartition('.')[2] + _SEP in self._members()

    def find_spec(self, fullname, target=None):
        found = self._where(fullname)
        if found is not None:
            return _machinery().spec_from_loader(fullname, self, is_package=found[1])
        if self._is_folder(fullname):
            # A folder without __init__: a portion of a namespace package.
            location = self.archive + _SEP + self.prefix + fullname.rpartition('.')[2]
            spec = _machinery().ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(location)
            return spec
        return None

    def _require(self, fullname):
        found = self._where(fullname)
        if found is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return found

    def get_filename(self, fullname):
        return self.archive + _SEP + self._require(fullname)[0]

    def is_package(self, fullname):
        return self._require(fullname)[1]

    def get_source(self, fullname):
        member, _, is_source = self._require(fullname)
        if not is_source:
            return None
        data = _read_member(self.archive, member, self._members()[member])
        return data.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')

    def get_code(self, fullname):
        member, _, is_source = self._require(fullname)
        filename = self.archive + _SEP + member
        data = _read_member(self.archive, member, self._members()[member])
        if is_source:
            return compile(data, filename, 'exec', dont_inherit=True)
        code = _imp.bytecode_code(data, filename)
        if code is None:
            raise ZipImportError(f"can't find module {fullname!r}: bad bytecode in {filename!r}",
                                 name=fullname)
        return code

    def get_data(self, pathname):
        key = pathname
        if pathname.startswith(self.archive + _SEP):
            key = pathname[len(self.archive + _SEP):]
        entry = self._members().get(key)
        if entry is None:
            raise OSError(0, '', key)
        return _read_member(self.archive, key, entry)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import _warnings
        _warnings.warn('zipimport.zipimporter.load_module() is deprecated and slated for '
                      'removal in Python 3.12; use exec_module() instead', DeprecationWarning)
        return _machinery()._load_module_shim(self, fullname)

    def get_resource_reader(self, fullname):
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        from importlib.readers import ZipReader
        return ZipReader(self, fullname)

    def invalidate_caches(self):
        try:
            _archive_directories[self.archive] = _read_directory(self.archive)
        except ZipImportError:
            _archive_directories.pop(self.archive, None)

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{_SEP}{self.prefix}">'
