"""Read and write tar archives.

A tar archive is a sequence of 512-byte header blocks, each followed by the
member's data rounded up to whole blocks, and ended by two zero blocks.
Three header dialects are written and read: POSIX ustar (names split into
a prefix and a name, limited sizes), GNU (extra "././@LongLink" members for
long names, base-256 numbers) and POSIX pax (extended headers of
"length keyword=value" records, the default).  Archives may be compressed
with gzip; "bz2" and "xz" are recognised but need the bz2 and lzma modules.

TarFile.open() (also exported as open()) opens an archive; TarInfo
describes one member; the extraction filters fully_trusted_filter,
tar_filter and data_filter decide how far an archive is trusted when it is
extracted.  ``python -m tarfile`` lists, tests, extracts and creates
archives.
"""

import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time



def _optional_module(module_name):
    """The module, or None where the platform lacks it (pwd, grp)."""
    try:
        return __import__(module_name)
    except ImportError:
        return None


pwd = _optional_module("pwd")
grp = _optional_module("grp")

version = "0.9.0"

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

bltn_open = open  # the builtin, as open() below is TarFile.open

# -- constants ------------------------------------------------------------

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
# Types whose header is followed by data blocks.
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

# pax keywords that map onto TarInfo attributes.
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname",
              "gname")
# pax keywords whose values are names, decoded with the archive's encoding.
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

# Names in archives are decoded like file names (always UTF-8 on Windows).
ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()

# -- field conversion -------------------------------------------------------


def stn(s, length, encoding, errors):
    """Encode the string s into a NUL-padded field of length bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)[:length]
    return raw + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """Decode a NUL-terminated field into a string."""
    end = s.find(b"\0")
    if end >= 0:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """Decode a number field: octal text, or GNU base-256 binary."""
    lead = s[0]
    if lead in (0o200, 0o377):
        value = int.from_bytes(s[1:], "big")
        if lead == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict")
        return int(text.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """Encode the number n into a field of digits bytes.

    Octal with a trailing NUL when it fits; otherwise, in GNU format only,
    a base-256 number behind a 0o200 (positive) or 0o377 (negative) byte.
    """
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%0*o" % (digits - 1, n)).encode("ascii") + NUL
    limit = 256 ** (digits - 1)
    if format == GNU_FORMAT and -limit <= n < limit:
        if n >= 0:
            field = bytearray([0o200])
        else:
            field = bytearray([0o377])
            n += limit
        field += n.to_bytes(digits - 1, "big")
        return field
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksum, as unsigned and as signed byte sums.

    The checksum field itself (bytes 148 to 155) counts as eight spaces.
    Old tar programs summed signed chars, so both sums are accepted.
    """
    data = bytes(buf[:148]) + bytes(buf[156:512])
    unsigned = 256 + sum(data)
    signed = 256 + sum(b - 256 if b > 127 else b for b in data)
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (all when None) from src to dst.

    Raise exception("unexpected end of data") if src ends too early.
    """
    chunk_size = bufsize or 16 * 1024
    if length is None:
        shutil.copyfileobj(src, dst, chunk_size)
        return
    while length > 0:
        step = min(length, chunk_size)
        chunk = src.read(step)
        if len(chunk) < step:
            raise exception("unexpected end of data")
        dst.write(chunk)
        length -= step


def _safe_print(s):
    """Print s and a space, escaping what the terminal cannot encode."""
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding is not None:
        s = s.encode(encoding, "backslashreplace").decode(encoding)
    print(s, end=" ")


def _round_up(count):
    """count rounded up to whole blocks."""
    return -(-count // BLOCKSIZE) * BLOCKSIZE


# -- exceptions -------------------------------------------------------------


class TarError(Exception):
    """The base class of the exceptions of this module."""


class ExtractError(TarError):
    """A member could not be extracted (see TarFile.errorlevel)."""


class ReadError(TarError):
    """The data is not a tar archive that can be read."""


class CompressionError(TarError):
    """A compression method is unknown or its module is missing."""


class StreamError(TarError):
    """An operation a "|" (stream) archive cannot do, like seeking back."""


class HeaderError(TarError):
    """A header block is unusable; the subclasses say why."""


class EmptyHeaderError(HeaderError):
    """No header at all: the data ended."""


class TruncatedHeaderError(HeaderError):
    """A header block shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """A zero block, which marks the end of the archive."""


class InvalidHeaderError(HeaderError):
    """A header with a bad checksum or malformed fields."""


class SubsequentHeaderError(HeaderError):
    """The member after an extended (pax or GNU) header is missing or bad."""


class FilterError(TarError):
    """An extraction filter refused a member."""


class AbsolutePathError(FilterError):
    """The member's name stays absolute even without leading slashes."""

    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"member {tarinfo.name!r} has an absolute path")


class OutsideDestinationError(FilterError):
    """The member would be written outside the destination directory."""

    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would be extracted to {path!r}, "
                         "which is outside the destination")


class SpecialFileError(FilterError):
    """The member is a device or a FIFO."""

    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a special file")


class AbsoluteLinkError(FilterError):
    """The member is a link whose target is an absolute path."""

    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a link to an absolute path")


class LinkOutsideDestinationError(FilterError):
    """The member is a link pointing outside the destination directory."""

    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would link to {path!r}, "
                         "which is outside the destination")


# -- sequential access for the "|" modes --------------------------------------


