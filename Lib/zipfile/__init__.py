"""Reading and writing ZIP archives.

ZipFile opens an archive for reading ('r'), writing a new one ('w', or 'x' when the file
must not exist yet) or adding members to an existing one ('a'). Members are stored as
they are (ZIP_STORED) or compressed with zlib's raw deflate (ZIP_DEFLATED); archives
bigger than 4 GiB or with more than 65535 members use the ZIP64 extensions. Members
encrypted with the traditional PKWARE cipher can be read given the password.

The layout of an archive, as PKWARE's APPNOTE describes it:

    [local header + data (+ data descriptor)] ...  one per member
    [central directory entry] ...                   one per member
    [ZIP64 end record + ZIP64 locator]              only when needed
    end-of-central-directory record (+ comment)

A malformed archive raises BadZipFile; an archive opened for reading is never written."""

import io
import os
import stat
import struct
import sys
import threading
import time
import shutil

try:
    import zlib
    _crc32 = zlib.crc32
except ImportError:
    zlib = None

    def _crc32(data, value=0):
        raise RuntimeError("CRC-32 requires the (missing) zlib module")

__all__ = [
    "BadZipFile", "BadZipfile", "error", "LargeZipFile",
    "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
    "ZipInfo", "ZipFile", "PyZipFile", "Path", "is_zipfile",
]


class BadZipFile(Exception):
    """The data is not a ZIP archive, or a damaged one."""


class LargeZipFile(Exception):
    """The archive would need the ZIP64 extensions, which were not allowed."""


error = BadZipfile = BadZipFile      # the older names

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# ---------------------------------------------------------------------------------------
# Record layouts. Each is (signature, struct format of the fixed part).

_LOCAL_SIG = b'PK\x03\x04'
_LOCAL = struct.Struct('<4sBBHHHHLLLHH')            # 30 bytes
_CENTRAL_SIG = b'PK\x01\x02'
_CENTRAL = struct.Struct('<4sBBBBHHHHLLLHHHHHLL')    # 46 bytes
_END_SIG = b'PK\x05\x06'
_END = struct.Struct('<4sHHHHLLH')                   # 22 bytes
_END64_SIG = b'PK\x06\x06'
_END64 = struct.Struct('<4sQHHLLQQQQ')               # 56 bytes
_LOCATOR_SIG = b'PK\x06\x07'
_LOCATOR = struct.Struct('<4sLQL')                   # 20 bytes
_DESCRIPTOR_SIG = b'PK\x07\x08'
_EXTRA_ZIP64 = 0x0001

# The sizes of the fixed parts, under their traditional names.
sizeFileHeader = _LOCAL.size
sizeCentralDir = _CENTRAL.size
sizeEndCentDir = _END.size
sizeEndCentDir64 = _END64.size
sizeEndCentDir64Locator = _LOCATOR.size

# General purpose flag bits.
_FLAG_ENCRYPTED = 0x01
_FLAG_DESCRIPTOR = 0x08
_FLAG_PATCHED = 0x20
_FLAG_STRONG = 0x40
_FLAG_UTF8 = 0x800
_MASK_ENCRYPTED = _FLAG_ENCRYPTED
_MASK_USE_DATA_DESCRIPTOR = _FLAG_DESCRIPTOR
_MASK_COMPRESSED_PATCH = _FLAG_PATCHED
_MASK_STRONG_ENCRYPTION = _FLAG_STRONG
_MASK_UTF_FILENAME = _FLAG_UTF8

# The upper half of code page 437, the encoding of names without the UTF-8 flag.
_CP437_HIGH = (
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4'
    '\xf6\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa'
    '\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\u2561\u2562'
    '\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c'
    '\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568'
    '\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c'
    '\u2590\u2580\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4'
    '\u221e\u03c6\u03b5\u2229\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219'
    '\xb7\u221a\u207f\xb2\u25a0\xa0')