class _Stream:
    """A forward-only file over a possibly compressed, unseekable stream.

    Used by the "r|*" / "w|gz" style modes: the archive is read or written
    strictly in order, so it may come from a pipe or a socket.  tell() and
    seek() count uncompressed bytes; seeking backwards is an error.
    """

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._own_file = fileobj is None
        if fileobj is None:
            fileobj = bltn_open(name, mode + "b")
        self.name = name or ""
        self.mode = mode
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.pos = 0
        self.closed = False
        self._raw = b""        # raw bytes read ahead (type detection)
        self._decoding_errors = (EOFError,)  # errors meaning corrupt data
        self._out = bytearray()  # write buffer
        try:
            if mode == "r":
                if comptype == "*":
                    comptype = self._sniff()
                self._reader = self._open_reader(comptype)
                self._pending = b""
            else:
                self._start_writer(comptype, compresslevel)
        except BaseException:
            if self._own_file:
                fileobj.close()
            self.closed = True
            raise
        self.comptype = comptype

    # reading

    def _raw_read(self, count):
        if self._raw:
            data, self._raw = self._raw[:count], self._raw[count:]
            return data
        return self.fileobj.read(count)

    def _sniff(self):
        """Guess the compression from the first bytes of the stream."""
        self._raw = self.fileobj.read(self.bufsize)
        if self._raw.startswith(b"\x1f\x8b\x08"):
            return "gz"
        if self._raw[0:3] == b"BZh" and self._raw[4:10] == b"1AY&SY":
            return "bz2"
        if self._raw.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            return "xz"
        return "tar"

    def _open_reader(self, comptype):
        if comptype == "tar":
            return None
        if comptype == "gz":
            import gzip
            import zlib
            self._decoding_errors = (EOFError, zlib.error, gzip.BadGzipFile)
            head = self._raw_read(2)
            self._raw = head + self._raw
            if head != b"\x1f\x8b":
                raise ReadError("not a gzip file")
            return gzip.GzipFile(fileobj=_RawSource(self), mode="rb")
        if comptype == "bz2":
            bz2 = _import_compressor("bz2")
            self._decoding_errors = (EOFError, OSError)
            return bz2.BZ2File(_RawSource(self), "rb")
        if comptype == "xz":
            lzma = _import_compressor("lzma")
            self._decoding_errors = (EOFError, lzma.LZMAError)
            return lzma.LZMAFile(_RawSource(self), "rb")
        raise CompressionError("unknown compression type %r" % comptype)

    def read(self, size):
        try:
            return self._read(size)
        except self._decoding_errors as e:
            raise ReadError("invalid compressed data") from e

    def _read(self, size):
        parts = []
        wanted = size
        while wanted > 0:
            if self._reader is None:
                chunk = self._raw_read(max(wanted, self.bufsize))
            else:
                chunk = self._reader.read(max(wanted, self.bufsize))
            if not chunk:
                break
            if len(chunk) > wanted:
                self._raw_keep(chunk[wanted:])
                chunk = chunk[:wanted]
            parts.append(chunk)
            wanted -= len(chunk)
        data = b"".join(parts)
        self.pos += len(data)
        return data

    def _raw_keep(self, extra):
        """Keep bytes read too far for the next read()."""
        if self._reader is None:
            self._raw = extra + self._raw
        else:
            self._reader = _Prefixed(extra, self._reader)

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        while self.pos < pos:
            if not self.read(min(pos - self.pos, self.bufsize)):
                break
        return self.pos

    # writing

    def _start_writer(self, comptype, compresslevel):
        import zlib
        self._zlib = zlib
        self._deflater = None
        self._crc = 0
        if comptype == "tar":
            return
        if comptype == "gz":
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                              -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            name = os.path.basename(self.name)
            if name.endswith(".gz"):
                name = name[:-3]
            # A gzip header that always carries a (possibly empty) name.
            header = struct.pack("<4sIBB", b"\x1f\x8b\x08\x08",
                                 int(time.time()) & 0xFFFFFFFF, 2, 255)
            self._out += header + name.encode("iso-8859-1", "replace") + NUL
            return
        if comptype in ("bz2", "xz"):
            module = _import_compressor("bz2" if comptype == "bz2" else "lzma")
            if comptype == "bz2":
                self._deflater = module.BZ2Compressor(compresslevel)
            else:
                self._deflater = module.LZMACompressor()
            return
        raise CompressionError("unknown compression type %r" % comptype)

    def write(self, data):
        self.pos += len(data)
        if self._deflater is not None:
            if self.comptype == "gz":
                self._crc = self._zlib.crc32(data, self._crc)
            data = self._deflater.compress(data)
        self._out += data
        while len(self._out) > self.bufsize:
            self.fileobj.write(bytes(self._out[:self.bufsize]))
            del self._out[:self.bufsize]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                if self._deflater is not None:
                    self._out += self._deflater.flush()
                if self.comptype == "gz":
                    self._out += struct.pack("<II", self._crc,
                                             self.pos & 0xFFFFFFFF)
                self.fileobj.write(bytes(self._out))
                self._out.clear()
        finally:
            if self._own_file:
                self.fileobj.close()


class _RawSource:
    """The raw side of a _Stream, as a file for a decompressing reader."""

    def __init__(self, stream):
        self._stream = stream

    def read(self, count=-1):
        if count is None or count < 0:
            count = 1 << 30
        return self._stream._raw_read(count)

    def readable(self):
        return True


class _Prefixed:
    """A reader that first returns some bytes, then those of another reader."""

    def __init__(self, head, reader):
        self._head = head
        self._reader = reader

    def read(self, count):
        if self._head:
            data, self._head = self._head[:count], self._head[count:]
            return data
        return self._reader.read(count)


def _import_compressor(module_name):
    try:
        return __import__(module_name)
    except ImportError:
        raise CompressionError("%s module is not available"
                               % module_name) from None


# -- member data ------------------------------------------------------------


class ExFileObject(io.BufferedIOBase):
    """A read-only binary file over one member's data inside the archive.

    Sparse members are rebuilt on the fly: the holes read as zero bytes.
    """

    def __init__(self, tarfile, tarinfo):
        self.fileobj = tarfile.fileobj
        self.name = tarinfo.name
        self.mode = "rb"
        self.size = tarinfo.size
        self._pos = 0
        self._buffer = b""
        self._buffer_pos = 0   # file offset of _buffer[0]
        self._segments = self._map(tarinfo)
        self._closed = False

    @staticmethod
    def _map(tarinfo):
        """Segments (start, stop, archive offset or None for a hole)."""
        if tarinfo.sparse is None:
            return [(0, tarinfo.size, tarinfo.offset_data)]
        segments = []
        covered = 0
        data_offset = tarinfo.offset_data
        for start, length in tarinfo.sparse:
            if start > covered:
                segments.append((covered, start, None))
            segments.append((start, start + length, data_offset))
            data_offset += length
            covered = start + length
        if covered < tarinfo.size:
            segments.append((covered, tarinfo.size, None))
        return segments

    def _fetch(self, pos, count):
        """Up to count bytes at pos, from the archive or a hole."""
        for start, stop, offset in self._segments:
            if start <= pos < stop:
                count = min(count, stop - pos)
                if offset is None:
                    return bytes(count)
                self.fileobj.seek(offset + pos - start)
                data = self.fileobj.read(count)
                if len(data) != count:
                    raise ReadError("unexpected end of data")
                return data
        return b""

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self, operation=None):
        # The messages of io.BufferedReader, which this class stands for.
        if self._closed:
            if operation is None:
                raise ValueError("I/O operation on closed file.")
            raise ValueError(operation + " of closed file")

    def readable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return self.fileobj.seekable()

    def fileno(self):
        return self.fileobj.fileno()

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=io.SEEK_SET):
        self._check_open("seek")
        if whence == io.SEEK_CUR:
            pos += self._pos
        elif whence == io.SEEK_END:
            pos += self.size
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence")
        self._pos = max(0, min(pos, self.size))
        return self._pos

    def _buffered(self):
        """The buffered bytes from the current position on."""
        start = self._pos - self._buffer_pos
        if 0 <= start <= len(self._buffer):
            return self._buffer[start:]
        return b""

    def _fill(self, minimum=1):
        """Make at least minimum bytes available in the buffer, if any."""
        have = self._buffered()
        while len(have) < minimum and self._pos + len(have) < self.size:
            more = self._fetch(self._pos + len(have),
                               max(io.DEFAULT_BUFFER_SIZE, minimum - len(have)))
            if not more:
                break
            have += more
        self._buffer = have
        self._buffer_pos = self._pos
        return have

    def read(self, size=-1):
        self._check_open("read")
        if size is None or size < 0:
            size = self.size - self._pos
        size = max(0, min(size, self.size - self._pos))
        data = self._buffered()[:size]
        while len(data) < size:
            more = self._fetch(self._pos + len(data), size - len(data))
            if not more:
                break
            data += more
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        self._check_open("read")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        data = self._fill()[:size]
        self._pos += len(data)
        return data

    def peek(self, size=0):
        self._check_open("peek")
        return self._fill()

    def readline(self, size=-1):
        self._check_open("readline")
        if size is None:
            size = -1
        scanned = 0
        while True:
            have = self._buffered()
            end = have.find(b"\n", scanned) + 1
            if end or (0 <= size <= len(have)):
                break
            if self._pos + len(have) >= self.size:
                end = len(have)
                break
            scanned = len(have)
            self._fill(len(have) + io.DEFAULT_BUFFER_SIZE)
        if end == 0:
            end = len(have)
        if size >= 0:
            end = min(end, size)
        line = have[:end]
        self._pos += len(line)
        return line

    def readinto(self, b):
        self._check_open("readinto")
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)


# -- members ----------------------------------------------------------------

_KEEP = object()  # "leave this attribute alone" for TarInfo.replace()

# The ustar header: (field, offset, length); "chksum" is handled apart.
_NAME_FIELD = (0, 100)
_LINK_FIELD = (157, 257)
_PREFIX_FIELD = (345, 500)


class TarInfo(object):
    """The description of one archive member: its header fields.

    TarFile.getmember(), getmembers() and gettarinfo() create them; a
    TarInfo made by hand can be given to TarFile.addfile().
    """

    __slots__ = dict(
        name="Name of the archive member.",
        mode="Permission bits.",
        uid="User ID of the user who originally stored this member.",
        gid="Group ID of the user who originally stored this member.",
        size="Size in bytes.",
        mtime="Time of last modification.",
        chksum="Header checksum.",
        type=("File type. type is usually one of these constants: "
              "REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, "
              "CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_SPARSE."),
        linkname=("Name of the target file name, which is only present "
                  "in TarInfo objects of type LNKTYPE and SYMTYPE."),
        uname="User name.",
        gname="Group name.",
        devmajor="Device major number.",
        devminor="Device minor number.",
        offset="The tar header starts here.",
        offset_data="The file's data starts here.",
        pax_headers=("A dictionary containing key-value pairs of an "
                     "associated pax extended header."),
        sparse="Sparse member information.",
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    # The pax keywords "path" and "linkpath" as attribute aliases.
    path = property(lambda self: self.name,
                    lambda self, value: setattr(self, "name", value),
                    doc="Alias of name, as pax headers call it.")
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc="Alias of linkname, as pax headers call it.")

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP,
                deep=True, _KEEP=_KEEP):
        """Return a copy with the given attributes changed.

        deep=False makes a shallow copy (pax_headers is then shared).
        """
        clone = copy.deepcopy(self) if deep else copy.copy(self)
        changes = dict(name=name, mtime=mtime, mode=mode, linkname=linkname,
                       uid=uid, gid=gid, uname=uname, gname=gname)
        for attribute, value in changes.items():
            if value is not _KEEP:
                setattr(clone, attribute, value)
        return clone

    def get_info(self):
        """The header fields as a dict (directory names end with "/")."""
        name = self.name
        if self.type == DIRTYPE and not name.endswith("/"):
            name += "/"
        return {
            "name": name,
            "mode": None if self.mode is None else self.mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING,
              errors="surrogateescape"):
        """The header block(s) of this member in the given format."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    # -- writing headers

    def create_ustar_header(self, info, encoding, errors):
        """A ustar header; a long name is split at a slash into a prefix."""
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(
                info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU header, after LongLink members for a long link or name."""
        info["magic"] = GNU_MAGIC
        extra = b""
        for field, long_type in (("linkname", GNUTYPE_LONGLINK),
                                 ("name", GNUTYPE_LONGNAME)):
            if len(info[field].encode(encoding, errors)) > LENGTH_NAME:
                extra += self._create_gnu_long_header(info[field], long_type,
                                                      encoding, errors)
        return extra + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar header, after a pax extended header when one is needed.

        The extended header holds what ustar cannot: non-ASCII or long
        names, numbers out of range and fractional times.  Values already
        in self.pax_headers take precedence.
        """
        info["magic"] = POSIX_MAGIC
        records = self.pax_headers.copy()
        for field, keyword, limit in (("name", "path", LENGTH_NAME),
                                      ("linkname", "linkpath", LENGTH_LINK),
                                      ("uname", "uname", 32),
                                      ("gname", "gname", 32)):
            if keyword in records:
                continue
            value = info[field]
            if not value.isascii() or len(value) > limit:
                records[keyword] = value
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12),
                              ("mtime", 12)):
            value = info[field]
            as_int = round(value) if isinstance(value, float) else value
            if not 0 <= as_int < 8 ** (digits - 1):
                info[field] = 0
            elif isinstance(value, float):
                info[field] = as_int
            else:
                continue
            if field not in records:
                records[field] = str(value)
        extended = b""
        if records:
            extended = self._create_pax_generic_header(records, XHDTYPE,
                                                       encoding)
        return extended + self._create_header(info, USTAR_FORMAT, "ascii",
                                              "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """A global pax header holding pax_headers."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """Split a long name at a slash into (prefix, name) fitting ustar."""
        parts = name.split("/")
        for cut in range(1, len(parts)):
            prefix = "/".join(parts[:cut])
            rest = "/".join(parts[cut:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One 512-byte header block from the fields in info."""
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        block = bytearray(BLOCKSIZE)

        def put(offset, data):
            block[offset:offset + len(data)] = data

        put(0, stn(info.get("name", ""), 100, encoding, errors))
        put(100, itn(info.get("mode", 0) & 0o7777, 8, format))
        put(108, itn(info.get("uid", 0), 8, format))
        put(116, itn(info.get("gid", 0), 8, format))
        put(124, itn(info.get("size", 0), 12, format))
        put(136, itn(info.get("mtime", 0), 12, format))
        put(148, b" " * 8)
        put(156, kind)
        put(157, stn(info.get("linkname", ""), 100, encoding, errors))
        put(257, info.get("magic", POSIX_MAGIC))
        put(265, stn(info.get("uname", ""), 32, encoding, errors))
        put(297, stn(info.get("gname", ""), 32, encoding, errors))
        if kind in (CHRTYPE, BLKTYPE):
            put(329, itn(info.get("devmajor", 0), 8, format))
            put(337, itn(info.get("devminor", 0), 8, format))
        put(345, stn(info.get("prefix", ""), 155, encoding, errors))
        checksum = calc_chksums(block)[0]
        put(148, b"%06o\0" % checksum)
        return bytes(block)

    @staticmethod
    def _create_payload(payload):
        """payload padded with NULs to whole blocks."""
        return payload + NUL * (_round_up(len(payload)) - len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        """A ././@LongLink member carrying a long name or link target."""
        payload = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(payload),
                "magic": GNU_MAGIC}
        return (cls._create_header(info, USTAR_FORMAT, encoding, errors)
                + cls._create_payload(payload))

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """A pax extended (or global) header member holding the records.

        Values that are not valid UTF-8 (surrogate escapes) make the whole
        header binary: hdrcharset=BINARY, values in the archive encoding.
        """
        binary = not all(_encodable(value) for value in pax_headers.values())
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for keyword, value in pax_headers.items():
            if binary:
                raw_value = value.encode(encoding, "surrogateescape")
            else:
                raw_value = value.encode("utf-8")
            body = b" " + keyword.encode("utf-8") + b"=" + raw_value + b"\n"
            # The length prefix counts its own digits too.
            length = len(body) + 1
            while length != len(body) + len(str(length)):
                length = len(body) + len(str(length))
            records.append(str(length).encode("ascii") + body)
        payload = b"".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(payload),
                "magic": POSIX_MAGIC}
        return (cls._create_header(info, USTAR_FORMAT, "ascii", "replace")
                + cls._create_payload(payload))

    # -- reading headers

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one 512-byte header block."""
        if len(buf) != BLOCKSIZE:
            if buf:
                raise TruncatedHeaderError("truncated header")
            raise EmptyHeaderError("empty header")
        if not any(buf):
            raise EOFHeaderError("end of file header")
        checksum = nti(buf[148:156])
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")

        def text(start, stop):
            return nts(buf[start:stop], encoding, errors)

        info = cls()
        info.name = text(*_NAME_FIELD)
        info.mode = nti(buf[100:108])
        info.uid = nti(buf[108:116])
        info.gid = nti(buf[116:124])
        info.size = nti(buf[124:136])
        info.mtime = nti(buf[136:148])
        info.chksum = checksum
        info.type = buf[156:157]
        info.linkname = text(*_LINK_FIELD)
        info.uname = text(265, 297)
        info.gname = text(297, 329)
        info.devmajor = nti(buf[329:337])
        info.devminor = nti(buf[337:345])
        prefix = text(*_PREFIX_FIELD)

        # Very old archives mark directories only by a trailing slash.
        if info.type == AREGTYPE and info.name.endswith("/"):
            info.type = DIRTYPE
        if info.type == GNUTYPE_SPARSE:
            # Old GNU sparse members keep four sparse entries in the header;
            # _proc_sparse() reads them, and the extension blocks after it.
            entries = _sparse_entries(buf, 386, 4)
            is_extended = bool(buf[482])
            real_size = nti(buf[483:495])
            info._sparse_structs = (entries, is_extended, real_size)
        if info.isdir():
            info.name = info.name.rstrip("/")
        if prefix and info.type not in GNU_TYPES:
            info.name = prefix + "/" + info.name
        return info

    @classmethod
    def fromtarfile(cls, tarfile):
        """Read the next member (with its extended headers) from tarfile."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        info = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        info.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return info._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        """An ordinary member: note where its data is and skip past it."""
        self.offset_data = tarfile.fileobj.tell()
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += self._block(self.size)
        tarfile.offset = end
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding,
                             tarfile.errors)
        if self.isdir():
            self.path = self.path.rstrip("/")
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        """A GNU long name or link member: it applies to the next member."""
        payload = tarfile.fileobj.read(self._block(self.size))
        member = self._next_header(tarfile)
        member.offset = self.offset
        value = nts(payload, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = value
        else:
            member.linkname = value
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_sparse(self, tarfile):
        """An old GNU sparse member, with its extension blocks."""
        entries, is_extended, real_size = self._sparse_structs
        del self._sparse_structs
        while is_extended:
            block = tarfile.fileobj.read(BLOCKSIZE)
            entries += [entry for entry in _sparse_entries(block, 0, 21)
                        if entry[0] and entry[1]]
            is_extended = bool(block[504])
        self.sparse = entries
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = real_size
        return self

    def _proc_pax(self, tarfile):
        """A pax extended header: its records describe the next member (or,
        for a global header, all the following ones)."""
        payload = tarfile.fileobj.read(self._block(self.size))
        if self.type == XGLTYPE:
            pax_headers = tarfile.pax_headers
        else:
            pax_headers = tarfile.pax_headers.copy()

        raw_records = _split_pax_records(payload)
        # hdrcharset=BINARY means the names are in the archive's encoding.
        name_encoding = "utf-8"
        for _, keyword, value in raw_records:
            if keyword == b"hdrcharset":
                if value == b"BINARY":
                    name_encoding = tarfile.encoding
                break
        for _, raw_keyword, raw_value in raw_records:
            keyword = _decode_with_fallback(raw_keyword, "utf-8", "utf-8",
                                            tarfile.errors)
            # Names fall back to the archive's encoding, other values to
            # UTF-8 with the archive's error handler.
            if keyword in PAX_NAME_FIELDS:
                value_codecs = (name_encoding, tarfile.encoding)
            else:
                value_codecs = ("utf-8", "utf-8")
            pax_headers[keyword] = _decode_with_fallback(
                raw_value, *value_codecs, tarfile.errors)

        member = self._next_header(tarfile)

        # The three flavours of GNU sparse files stored with pax headers.
        if "GNU.sparse.map" in pax_headers:
            numbers = [int(x) for x in pax_headers["GNU.sparse.map"].split(",")]
            member.sparse = list(zip(numbers[::2], numbers[1::2]))
        elif "GNU.sparse.size" in pax_headers:
            offsets = [int(v) for _, k, v in raw_records
                       if k == b"GNU.sparse.offset"]
            lengths = [int(v) for _, k, v in raw_records
                       if k == b"GNU.sparse.numbytes"]
            member.sparse = list(zip(offsets, lengths))
        elif (pax_headers.get("GNU.sparse.major") == "1"
              and pax_headers.get("GNU.sparse.minor") == "0"):
            self._proc_gnusparse_10(member, pax_headers, tarfile)

        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax_info(pax_headers, tarfile.encoding,
                                   tarfile.errors)
            member.offset = self.offset
            if "size" in pax_headers:
                # The real size decides where the next member starts.
                end = member.offset_data
                if member.isreg() or member.type not in SUPPORTED_TYPES:
                    end += member._block(member.size)
                tarfile.offset = end
        return member

    def _proc_gnusparse_10(self, member, pax_headers, tarfile):
        """GNU sparse 1.0: the map is a list of decimal lines before the data."""
        text = tarfile.fileobj.read(BLOCKSIZE)
        count, text = text.split(b"\n", 1)
        numbers = []
        while len(numbers) < int(count) * 2:
            if b"\n" not in text:
                text += tarfile.fileobj.read(BLOCKSIZE)
            number, text = text.split(b"\n", 1)
            numbers.append(int(number))
        member.offset_data = tarfile.fileobj.tell()
        member.sparse = list(zip(numbers[::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        """Set attributes from pax records."""
        for keyword, text in pax_headers.items():
            if keyword in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(text)
            elif keyword == "GNU.sparse.name":
                self.name = text
            elif keyword == "path":
                self.name = text.rstrip("/")
            elif keyword in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(keyword, str)
                try:
                    value = convert(text)
                except ValueError:
                    value = 0   # a malformed number reads as zero
                setattr(self, keyword, value)
            # Other keywords are only kept in pax_headers.
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding,
                          fallback_errors):
        return _decode_with_fallback(value, encoding, fallback_encoding,
                                     fallback_errors)

    def _block(self, count):
        """count rounded up to whole blocks."""
        return _round_up(count)

    # -- member kinds

    def isreg(self):
        """Whether the member is a regular file."""
        return self.type in REGULAR_TYPES

    isfile = isreg

    def isdir(self):
        """Whether the member is a directory."""
        return self.type == DIRTYPE

    def issym(self):
        """Whether the member is a symbolic link."""
        return self.type == SYMTYPE

    def islnk(self):
        """Whether the member is a hard link."""
        return self.type == LNKTYPE

    def ischr(self):
        """Whether the member is a character device."""
        return self.type == CHRTYPE

    def isblk(self):
        """Whether the member is a block device."""
        return self.type == BLKTYPE

    def isfifo(self):
        """Whether the member is a FIFO (named pipe)."""
        return self.type == FIFOTYPE

    def issparse(self):
        """Whether the member is a sparse file (with holes)."""
        return self.sparse is not None

    def isdev(self):
        """Whether the member is a device or a FIFO."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _encodable(text):
    """Whether text is valid UTF-8 material (no lone surrogates)."""
    try:
        text.encode("utf-8", "strict")
    except UnicodeEncodeError:
        return False
    return True