def _decode_name(raw, flags, encoding=None):
    if flags & _FLAG_UTF8:
        return raw.decode('utf-8')
    if encoding:
        return raw.decode(encoding)
    try:
        return raw.decode('cp437')
    except LookupError:
        return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _dos_stamp(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    date = (year - 1980) << 9 | month << 5 | day
    clock = hour << 11 | minute << 5 | second // 2
    return date, clock


def _from_dos_stamp(date, clock):
    return ((date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F,
            clock >> 11, (clock >> 5) & 0x3F, (clock & 0x1F) * 2)


def _check_compression(method):
    if method in (ZIP_STORED, ZIP_DEFLATED):
        if method == ZIP_DEFLATED and zlib is None:
            raise RuntimeError("Compression requires the (missing) zlib module")
        return
    if method == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if method == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _new_compressor(method, level=None):
    if method == ZIP_DEFLATED:
        if level is None:
            level = zlib.Z_DEFAULT_COMPRESSION
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    return None


def _new_decompressor(method):
    _check_compression(method)
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    return None


# ---------------------------------------------------------------------------------------
# ZipInfo

class ZipInfo:
    """What the archive records about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system', 'create_version',
                 'extract_version', 'reserved', 'flag_bits', 'volume', 'internal_attr',
                 'external_attr', 'header_offset', 'CRC', 'compress_size', 'file_size',
                 '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name (some archivers pad with it); separators become '/'.
        cut = filename.find('\0')
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != '/' and os.sep in filename:
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b''
        self.extra = b''
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None
        # header_offset, CRC and _raw_time stay unset until the member is written or
        # read, as in CPython.

    @property
    def compress_level(self):
        return self._compresslevel

    @compress_level.setter
    def compress_level(self, value):
        self._compresslevel = value

    def __repr__(self):
        parts = [f'<{type(self).__name__} filename={self.filename!r}']
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                    self.compress_type))
        mode_bits = self.external_attr >> 16
        dos_bits = self.external_attr & 0xFFFF
        if mode_bits:
            parts.append(f' filemode={stat.filemode(mode_bits)!r}')
        if dos_bits:
            parts.append(f' external_attr={dos_bits:#x}')
        folder = self.is_dir()
        if not folder or self.file_size:
            parts.append(f' file_size={self.file_size!r}')
        if ((not folder or self.compress_size)
                and (self.compress_type != ZIP_STORED
                     or self.file_size != self.compress_size)):
            parts.append(f' compress_size={self.compress_size!r}')
        parts.append('>')
        return ''.join(parts)

    def is_dir(self):
        """Whether this member is a folder (its name ends with '/')."""
        return self.filename.endswith('/')

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo describing a file or folder of the file system, named `arcname` (by
        default its own path, made relative) in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        info = os.stat(filename)
        folder = stat.S_ISDIR(info.st_mode)
        stamp = time.localtime(info.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        name = _archive_name(filename if arcname is None else arcname)
        if folder:
            name += '/'
        entry = cls(name, stamp)
        entry.external_attr = (info.st_mode & 0xFFFF) << 16
        if folder:
            entry.file_size = 0
            entry.external_attr |= 0x10
        else:
            entry.file_size = info.st_size
        return entry

    # -- writing ------------------------------------------------------------------------

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def FileHeader(self, zip64=None):
        """The local file header of this member, as bytes."""
        date, clock = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = packed = size = 0
        else:
            crc, packed, size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        needed = self.extract_version
        if zip64 is None:
            zip64 = size > ZIP64_LIMIT or packed > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', _EXTRA_ZIP64, 16, size, packed)
            size = packed = 0xFFFFFFFF
            needed = max(needed, ZIP64_VERSION)
        name, flags = self._encoded_name()
        self.extract_version = max(needed, self.extract_version)
        self.create_version = max(self.create_version, needed)
        header = _LOCAL.pack(_LOCAL_SIG, needed, self.reserved, flags, self.compress_type,
                             clock, date, crc, packed, size, len(name), len(extra))
        return header + name + extra

    # -- reading ------------------------------------------------------------------------

    def _decodeExtra(self):
        """Take the real sizes and offset out of a ZIP64 extra field."""
        extra = self.extra
        pos = 0
        while pos + 4 <= len(extra):
            kind, size = struct.unpack('<HH', extra[pos:pos + 4])
            if pos + 4 + size > len(extra):
                raise BadZipFile(f"Corrupt extra field {kind:04x} (size={size})")
            if kind == _EXTRA_ZIP64:
                body = extra[pos + 4:pos + 4 + size]
                offset = 0
                for field in ('file_size', 'compress_size', 'header_offset'):
                    if getattr(self, field) != 0xFFFFFFFF:
                        continue
                    if offset + 8 > len(body):
                        what = field.replace('_', ' ').capitalize()
                        raise BadZipFile(f"Corrupt zip64 extra field. {what} not found.")
                    setattr(self, field, struct.unpack('<Q', body[offset:offset + 8])[0])
                    offset += 8
            pos += 4 + size


def _archive_name(path):
    """A file-system path as a member name: no drive, no leading separators, '/'."""
    path = os.path.normpath(os.path.splitdrive(path)[1])
    while path[:1] in (os.sep, os.altsep) and path:
        path = path[1:]
    if path == os.curdir:
        path = ''
    if os.altsep:
        path = path.replace(os.altsep, '/')
    return path.replace(os.sep, '/')


# ---------------------------------------------------------------------------------------
# The traditional PKWARE cipher (reading only)

def _crc_table():
    table = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ 0xEDB88320 if value & 1 else value >> 1
        table.append(value)
    return table


_CRC_TABLE = None


class _Decrypter:
    """Undoes the traditional ZIP encryption with the three keys `password` gives."""

    def __init__(self, password):
        global _CRC_TABLE
        if _CRC_TABLE is None:
            _CRC_TABLE = _crc_table()
        self._keys = [305419896, 591751049, 878082192]
        for byte in password:
            self._advance(byte)

    def _advance(self, byte):
        table = _CRC_TABLE
        k0, k1, k2 = self._keys
        k0 = (k0 >> 8) ^ table[(k0 ^ byte) & 0xFF]
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = (k2 >> 8) ^ table[(k2 ^ (k1 >> 24)) & 0xFF]
        self._keys = [k0, k1, k2]

    def __call__(self, data):
        out = bytearray(len(data))
        for i, byte in enumerate(data):
            mix = self._keys[2] | 2
            plain = byte ^ (((mix * (mix ^ 1)) >> 8) & 0xFF)
            self._advance(plain)
            out[i] = plain
        return bytes(out)


# ---------------------------------------------------------------------------------------
# Shared access to the archive's file

class _SharedFile:
    """A view of the archive's file for one open member: it remembers its own position,
    so that several members can be read at once, and takes the archive's lock."""

    def __init__(self, file, pos, release, lock, writing):
        self._file = file
        self._pos = pos
        self._release = release
        self._lock = lock
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            release, self._file = self._release, None
            release()


class _PositionCounter:
    """Wraps a write-only stream that cannot tell() its position."""

    def __init__(self, file):
        self.fp = file
        self.offset = 0

    def write(self, data):
        written = self.fp.write(data)
        self.offset += len(data)
        return written

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


# ---------------------------------------------------------------------------------------
# Reading one member

class ZipExtFile(io.BufferedIOBase):
    """A file-like object reading (and decompressing, and checking) one member."""

    # The smallest read of compressed data; tests lower it to exercise the buffering.
    MIN_READ_SIZE = 4096
    _CHUNK = 1 << 16

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        super().__init__()
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._info = zipinfo
        self.name = zipinfo.filename
        self.mode = mode
        self._method = zipinfo.compress_type
        self._decompressor = _new_decompressor(self._method)
        self._decrypt = None
        self._left = zipinfo.compress_size        # compressed bytes not read yet
        self._remaining = zipinfo.file_size       # plain bytes not produced yet
        self._buffer = b''
        self._offset = 0
        self._crc = 0
        self._expected_crc = zipinfo.CRC
        self._eof = False
        if pwd:
            self._start_decryption(pwd)
        self._data_start = fileobj.tell()
        self._seekable = False
        try:
            if fileobj.seekable():
                self._seekable = True
        except (AttributeError, ValueError):
            pass
        self._position = 0
        self._decrypt_start = None

    def _start_decryption(self, pwd):
        info = self._info
        self._decrypt = _Decrypter(pwd)
        header = self._fileobj.read(12)
        if len(header) < 12:
            raise EOFError
        plain = self._decrypt(header)
        if info.flag_bits & _FLAG_DESCRIPTOR:
            check = (info._raw_time >> 8) & 0xFF
        else:
            check = (info.CRC >> 24) & 0xFF
        if plain[11] != check:
            raise RuntimeError(f"Bad password for file {info.orig_filename!r}")
        self._left -= 12
        self._password = pwd

    def __repr__(self):
        cls = type(self)
        if self.closed:
            return f'<{cls.__module__}.{cls.__qualname__} [closed]>'
        method = compressor_names.get(self._method, self._method)
        return (f'<{cls.__module__}.{cls.__qualname__} name={self.name!r} '
                f'mode={self.mode!r} compress_type={method}>')

    def _ensure_open(self, message="I/O operation on closed file."):
        if self.closed:
            raise ValueError(message)

    def readable(self):
        self._ensure_open()
        return True

    def seekable(self):
        self._ensure_open()
        return self._seekable

    # -- producing plain bytes ------------------------------------------------------------

    def _raw(self, want):
        """Up to `want` more bytes of the member's stored data, decrypted."""
        if self._left <= 0:
            return b''
        raw = self._fileobj.read(min(max(want, self.MIN_READ_SIZE), self._left))
        self._left -= len(raw)
        if not raw:
            raise EOFError
        return raw if self._decrypt is None else self._decrypt(raw)

    def _fetch(self, want):
        """Read and decode the next piece of the member (never empty before its end);
        b'' once it is all read. The end is where the stored data or the compressed
        stream ends, or where file_size bytes came; the CRC is checked there."""
        want = max(want, self.MIN_READ_SIZE)
        unpack = self._decompressor
        while not self._eof:
            if unpack is None:
                plain = self._raw(want)
                self._eof = self._left <= 0
            else:
                raw = unpack.unconsumed_tail
                if want > len(raw):
                    raw += self._raw(want - len(raw))
                plain = unpack.decompress(raw, want)
                self._eof = unpack.eof or (self._left <= 0 and not unpack.unconsumed_tail)
                if self._eof:
                    plain += unpack.flush()
            plain = plain[:self._remaining]
            self._remaining -= len(plain)
            if self._remaining <= 0:
                self._eof = True
            self._crc = _crc32(plain, self._crc)
            if self._eof and self._crc != self._expected_crc:
                raise BadZipFile(f"Bad CRC-32 for file {self.name!r}")
            if plain:
                return plain
        return b''

    def read(self, n=-1):
        self._ensure_open("read from closed file.")
        if n is None or n < 0:
            pieces = [self._buffer[self._offset:]]
            self._buffer, self._offset = b'', 0
            while not self._eof:
                pieces.append(self._fetch(self._CHUNK))
            data = b''.join(pieces)
            self._position += len(data)
            return data
        pieces = []
        have = len(self._buffer) - self._offset
        if n <= have:
            data = self._buffer[self._offset:self._offset + n]
            self._offset += n
            self._position += n
            return data
        pieces.append(self._buffer[self._offset:])
        self._buffer, self._offset = b'', 0
        need = n - have
        while need > 0 and not self._eof:
            piece = self._fetch(need)
            if len(piece) > need:
                self._buffer, self._offset = piece, need
                piece = piece[:need]
            pieces.append(piece)
            need -= len(piece)
        data = b''.join(pieces)
        self._position += len(data)
        return data

    def read1(self, n=-1):
        if n is None or n < 0:
            return self.read()
        if self._offset >= len(self._buffer) and not self._eof:
            self._buffer, self._offset = self._fetch(n), 0
        return self.read(min(n, len(self._buffer) - self._offset))

    def peek(self, n=1):
        if self._offset >= len(self._buffer) and not self._eof:
            self._buffer, self._offset = self._fetch(max(n, 512)), 0
        return self._buffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        if limit is None:
            limit = -1
        pieces = []
        size = 0
        while limit < 0 or size < limit:
            if self._offset >= len(self._buffer):
                if self._eof:
                    break
                self._buffer, self._offset = self._fetch(self._CHUNK), 0
                continue
            end = self._buffer.find(b'\n', self._offset)
            stop = len(self._buffer) if end < 0 else end + 1
            if limit >= 0:
                stop = min(stop, self._offset + limit - size)
            piece = self._buffer[self._offset:stop]
            self._offset = stop
            pieces.append(piece)
            size += len(piece)
            if piece.endswith(b'\n'):
                break
        line = b''.join(pieces)
        self._position += len(line)
        return line

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._ensure_open("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._position

    def seek(self, offset, whence=0):
        self._ensure_open("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._position + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or "
                             "os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        # Within the buffered piece: move in it.
        piece_start = self._position - self._offset
        if piece_start <= target <= piece_start + len(self._buffer):
            self._offset = target - piece_start
            self._position = target
            return target
        if target < self._position:
            self._restart()
        skip = target - self._position
        while skip > 0:
            got = len(self.read(min(skip, self._CHUNK)))
            if not got:
                break
            skip -= got
        return self._position

    def _restart(self):
        info = self._info
        self._fileobj.seek(self._data_start)
        self._left = info.compress_size
        self._remaining = info.file_size
        self._buffer, self._offset = b'', 0
        self._crc = 0
        self._eof = False
        self._position = 0
        self._decompressor = _new_decompressor(self._method)
        if self._decrypt is not None:
            self._fileobj.seek(self._data_start - 12)
            self._start_decryption(self._password)

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()


# ---------------------------------------------------------------------------------------
# Writing one member

class _ZipWriteFile(io.BufferedIOBase):
    """The writable file ZipFile.open(name, 'w') returns; closing it finishes the member."""

    def __init__(self, archive, zinfo, zip64):
        super().__init__()
        self._archive = archive
        self._info = zinfo
        self._zip64 = zip64
        self._file = archive.fp
        self._compressor = _new_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._size = 0
        self._packed = 0
        self._crc = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._size += count
        self._crc = _crc32(data, self._crc)
        if self._compressor is not None:
            data = self._compressor.compress(data)
        self._packed += len(data)
        self._file.write(data)
        return count

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._compressor is not None:
                tail = self._compressor.flush()
                self._packed += len(tail)
                self._file.write(tail)
            self._archive._finish_member(self._info, self._zip64, self._crc, self._size,
                                         self._packed)
        finally:
            self._archive._writing = False


# ---------------------------------------------------------------------------------------
# The archive

class ZipFile:
    """A ZIP archive, opened from a path or a binary file object.

        with ZipFile('spam.zip', 'w') as archive:
            archive.writestr('eggs.txt', 'text')
            archive.write('local/file.bin', 'file.bin')

    `compression` (ZIP_STORED, ZIP_DEFLATED) and `compresslevel` apply to members written
    without their own; `allowZip64=False` refuses archives that would need ZIP64."""

    fp = None
    _windows_name_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._lock = threading.RLock()
        self._seekable = True

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            self.fp = self._open_path(file, mode)
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._start_new()
            else:
                try:
                    self._RealGetContents()
                    # New members go where the central directory was.
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive: a new one is added at its end.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    @staticmethod
    def _open_path(path, mode):
        if mode == 'a':
            try:
                return io.open(path, 'r+b')
            except FileNotFoundError:
                return io.open(path, 'w+b')
        choices = {'r': ('rb',), 'w': ('w+b', 'wb'), 'x': ('x+b', 'xb')}[mode]
        for index, file_mode in enumerate(choices):
            try:
                return io.open(path, file_mode)
            except OSError:
                if index == len(choices) - 1:
                    raise

    def _start_new(self):
        self._didModify = True
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            self.fp = _PositionCounter(self.fp)
            self.start_dir = 0
            self._seekable = False
        else:
            try:
                self.fp.seek(self.start_dir)
            except (AttributeError, OSError):
                self._seekable = False

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        self.close()

    def __repr__(self):
        cls = type(self)
        text = f'<{cls.__module__}.{cls.__qualname__}'
        if self.fp is None:
            return text + ' [closed]>'
        if self._filePassed:
            text += f' file={self.fp!r}'
        elif self.filename is not None:
            text += f' filename={self.filename!r}'
        return text + f' mode={self.mode!r}>'

    # -- reading the directory ----------------------------------------------------------

    def _find_end_record(self):
        """Locate the end record; returns (its offset, its fields, the comment, and the
        ZIP64 end record's fields or None). As CPython does, the last signature found
        counts, and a comment running past the end of the file is cut short."""
        fp = self.fp
        try:
            fp.seek(0, 2)
        except OSError:
            raise BadZipFile("File is not a zip file") from None
        size = fp.tell()
        fields = None
        if size >= _END.size:
            # The usual case first: no comment, so the record ends the file.
            fp.seek(size - _END.size)
            last = fp.read(_END.size)
            if len(last) == _END.size and last[:4] == _END_SIG and last[-2:] == b'\0\0':
                fields, record_at, comment = _END.unpack(last), size - _END.size, b''
        if fields is None:
            span = min(size, _END.size + ZIP_MAX_COMMENT)
            fp.seek(size - span)
            tail = fp.read(span)
            at = tail.rfind(_END_SIG)
            record = tail[at:at + _END.size] if at >= 0 else b''
            if len(record) != _END.size:
                raise BadZipFile("File is not a zip file")
            fields = _END.unpack(record)
            record_at = size - span + at
            comment = tail[at + _END.size:at + _END.size + fields[7]]
        return record_at, fields, comment, self._find_wide_record(record_at)

    def _find_wide_record(self, record_at):
        """The fields of the ZIP64 end record before the end record at `record_at`, or
        None when there is none (a malformed one is ignored, as CPython ignores it)."""
        if record_at < _LOCATOR.size:
            return None
        fp = self.fp
        fp.seek(record_at - _LOCATOR.size)
        locator = fp.read(_LOCATOR.size)
        if len(locator) != _LOCATOR.size or locator[:4] != _LOCATOR_SIG:
            return None
        _, disk, _, disks = _LOCATOR.unpack(locator)
        if disk != 0 or disks > 1:
            raise BadZipFile("zipfiles that span multiple disks are not supported")
        wide_at = record_at - _LOCATOR.size - _END64.size
        if wide_at < 0:
            return None
        fp.seek(wide_at)
        block = fp.read(_END64.size)
        if len(block) != _END64.size or block[:4] != _END64_SIG:
            return None
        return _END64.unpack(block)

    def _RealGetContents(self):
        """Read the central directory into filelist and NameToInfo."""
        record_at, fields, comment, wide = self._find_end_record()
        _, disk, _, _, count, dir_size, dir_offset, _ = fields
        directory_end = record_at
        if wide is not None:
            (_, _, _, _, disk, _, _, count, dir_size, dir_offset) = wide
            directory_end = record_at - _LOCATOR.size - _END64.size
        self._comment = comment
        # Bytes put in front of the archive (a self-extractor) shift every offset.
        shift = directory_end - dir_size - dir_offset
        self.start_dir = dir_offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        self.fp.seek(self.start_dir)
        data = self.fp.read(dir_size)
        pos = 0
        while pos < dir_size:
            if pos + _CENTRAL.size > dir_size:
                raise BadZipFile("Truncated central directory")
            entry = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            if entry[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos = self._read_central_entry(data, pos, entry, shift)
        self._entries_in_end_record = count
        for index, info in enumerate(self.filelist):
            following = (self.filelist[index + 1].header_offset
                         if index + 1 < len(self.filelist) else self.start_dir)
            info._end_offset = max(following, info.header_offset)

    def _read_central_entry(self, data, pos, entry, shift):
        (_, create_version, create_system, extract_version, reserved, flags, method,
         clock, date, crc, packed, size, name_len, extra_len, comment_len, _,
         internal, external, offset) = entry
        pos += _CENTRAL.size
        raw_name = data[pos:pos + name_len]
        pos += name_len
        extra = data[pos:pos + extra_len]
        pos += extra_len
        comment = data[pos:pos + comment_len]
        pos += comment_len
        info = ZipInfo(_decode_name(raw_name, flags, self.metadata_encoding))
        info.extra = extra
        info.comment = comment
        info.header_offset = offset
        info.create_version, info.create_system = create_version, create_system
        info.extract_version, info.reserved = extract_version, reserved
        info.flag_bits, info.compress_type = flags, method
        info.CRC, info.compress_size, info.file_size = crc, packed, size
        info.internal_attr, info.external_attr = internal, external
        if extract_version > MAX_EXTRACT_VERSION:
            raise NotImplementedError("zip file version %.1f" % (extract_version / 10))
        info._raw_time = clock
        info.date_time = _from_dos_stamp(date, clock)
        info._decodeExtra()
        info.header_offset += shift
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info
        return pos

    # -- questions ----------------------------------------------------------------------

    def namelist(self):
        """The names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo of each member, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members to `file` (sys.stdout)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Read every member and check its CRC; returns the first bad member's name, or
        None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, 'r') as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called `name`; KeyError when there is none."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError(f'There is no item named {name!r} in the archive')
        return info

    def setpassword(self, pwd):
        """The default password of encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError(f"pwd: expected bytes, got {type(pwd).__name__}")
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment, bytes."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError(f"comment: expected bytes, got {type(comment).__name__}")
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn(f'Archive comment is too long; truncating to {ZIP_MAX_COMMENT} '
                          'bytes', stacklevel=2)
            comment = bytes(comment[:ZIP_MAX_COMMENT])
        self._comment = comment
        self._didModify = True

    # -- reading members ----------------------------------------------------------------

    def read(self, name, pwd=None):
        """The whole content of a member, as bytes."""
        with self.open(name, 'r', pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for a member: read it ('r') or write a new one ('w'). `name`
        is a member name or a ZipInfo."""
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == 'w':
            raise ValueError("pwd is only supported for reading files")
        if pwd is not None and not isinstance(pwd, bytes):
            raise TypeError(f"pwd: expected bytes, got {type(pwd).__name__}")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on the archive. Close the writing handle before "
                             "trying to read.")
        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, info.header_offset, self._fpclose_shared,
                             self._lock, lambda: self._writing)
        try:
            self._check_local_header(shared, info)
            if info.flag_bits & _FLAG_ENCRYPTED:
                pwd = pwd or self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError(f"pwd: expected bytes, got {type(pwd).__name__}")
                if not pwd:
                    raise RuntimeError(f"File {name!r} is encrypted, password required "
                                       "for extraction")
            else:
                pwd = None
            return ZipExtFile(shared, mode, info, pwd, True)
        except:
            shared.close()
            raise

    def _check_local_header(self, shared, info):
        header = shared.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        fields = _LOCAL.unpack(header)
        if fields[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        name_len, extra_len = fields[10], fields[11]
        raw_name = shared.read(name_len)
        if extra_len:
            shared.read(extra_len)
        if info.flag_bits & _FLAG_PATCHED:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if info.flag_bits & _FLAG_STRONG:
            raise NotImplementedError("strong encryption (flag bit 6)")
        local_name = _decode_name(raw_name, fields[3], self.metadata_encoding)
        if local_name != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw_name))

    # -- writing members ----------------------------------------------------------------

    def _check_writable(self):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")

    def _check_new_member(self, info):
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=4)
        _check_compression(info.compress_type)
        if not self._allowZip64:
            too_many = len(self.filelist) >= ZIP_FILECOUNT_LIMIT
            if too_many:
                raise LargeZipFile("Files count would require ZIP64 extensions")
            if info.file_size > ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            if info.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Zipfile size would require ZIP64 extensions")

    def _open_to_write(self, info, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        self._check_writable()
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0
        if info.compress_type == ZIP_LZMA or info.compress_type == ZIP_BZIP2:
            _check_compression(info.compress_type)
        if not self._seekable:
            info.flag_bits |= _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        # Reserve room for ZIP64 sizes when the member may grow past the limit.
        zip64 = self._allowZip64 and (force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._check_new_member(info)
        self._didModify = True
        self.fp.write(info.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, info, zip64)

    def _finish_member(self, info, zip64, crc, size, packed):
        """Called when a member's data is all written: fix its header or add its data
        descriptor, and enter it in the directory."""
        info.CRC, info.file_size, info.compress_size = crc, size, packed
        if not zip64 and (size > ZIP64_LIMIT or packed > ZIP64_LIMIT):
            if size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            raise RuntimeError("Compressed size too large, try using force_zip64")
        if info.flag_bits & _FLAG_DESCRIPTOR:
            layout = '<4sLQQ' if zip64 else '<4sLLL'
            self.fp.write(struct.pack(layout, _DESCRIPTOR_SIG, crc, packed, size))
            self.start_dir = self.fp.tell()
        else:
            self.start_dir = self.fp.tell()
            self.fp.seek(info.header_offset)
            self.fp.write(info.FileHeader(zip64))
            self.fp.seek(self.start_dir)
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file or folder `filename` of the file system as member `arcname`."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists")
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = (self.compresslevel if compresslevel is None
                               else compresslevel)
        with open(filename, 'rb') as source, self.open(info, 'w') as target:
            shutil.copyfileobj(source, target, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member holding `data` (bytes, or str written as UTF-8). The member is
        named by a string (and then gets the current time) or described by a ZipInfo."""
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.is_dir():
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode='w') as target:
                target.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a folder member (a ZipInfo, or a name to which '/' is added)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            self._check_writable()
            if self._seekable:
                self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= 0x02
            self._check_new_member(info)
            self._didModify = True
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    # -- extracting ---------------------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        """Write a member under folder `path` (the current one by default); returns the
        path written."""
        return self._extract_member(member, os.getcwd() if path is None else path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Write every member (or those named in `members`) under folder `path`."""
        chosen = self.namelist() if members is None else members
        target = os.getcwd() if path is None else os.fspath(path)
        for member in chosen:
            self._extract_member(member, target, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        """Replace characters Windows forbids in names, and trailing dots."""
        if cls._windows_name_table is None:
            cls._windows_name_table = {ord(ch): '_' for ch in ':<>|"?*'}
        cleaned = [part.rstrip('.')
                   for part in arcname.translate(cls._windows_name_table).split(pathsep)]
        return pathsep.join(filter(None, cleaned))

    def _extract_member(self, member, targetpath, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        targetpath = os.fspath(targetpath)
        # Never outside `targetpath`: no drive, no absolute path, no '..' or '.'.
        relative = info.filename.replace('/', os.path.sep)
        if os.path.altsep:
            relative = relative.replace(os.path.altsep, os.path.sep)
        relative = os.path.splitdrive(relative)[1]
        relative = os.path.sep.join(part for part in relative.split(os.path.sep)
                                    if part not in ('', os.path.curdir, os.path.pardir))
        if os.path.sep == '\\':
            relative = self._sanitize_windows_name(relative, os.path.sep)
        destination = os.path.normpath(os.path.join(targetpath, relative))
        parent = os.path.dirname(destination)
        if parent and not os.path.isdir(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(destination):
                os.mkdir(destination)
            return destination
        with self.open(info, pwd=pwd) as source, open(destination, "wb") as target:
            shutil.copyfileobj(source, target)
        return destination

    # -- closing ------------------------------------------------------------------------

    def close(self):
        """Write the directory (when the archive was changed) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the "
                             "zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _central_entry(self, info):
        date, clock = _dos_stamp(info.date_time)
        wide = []
        size, packed, offset = info.file_size, info.compress_size, info.header_offset
        if size > ZIP64_LIMIT or packed > ZIP64_LIMIT:
            wide += [size, packed]
            size = packed = 0xFFFFFFFF
        if offset > ZIP64_LIMIT:
            wide.append(offset)
            offset = 0xFFFFFFFF
        extra = info.extra
        needed = info.extract_version
        if wide:
            if not self._allowZip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            extra = _strip_zip64(extra) + struct.pack('<HH' + 'Q' * len(wide),
                                                      _EXTRA_ZIP64, 8 * len(wide), *wide)
            needed = max(needed, ZIP64_VERSION)
        created = max(info.create_version, needed)
        name, flags = info._encoded_name()
        header = _CENTRAL.pack(_CENTRAL_SIG, created, info.create_system, needed,
                               info.reserved, flags, info.compress_type, clock, date,
                               info.CRC, packed, size, len(name), len(extra),
                               len(info.comment), 0, info.internal_attr,
                               info.external_attr, offset)
        return header + name + extra + info.comment

    def _write_end_record(self):
        for info in self.filelist:
            self.fp.write(self._central_entry(info))
        end = self.fp.tell()
        count = len(self.filelist)
        dir_size = end - self.start_dir
        dir_offset = self.start_dir
        needs_wide = (count > ZIP_FILECOUNT_LIMIT or dir_offset > ZIP64_LIMIT
                      or dir_size > ZIP64_LIMIT)
        if needs_wide:
            if not self._allowZip64:
                if count > ZIP_FILECOUNT_LIMIT:
                    problem = "Files count"
                elif dir_offset > ZIP64_LIMIT:
                    problem = "Central directory offset"
                else:
                    problem = "Central directory size"
                raise LargeZipFile(problem + " would require ZIP64 extensions")
            self.fp.write(_END64.pack(_END64_SIG, 44, ZIP64_VERSION, ZIP64_VERSION, 0, 0,
                                      count, count, dir_size, dir_offset))
            self.fp.write(_LOCATOR.pack(_LOCATOR_SIG, 0, end, 1))
            count = min(count, 0xFFFF)
            dir_size = min(dir_size, 0xFFFFFFFF)
            dir_offset = min(dir_offset, 0xFFFFFFFF)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, dir_size, dir_offset,
                                len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == 'a':
            self.fp.truncate()
        self.fp.flush()

    def _fpclose_shared(self):
        self._fpclose(self.fp)

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed and fp is not None:
            fp.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _strip_extra(extra, xids):
    """`extra` without its blocks whose id is in `xids` (a trailing fragment too short
    to be a block is kept)."""
    kept = []
    pos = 0
    while pos + 4 <= len(extra):
        kind, size = struct.unpack('<HH', extra[pos:pos + 4])
        if kind not in xids:
            kept.append(extra[pos:pos + 4 + size])
        pos += 4 + size
    kept.append(extra[pos:])
    return b''.join(kept)


def _strip_zip64(extra):
    """An extra field without its ZIP64 block (it is rebuilt when writing)."""
    return _strip_extra(extra, (_EXTRA_ZIP64,))


def is_zipfile(filename):
    """Whether `filename` (a path or a binary file object) holds a ZIP archive (an
    end-of-central-directory record is found)."""
    try:
        if hasattr(filename, 'read'):
            probe = ZipFile.__new__(ZipFile)
            probe.fp = filename
            position = filename.tell()
            try:
                probe._find_end_record()
            finally:
                filename.seek(position)
                probe.fp = None
            return True
        with open(filename, 'rb') as file:
            probe = ZipFile.__new__(ZipFile)
            probe.fp = file
            try:
                probe._find_end_record()
            finally:
                probe.fp = None
            return True
    except (OSError, BadZipFile):
        return False


from ._more import CompleteDirs, PyZipFile  # noqa: E402
from ._path import Path  # noqa: E402
CompleteDirs.__module__ = PyZipFile.__module__ = __name__


def main(args=None):
    from . import __main__ as cli
    cli.run(args)