def _decode_with_fallback(raw, encoding, fallback_encoding, fallback_errors):
    """raw decoded strictly with encoding, else with the fallback."""
    try:
        return raw.decode(encoding, "strict")
    except UnicodeDecodeError:
        return raw.decode(fallback_encoding, fallback_errors)


def _sparse_entries(buf, pos, count):
    """Up to count (offset, length) pairs of 12-digit fields from pos on."""
    entries = []
    for _ in range(count):
        try:
            entries.append((nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])))
        except ValueError:
            break
        pos += 24
    return entries


_RECORD_LENGTH = re.compile(br"([0-9]{1,20}) ")


def _split_pax_records(payload):
    """The (length, keyword, value) records of a pax header, as bytes."""
    records = []
    pos = 0
    while pos < len(payload) and payload[pos] != 0:
        match = _RECORD_LENGTH.match(payload, pos)
        if not match:
            raise InvalidHeaderError("invalid header")
        length = int(match.group(1))
        end = match.start(1) + length - 1   # the position of the newline
        if length < 5 or pos + length > len(payload):
            raise InvalidHeaderError("invalid header")
        keyword, equals, value = payload[match.end(1) + 1:end].partition(b"=")
        if not keyword or equals != b"=" or payload[end] != 0x0A:
            raise InvalidHeaderError("invalid header")
        records.append((length, keyword, value))
        pos += length
    return records


# -- extraction filters -----------------------------------------------------


def _filtered_attributes(member, dest_path, for_data):
    """The attribute changes a filter makes to member, after its checks."""
    changes = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(("/", os.sep)):
        name = changes["name"] = member.path.lstrip("/" + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target)

    mode = member.mode
    if mode is not None:
        # No set-id/sticky bits, no write permission for group and others.
        mode &= 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None   # keep the system's default
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes["mode"] = mode

    if for_data:
        for owner_field in ("uid", "gid", "uname", "gname"):
            if getattr(member, owner_field) is not None:
                changes[owner_field] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target = os.path.join(dest_path, os.path.dirname(name),
                                      member.linkname)
            else:
                target = os.path.join(dest_path, member.linkname)
            target = os.path.realpath(target)
            if os.path.commonpath([target, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target)
    return changes


def fully_trusted_filter(member, dest_path):
    """Extract member exactly as it is (the behaviour before 3.12)."""
    return member


def tar_filter(member, dest_path):
    """Refuse paths outside dest_path; drop leading slashes, set-id bits
    and group/other write permission."""
    changes = _filtered_attributes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    """tar_filter, plus: refuse links leaving dest_path and special files,
    ignore ownership, and give files sane permissions."""
    changes = _filtered_attributes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = dict(fully_trusted=fully_trusted_filter, tar=tar_filter,
                      data=data_filter)

# Failing to create a link falls back to copying the target.
symlink_exception = (AttributeError, NotImplementedError, OSError)

# -- the archive --------------------------------------------------------------


class TarFile(object):
    """A tar archive opened for reading, writing or appending."""

    debug = 0               # 0 (quiet) to 3 (everything), on stderr
    dereference = False     # add the targets of symlinks rather than links
    ignore_zeros = False    # read past zero blocks (concatenated archives)
    errorlevel = 1          # 0: log extraction errors, 1: raise OSError and
                            # FilterError, 2: also raise ExtractError
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None,
                 encoding=None, errors="surrogateescape", pax_headers=None,
                 debug=None, errorlevel=None, copybufsize=None):
        """Open the uncompressed archive name (or fileobj) in mode "r"
        (read), "a" (append), "w" (write) or "x" (create).

        The keyword arguments override the class attributes of the same
        names for this archive.
        """
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]

        # _extfileobj: the file belongs to the caller, who closes it.
        self._extfileobj = bool(fileobj)
        if self._extfileobj:
            if name is None:
                candidate = getattr(fileobj, "name", None)
                if isinstance(candidate, (str, bytes)):
                    name = candidate
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            if mode == "a" and not os.path.exists(name):
                # Appending to a file that is not there creates it.
                self.mode, self._mode = "w", "wb"
            fileobj = bltn_open(name, self._mode)
        self.fileobj = fileobj
        self.name = os.path.abspath(name) if name else None

        for attribute, value in (("format", format), ("tarinfo", tarinfo),
                                 ("dereference", dereference),
                                 ("ignore_zeros", ignore_zeros),
                                 ("encoding", encoding), ("debug", debug),
                                 ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attribute, value)
        self.errors = errors
        self.copybufsize = copybufsize
        # Global pax headers only exist in the pax format.
        use_pax = pax_headers is not None and self.format == PAX_FORMAT
        self.pax_headers = pax_headers if use_pax else {}

        self.closed = False
        self.members = []
        self._loaded = False   # True once every member has been read
        self.offset = self.fileobj.tell()  # where the next header goes/is
        self.inodes = {}       # (inode, device) -> arcname, for hard links
        self.firstmember = None

        try:
            if self.mode == "r":
                self.firstmember = self.next()
            elif self.mode == "a":
                self._skip_to_end()
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    header = self.tarinfo.create_pax_global_header(
                        self.pax_headers.copy())
                    self.fileobj.write(header)
                    self.offset += len(header)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _skip_to_end(self):
        """Read the members to append after the last one."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None
            self.members.append(member)

    # -- the ways of opening

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE,
             **kwargs):
        """Open a tar archive, possibly compressed.

        mode is "r" or "r:*" (read, detecting the compression), "r:",
        "r:gz", "r:bz2", "r:xz"; "a" or "a:" (append); "w", "w:", "w:gz",
        "w:bz2", "w:xz" and the same with "x" (write, or create a new
        file).  With "|" instead of ":" ("r|*", "r|gz", "w|", "w|gz", ...)
        the archive is processed as a stream of blocks, without seeking;
        bufsize is then the block size used.
        """
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            # Try the compressed formats first, plain tar last.
            failures = []
            methods = sorted(cls.OPEN_METH,
                             key=lambda kind: cls.OPEN_METH[kind] == "taropen")
            for kind in methods:
                opener = getattr(cls, cls.OPEN_METH[kind])
                start = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append(f"- method {kind}: {e!r}")
                    if fileobj is not None:
                        fileobj.seek(start)
            summary = "\n".join(failures)
            raise ReadError(f"file could not be opened successfully:\n{summary}")

        if ":" in mode:
            filemode, kind = mode.split(":", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if kind not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % kind)
            opener = getattr(cls, cls.OPEN_METH[kind])
            return opener(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, kind = mode.split("|", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            compresslevel = kwargs.pop("compresslevel", 9)
            stream = _Stream(name, filemode, kind, fileobj, bufsize,
                             compresslevel)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except BaseException:
                stream.close()
                raise
            archive._extfileobj = False
            return archive

        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)

        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed archive."""
        if mode in ("r", "a", "w", "x"):
            return cls(name, mode, fileobj, **kwargs)
        raise ValueError("mode must be 'r', 'a', 'w' or 'x'")

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        GzipFile = _import_compressor("gzip").GzipFile
        return cls._through(name, mode, fileobj, kwargs, OSError,
                            "not a gzip file",
                            lambda: GzipFile(name, mode + "b", compresslevel,
                                             fileobj))

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive (needs the bz2 module)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        bz2 = _import_compressor("bz2")
        return cls._through(name, mode, fileobj, kwargs, (OSError, EOFError),
                            "not a bzip2 file",
                            lambda: bz2.BZ2File(fileobj or name, mode,
                                                compresslevel=compresslevel))

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an lzma-compressed archive (needs the lzma module)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        lzma = _import_compressor("lzma")
        errors = (lzma.LZMAError, EOFError)
        return cls._through(name, mode, fileobj, kwargs, errors,
                            "not an lzma file",
                            lambda: lzma.LZMAFile(fileobj or name, mode,
                                                  preset=preset))

    @classmethod
    def _through(cls, name, mode, fileobj, kwargs, error_types, not_ours,
                 make_file):
        """Open an archive inside the file object make_file() returns.

        error_types raised while reading mean the data is not in that
        compression format: they become ReadError(not_ours).
        """
        try:
            compressed = make_file()
        except error_types as e:
            if fileobj is not None and mode == "r":
                raise ReadError(not_ours) from e
            raise
        try:
            archive = cls.taropen(name, mode, compressed, **kwargs)
        except error_types as e:
            compressed.close()
            if mode == "r":
                raise ReadError(not_ours) from e
            raise
        except BaseException:
            compressed.close()
            raise
        archive._extfileobj = False
        return archive

    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    # -- common

    def close(self):
        """Close the archive; when writing, add the two end blocks and pad
        the archive to a whole record."""
        if not self.closed:
            self.closed = True
            try:
                if self.mode != "r":
                    self._write_end()
            finally:
                if not self._extfileobj:
                    self.fileobj.close()

    def _write_end(self):
        """The two zero blocks, then zeros up to the end of the record."""
        self.offset += 2 * BLOCKSIZE
        padding = -self.offset % RECORDSIZE
        self.fileobj.write(NUL * (2 * BLOCKSIZE + padding))

    def _check(self, mode=None):
        """Fail if the archive is closed, or its mode is not one of mode."""
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.close()
        else:
            # After an error, do not write the end blocks of an archive
            # that is probably incomplete.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True

    def _dbg(self, level, msg):
        """Write msg to stderr if the debug level is at least level."""
        if level <= self.debug:
            print(msg, file=sys.stderr)

    # -- members

    def getmember(self, name):
        """The TarInfo of the member name (its last occurrence).

        KeyError if the archive has no such member.
        """
        member = self._getmember(name.rstrip("/"))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def getmembers(self):
        """All members as a list of TarInfo objects, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of all members, in archive order."""
        return [member.name for member in self.getmembers()]

    def next(self):
        """Read and return the next member, or None at the end."""
        self._check("ra")
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member

        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            # Check that the previous member's data is really there.
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")

        member = self._read_member()
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _read_member(self):
        """The member at self.offset, or None where the archive ends.

        A bad first header means this is no tar archive (ReadError); later
        on, a bad or missing header simply ends the archive, unless
        ignore_zeros asks to look further.
        """
        while True:
            try:
                return self.tarinfo.fromtarfile(self)
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except HeaderError as e:
                skippable = isinstance(e, (EOFHeaderError, InvalidHeaderError))
                if skippable and self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0 and not isinstance(e, EOFHeaderError):
                    message = ("empty file" if isinstance(e, EmptyHeaderError)
                               else str(e))
                    raise ReadError(message) from None
                return None
            except Exception as e:
                import zlib
                if isinstance(e, zlib.error):
                    raise ReadError(f"zlib error: {e}") from None
                raise

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called name (before tarinfo, when given)."""
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                members = members[:members.index(tarinfo)]
            except ValueError:
                # A copy (as filters make): look before its offset.
                skipping = True
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if member.offset == tarinfo.offset:
                    skipping = False
                continue
            candidate = os.path.normpath(member.name) if normalize else member.name
            if candidate == name:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        """Read every remaining member."""
        while self.next() is not None:
            pass
        self._loaded = True

    def __iter__(self):
        """Iterate over the members, reading them as needed."""
        # The list may grow while iterating: read members as they are needed.
        position = 0
        while True:
            if self.firstmember is not None:
                self.next()   # hands back the member read by __init__
            if position < len(self.members):
                yield self.members[position]
                position += 1
            elif self._loaded or self.next() is None:
                self._loaded = True
                return

    def list(self, verbose=True, *, members=None):
        """Print a table of contents like "tar -t" (with verbose, "tar -tv")."""
        self._check()
        if members is None:
            members = self
        for member in members:
            if verbose:
                if member.mode is None:
                    _safe_print("??????????")
                else:
                    _safe_print(stat.filemode(member.mode))
                _safe_print("%s/%s" % (member.uname or member.uid,
                                       member.gname or member.gid))
                if member.ischr() or member.isblk():
                    _safe_print("%10s" % ("%d,%d" % (member.devmajor,
                                                     member.devminor)))
                else:
                    _safe_print("%10d" % member.size)
                if member.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d"
                                % time.localtime(member.mtime)[:6])
            _safe_print(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    _safe_print("-> " + member.linkname)
                if member.islnk():
                    _safe_print("link to " + member.linkname)
            print()

    # -- writing

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (or the open file fileobj), from
        os.stat(); arcname is its name in the archive.  None for a kind of
        file that cannot be archived (a socket)."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/")
        arcname = arcname.lstrip("/")

        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)

        linkname = ""
        st_mode = st.st_mode
        if stat.S_ISREG(st_mode):
            inode = (st.st_ino, st.st_dev)
            seen = self.inodes.get(inode)
            if (not self.dereference and st.st_nlink > 1 and seen is not None
                    and arcname != seen):
                # Another name of a file already in the archive.
                kind = LNKTYPE
                linkname = seen
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(st_mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(st_mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(st_mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(st_mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(st_mode):
            kind = BLKTYPE
        else:
            return None

        info.name = arcname
        info.mode = st_mode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        if pwd:
            try:
                info.uname = pwd.getpwuid(info.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                info.gname = grp.getgrgid(info.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name to the archive, as arcname; directories with
        their contents unless recursive is false.  filter(tarinfo) may
        change a member's TarInfo or return None to leave it out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)

        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return

        if info.isreg():
            with bltn_open(name, "rb") as source:
                self.addfile(info, source)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry),
                             os.path.join(arcname, entry), recursive,
                             filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Write the member tarinfo, then tarinfo.size bytes read from
        fileobj (for members that have data)."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size,
                        bufsize=self.copybufsize)
            padded = _round_up(tarinfo.size)
            if padded > tarinfo.size:
                self.fileobj.write(NUL * (padded - tarinfo.size))
            self.offset += padded
        self.members.append(tarinfo)

    # -- extracting

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                import warnings
                warnings.warn(
                    "Python 3.14 will, by default, filter extracted tar "
                    "archives and reject files or modify their metadata. "
                    "Use the filter argument to control this behavior.",
                    DeprecationWarning, stacklevel=3)
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError(
                    "String names are not supported for "
                    "TarFile.extraction_filter. Use a function such as "
                    "tarfile.data_filter directly.")
            return filter
        if not callable(filter):
            if filter not in _NAMED_FILTERS:
                raise ValueError(f"filter {filter!r} not found")
            filter = _NAMED_FILTERS[filter]
        return filter

    def extractall(self, path=".", members=None, *, numeric_owner=False,
                   filter=None):
        """Extract members (default: all) into the directory path.

        filter is "fully_trusted", "tar", "data" or a function taking
        (member, path); see the module's filters.  Directories get their
        mode and times last, once their contents are in place.
        """
        filter_function = self._get_filter_function(filter)
        directories = []
        if members is None:
            members = self
        for member in members:
            info = self._get_extract_tarinfo(member, filter_function, path)
            if info is None:
                continue
            if info.isdir():
                directories.append(info)
            self._extract_one(info, path, set_attrs=not info.isdir(),
                              numeric_owner=numeric_owner)

        # Deepest first, so a parent's mtime is set after its children.
        directories.sort(key=lambda info: info.name, reverse=True)
        for info in directories:
            dirpath = os.path.join(path, info.name)
            try:
                self.chown(info, dirpath, numeric_owner=numeric_owner)
                self.utime(info, dirpath)
                self.chmod(info, dirpath)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *,
                numeric_owner=False, filter=None):
        """Extract one member (a name or a TarInfo) under path."""
        filter_function = self._get_filter_function(filter)
        info = self._get_extract_tarinfo(member, filter_function, path)
        if info is not None:
            self._extract_one(info, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        """The member's TarInfo as the filter leaves it, or None."""
        original = self.getmember(member) if isinstance(member, str) else member
        # A filter error that errorlevel lets pass leaves the member as is.
        filtered = original
        try:
            filtered = filter_function(original, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if filtered is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if filtered.islnk():
            # Remember where the hard link's target is extracted.
            filtered = copy.copy(filtered)
            filtered._link_target = os.path.join(path, filtered.linkname)
        return filtered

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        target = os.path.join(path, tarinfo.name)
        try:
            self._extract_member(tarinfo, target, set_attrs, numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    # errorlevel 0 only logs errors; 1 raises the fatal ones (OSError,
    # FilterError); 2 raises ExtractError as well.  Called in handlers.

    def _handle_nonfatal_error(self, e):
        if self.errorlevel >= 2:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel >= 1:
            raise
        if not isinstance(e, OSError):
            message = "%s %s" % (type(e).__name__, e)
        elif e.filename is None:
            message = e.strerror
        else:
            message = "%s %r" % (e.strerror, e.filename)
        self._dbg(1, "tarfile: %s" % (message,))

    def extractfile(self, member):
        """A file object reading the data of member (a name or TarInfo).

        Links give their target's data; None for directories, devices and
        other members without data.
        """
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(info))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True,
                        numeric_owner=False):
        """Create targetpath from tarinfo, and its missing parents."""
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)

        is_link = tarinfo.type in (LNKTYPE, SYMTYPE)
        if is_link:
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)

        maker = self._MAKERS.get(tarinfo.type)
        if maker is None:
            # Regular files, and members of types tarfile does not know.
            maker = ("makefile" if tarinfo.type in SUPPORTED_TYPES
                     else "makeunknown")
        getattr(self, maker)(tarinfo, targetpath)

        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if tarinfo.type != SYMTYPE:
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    _MAKERS = {DIRTYPE: "makedir", FIFOTYPE: "makefifo", CHRTYPE: "makedev",
               BLKTYPE: "makedev", LNKTYPE: "makelink", SYMTYPE: "makelink"}

    def makedir(self, tarinfo, targetpath):
        """Create a directory (private until its mode is set at the end)."""
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        """Write a regular file from the member's data."""
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is None:
                copyfileobj(source, target, tarinfo.size, ReadError,
                            self.copybufsize)
                return
            for offset, length in tarinfo.sparse:
                target.seek(offset)
                copyfileobj(source, target, length, ReadError,
                            self.copybufsize)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        """A member of an unknown type becomes a regular file."""
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, "
                     "extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        """Create a FIFO."""
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        """Create a character or block device node."""
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Create a symbolic or hard link; if that fails, copy the target
        member from the archive instead."""
        def copy_target():
            target = self._find_link_target(tarinfo)
            self._extract_member(target, targetpath)

        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                # The hard link's target was not extracted: copy it.
                copy_target()
        except symlink_exception:
            try:
                copy_target()
            except KeyError:
                raise ExtractError("unable to resolve link inside "
                                   "archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give targetpath the member's owner (only when running as root).

        Names are preferred to numbers unless numeric_owner is true.
        """
        if (not hasattr(os, "geteuid") or os.geteuid() != 0
                or not hasattr(os, "chown")):
            return
        gid = tarinfo.gid
        uid = tarinfo.uid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def utime(self, tarinfo, targetpath):
        """Give targetpath the member's modification time."""
        if tarinfo.mtime is not None and hasattr(os, "utime"):
            times = (tarinfo.mtime, tarinfo.mtime)
            try:
                os.utime(targetpath, times)
            except OSError as e:
                raise ExtractError("could not change modification "
                                   "time") from e

    def chmod(self, tarinfo, targetpath):
        """Give targetpath the member's permissions."""
        if tarinfo.mode is None:
            return   # keep the mode the file was created with
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e


    def _find_link_target(self, tarinfo):
        """The member a link refers to (for a hard link, an earlier one)."""
        if tarinfo.issym():
            # Relative to the link's directory, anywhere in the archive.
            parts = (os.path.dirname(tarinfo.name), tarinfo.linkname)
            wanted = "/".join(part for part in parts if part)
            found = self._getmember(wanted, normalize=True)
        else:
            # A hard link refers to a member stored before it.
            wanted = tarinfo.linkname
            found = self._getmember(wanted, tarinfo=tarinfo, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % wanted)
        return found


def is_tarfile(name):
    """Whether name (a path or a file object) is a tar archive tarfile
    can read."""
    is_file = hasattr(name, "read")
    position = name.tell() if is_file else None
    try:
        archive = open(fileobj=name) if is_file else open(name)
    except TarError:
        return False
    if is_file:
        name.seek(position)
    archive.close()
    return True


open = TarFile.open


def main():
    """The command line: python -m tarfile -l|-e|-c|-t ..."""
    import argparse
    parser = argparse.ArgumentParser(
        description="A simple command-line interface for tarfile module.")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="Verbose output")
    parser.add_argument("--filter", metavar="<filtername>",
                        choices=_NAMED_FILTERS, help="Filter for extraction")
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument("-l", "--list", metavar="<tarfile>",
                         help="Show listing of a tarfile")
    actions.add_argument("-e", "--extract", nargs="+",
                         metavar=("<tarfile>", "<output_dir>"),
                         help="Extract tarfile into target dir")
    actions.add_argument("-c", "--create", nargs="+",
                         metavar=("<name>", "<file>"),
                         help="Create tarfile from sources")
    actions.add_argument("-t", "--test", metavar="<tarfile>",
                         help="Test if a tarfile is valid")
    options = parser.parse_args()

    def not_an_archive(src):
        parser.exit(1, "{!r} is not a tar archive.\n".format(src))

    if options.filter and options.extract is None:
        parser.exit(1, "--filter is only valid for extraction\n")

    if options.test is not None:
        src = options.test
        if not is_tarfile(src):
            not_an_archive(src)
        with open(src, "r") as archive:
            archive.getmembers()
            print(archive.getmembers(), file=sys.stderr)
        if options.verbose:
            print("{!r} is a tar archive.".format(src))

    elif options.list is not None:
        src = options.list
        if not is_tarfile(src):
            not_an_archive(src)
        with TarFile.open(src, "r:*") as archive:
            archive.list(verbose=options.verbose)

    elif options.extract is not None:
        if len(options.extract) == 1:
            src, destination = options.extract[0], os.curdir
        elif len(options.extract) == 2:
            src, destination = options.extract
        else:
            parser.exit(1, parser.format_help())
        if not is_tarfile(src):
            not_an_archive(src)
        with TarFile.open(src, "r:*") as archive:
            archive.extractall(path=destination, filter=options.filter)
        if options.verbose:
            if destination == ".":
                print("{!r} file is extracted.".format(src))
            else:
                print("{!r} file is extracted into {!r} directory."
                      .format(src, destination))

    elif options.create is not None:
        target, *sources = options.create
        extension = os.path.splitext(target)[1]
        compression = {".gz": "gz", ".tgz": "gz", ".xz": "xz", ".txz": "xz",
                       ".bz2": "bz2", ".tbz": "bz2", ".tbz2": "bz2",
                       ".tb2": "bz2"}.get(extension)
        mode = "w:" + compression if compression else "w"
        with TarFile.open(target, mode) as archive:
            for source in sources:
                archive.add(source)
        if options.verbose:
            print("{!r} file created.".format(target))


if __name__ == "__main__":
    main()
