"""Read and write files in the gzip format of RFC 1952.

GzipFile is a binary file object whose contents are compressed on the way
to (or from) an underlying file; open() returns one, or a text wrapper
around one.  compress() and decompress() work on whole byte strings.  A
file may hold several compressed members one after another: reading joins
their contents.  Running ``python -m gzip`` compresses or expands files
from the command line.

The deflate work itself is done by the zlib module; this module deals with
the member headers and trailers, buffering and seeking.
"""

import builtins
import errno
import io
import os
import struct
import sys
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

# Header flag bits.
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

# Values of GzipFile.mode.
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_WRITE_BUFFER_SIZE = 4 * io.DEFAULT_BUFFER_SIZE

_MAGIC = b"\x1f\x8b"
_IMPLICIT_WRITE_WARNING = (
    "GzipFile was opened for writing, but this will change in future "
    "Python releases.  Specify the mode argument for opening it for writing.")
_TRUNCATED = ("Compressed file ended before the end-of-stream marker "
              "was reached")


class BadGzipFile(OSError):
    """Raised when the data being read is not a valid gzip stream."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file and return a file object for it.

    filename is a path (str, bytes or path-like) or a file object to read
    from or write to.  mode is one of "r", "w", "a" or "x", in binary form
    (optionally with "b", the default) or text form (with "t").  In text
    mode the binary GzipFile is wrapped in an io.TextIOWrapper built with
    encoding, errors and newline; those three must stay None otherwise.
    """
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for arg_name, value in (("encoding", encoding), ("errors", errors),
                                ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode"
                                 % arg_name)

    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")

    if not text:
        return binary
    encoding = io.text_encoding(encoding)
    return io.TextIOWrapper(binary, encoding, errors, newline)


def _read_full(source, count):
    """Read exactly count bytes from source, or fail as a truncated stream."""
    data = source.read(count)
    while len(data) < count:
        more = source.read(count - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _skip_cstring(source):
    """Skip a zero-terminated field (file name or comment) of the header."""
    while True:
        byte = source.read(1)
        if not byte:
            raise EOFError(_TRUNCATED)
        if byte == b"\x00":
            return


def _parse_header(source):
    """Consume one member header from source and return its mtime.

    Return None when source is already at its end (no further member).
    """
    magic = source.read(2)
    if magic == b"":
        return None
    if magic != _MAGIC:
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags, mtime = struct.unpack("<BBIxx", _read_full(source, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        (extra_len,) = struct.unpack("<H", _read_full(source, 2))
        _read_full(source, extra_len)
    if flags & FNAME:
        _skip_cstring(source)
    if flags & FCOMMENT:
        _skip_cstring(source)
    if flags & FHCRC:
        _read_full(source, 2)  # the header CRC is not verified
    return mtime


def _extra_flags(compresslevel):
    """The XFL header byte that describes a compression level."""
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _plain_header(compresslevel, mtime, name=b""):
    """A member header with an optional file name; the OS byte says unknown."""
    flags = FNAME if name else 0
    header = struct.pack("<2sBBIBB", _MAGIC, 8, flags, int(mtime) & 0xFFFFFFFF,
                         _extra_flags(compresslevel), 255)
    if name:
        header += name + b"\x00"
    return header


def _as_bytes_view(data):
    """A memoryview of data, with the TypeError of binary files for others."""
    try:
        return memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


class _Pushback:
    """A read-only byte source that can be handed back bytes it gave out.

    A member's deflate stream ends somewhere inside a block read from the
    file; the bytes after it (the trailer and the next member) are pushed
    back here so the header and trailer code can read them normally.
    """

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self._held = b""

    def read(self, count):
        if self._held:
            piece, self._held = self._held[:count], self._held[count:]
            return piece
        return self.fileobj.read(count)

    def push_back(self, data):
        if data:
            self._held = bytes(data) + self._held

    def restart(self):
        self._held = b""
        self.fileobj.seek(0)


class _MemberDecoder:
    """Turns the compressed file into a stream of decompressed pieces."""

    def __init__(self, fileobj):
        self.source = _Pushback(fileobj)
        self.last_mtime = None
        self._inflater = None  # None between members
        self._crc = 0
        self._length = 0
        self.finished = False

    def restart(self):
        self.source.restart()
        self._inflater = None
        self.finished = False

    def next_piece(self):
        """Return more decompressed data, or b"" after the last member."""
        while not self.finished:
            inflater = self._inflater
            if inflater is not None and inflater.eof:
                # The trailer is only checked once the member's last data
                # has been delivered, so a truncated file still yields it.
                self.source.push_back(inflater.unused_data)
                self._end_member()
                inflater = None
            if inflater is None:
                if not self._begin_member():
                    self.finished = True
                    break
                inflater = self._inflater
            if inflater.unconsumed_tail:
                piece = inflater.decompress(inflater.unconsumed_tail,
                                            READ_BUFFER_SIZE)
            else:
                compressed = self.source.read(READ_BUFFER_SIZE)
                if not compressed:
                    raise EOFError(_TRUNCATED)
                piece = inflater.decompress(compressed, READ_BUFFER_SIZE)
            self._crc = zlib.crc32(piece, self._crc)
            self._length += len(piece)
            if piece:
                return piece
        return b""

    def _begin_member(self):
        mtime = _parse_header(self.source)
        if mtime is None:
            return False
        self.last_mtime = mtime
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._length = 0
        return True

    def _end_member(self):
        self._inflater = None
        stored_crc, stored_length = struct.unpack("<II",
                                                  _read_full(self.source, 8))
        if stored_crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s"
                              % (hex(stored_crc), hex(self._crc)))
        if stored_length != self._length & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        # Zero bytes may pad the file between and after members.
        while True:
            byte = self.source.read(1)
            if byte != b"\x00":
                self.source.push_back(byte)
                break


class _Reader:
    """The read side of a GzipFile: a buffer over a _MemberDecoder.

    position is the offset in the decompressed data of the next byte that
    read() returns.
    """

    def __init__(self, fileobj):
        self.decoder = _MemberDecoder(fileobj)
        self._buffer = b""
        self._start = 0       # bytes of _buffer already handed out
        self.position = 0
        self.size = None      # decompressed length, once known

    def _available(self):
        return len(self._buffer) - self._start

    def _refill(self):
        """Load the next piece into the (empty) buffer; False at the end."""
        piece = self.decoder.next_piece()
        if not piece:
            self.size = self.position
            return False
        self._buffer = piece
        self._start = 0
        return True

    def _take(self, count):
        piece = self._buffer[self._start:self._start + count]
        self._start += len(piece)
        self.position += len(piece)
        return piece

    def read(self, size=-1):
        if size is None or size < 0:
            parts = [self._take(self._available())]
            while self._refill():
                parts.append(self._take(self._available()))
            return b"".join(parts)
        parts = []
        wanted = size
        while wanted > 0:
            if not self._available() and not self._refill():
                break
            piece = self._take(wanted)
            parts.append(piece)
            wanted -= len(piece)
        return b"".join(parts)

    def read1(self, size):
        if size == 0:
            return b""
        if not self._available() and not self._refill():
            return b""
        return self._take(size)

    def peek(self):
        if not self._available():
            self._refill()
        return self._buffer[self._start:]

    def readline(self, size=-1):
        if size is None:
            size = -1
        parts = []
        while size != 0:
            if not self._available() and not self._refill():
                break
            end = self._buffer.find(b"\n", self._start) + 1
            if end == 0:
                end = len(self._buffer)
            count = end - self._start
            if size > 0:
                count = min(count, size)
                size -= count
            piece = self._take(count)
            parts.append(piece)
            if piece.endswith(b"\n"):
                break
        return b"".join(parts)

    def rewind(self):
        self.decoder.restart()
        self._buffer = b""
        self._start = 0
        self.position = 0

    def seek(self, offset, whence):
        if whence == io.SEEK_CUR:
            offset += self.position
        elif whence == io.SEEK_END:
            if self.size is None:
                while self.read(READ_BUFFER_SIZE):
                    pass
            offset += self.size
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self.position:
            self.rewind()
        # Going forward means decompressing and dropping what lies between.
        while self.position < offset:
            if not self.read(min(offset - self.position, READ_BUFFER_SIZE)):
                break
        return self.position


class GzipFile(io.BufferedIOBase):
    """A binary file whose data is stored gzip-compressed in another file.

    GzipFile(filename=None, mode=None, compresslevel=9, fileobj=None,
    mtime=None): the data goes to or comes from fileobj when it is given,
    otherwise from the file filename, which is opened here and closed with
    the GzipFile.  mode is "r", "w", "a" or "x" (with or without "b"); by
    default it is that of fileobj, or "rb".  When writing, compresslevel
    (0 to 9) sets the speed/size trade-off, filename is stored in the
    header, and mtime (default: now) is recorded as the modification time.
    Reading decompresses every member of the file in turn and checks their
    CRCs and lengths; the mtime attribute then holds the last header's
    modification time.
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        explicit_mode = mode is not None
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")

        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if not explicit_mode:
                # Writing because fileobj was opened for writing: 3.12 warns.
                import warnings
                warnings.warn(_IMPLICIT_WRITE_WARNING, FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.fileobj = fileobj
            self._start_writing(compresslevel, mtime)
        else:
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj

    # -- writing ---------------------------------------------------------

    def _start_writing(self, compresslevel, mtime):
        self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                          -zlib.MAX_WBITS,
                                          zlib.DEF_MEM_LEVEL, 0)
        self._crc = 0
        self._length = 0     # uncompressed bytes written so far
        self._pending = bytearray()
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_plain_header(compresslevel, mtime,
                                         self._header_name()))

    def _header_name(self):
        """The file name recorded in the header: latin-1, without .gz."""
        name = os.path.basename(self.name)
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        try:
            name = name.encode("latin-1")
        except UnicodeEncodeError:
            return b""
        if name.endswith(b".gz"):
            name = name[:-3]
        return name

    def _drain_pending(self):
        """Compress the bytes waiting in the write buffer."""
        if self._pending:
            data = bytes(self._pending)
            self._pending.clear()
            self._crc = zlib.crc32(data, self._crc)
            self.fileobj.write(self._deflater.compress(data))

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = _as_bytes_view(data)
            length = data.nbytes
        if length:
            self._pending += data
            self._length += length
            if len(self._pending) >= _WRITE_BUFFER_SIZE:
                self._drain_pending()
        return length

    # -- reading ---------------------------------------------------------

    def _check_read(self, operation):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(errno.EBADF,
                          operation + "() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read("read")
        return self._reader.read(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._reader.read1(size)

    def peek(self, n):
        self._check_read("peek")
        return self._reader.peek()

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise io.UnsupportedOperation("readline")
        if size is not None and not isinstance(size, int):
            size = size.__index__()
        return self._reader.readline(size)

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    @property
    def mtime(self):
        """The modification time in the last member header read, or None."""
        if self.mode != READ:
            raise AttributeError("'GzipFile' object in write mode has no "
                                 "attribute 'mtime'")
        return self._reader.decoder.last_mtime

    # -- common ----------------------------------------------------------

    def __repr__(self):
        return "<gzip %s %s>" % (repr(self.fileobj)[1:-1], hex(id(self)))

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        if self.closed:
            return
        fileobj = self.fileobj
        try:
            if self.mode == WRITE:
                self._drain_pending()
                fileobj.write(self._deflater.flush())
                fileobj.write(struct.pack("<II", self._crc,
                                          self._length & 0xFFFFFFFF))
            else:
                self._reader = None
        finally:
            self.fileobj = None
            own_file = self.myfileobj
            if own_file is not None:
                self.myfileobj = None
                own_file.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self._drain_pending()
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        """The file descriptor of the compressed file (via its fileno())."""
        return self.fileobj.fileno()

    def rewind(self):
        """Go back to the start of the data (read mode only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        if self.closed:
            raise ValueError("seek of closed file")
        self._reader.rewind()

    def seekable(self):
        return True  # emulated in both modes, see seek()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self._length
        return self._reader.position

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == READ:
            return self._reader.seek(offset, whence)
        if whence == io.SEEK_CUR:
            offset += self._length
        elif whence != io.SEEK_SET:
            raise ValueError("Seek from end not supported")
        if offset < self._length:
            raise OSError("Negative seek in write mode")
        # Moving forward in write mode fills the gap with zero bytes.  Like
        # CPython 3.12 (whose count lags behind its write buffer), return
        # the position from before the move.
        before = self._length
        gap = offset - before
        chunk = bytes(1024)
        while gap > 0:
            step = min(gap, 1024)
            self.write(chunk[:step])
            gap -= step
        return before


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Return data compressed into a single gzip member.

    mtime is the modification time stored in the header (default: now).
    """
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    view = _as_bytes_view(data)
    trailer = struct.pack("<II", zlib.crc32(view), view.nbytes & 0xFFFFFFFF)
    if mtime == 0:
        # CPython lets zlib write this header: its XFL rule and OS byte 3.
        if compresslevel == _COMPRESS_LEVEL_BEST:
            xfl = 2
        elif 0 <= compresslevel < 2:
            xfl = 4
        else:
            xfl = 0
        header = struct.pack("<2sBBIBB", _MAGIC, 8, 0, 0, xfl, 3)
    else:
        if mtime is None:
            mtime = time.time()
        header = _plain_header(compresslevel, mtime)
    return header + body + trailer


def decompress(data):
    """Return the decompressed contents of every gzip member in data."""
    source = io.BytesIO(data)
    parts = []
    while _parse_header(source) is not None:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        member = inflater.decompress(source.read())
        if not inflater.eof:
            raise EOFError(_TRUNCATED)
        rest = inflater.unused_data
        if len(rest) < 8:
            raise EOFError(_TRUNCATED)
        stored_crc, stored_length = struct.unpack("<II", rest[:8])
        if stored_crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if stored_length != len(member) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        parts.append(member)
        source = io.BytesIO(rest[8:].lstrip(b"\x00"))
    return b"".join(parts)


def _copy(source, target):
    while True:
        chunk = source.read(READ_BUFFER_SIZE)
        if not chunk:
            break
        target.write(chunk)


def main():
    """The command line: python -m gzip [--fast | --best | -d] [file ...]."""
    import argparse
    parser = argparse.ArgumentParser(description=(
        "A simple command line interface for the gzip module: act like gzip, "
        "but do not delete the input file."))
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--fast", action="store_true", help="compress faster")
    choice.add_argument("--best", action="store_true", help="compress better")
    choice.add_argument("-d", "--decompress", action="store_true",
                        help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar="file")
    options = parser.parse_args()

    level = _COMPRESS_LEVEL_TRADEOFF
    if options.fast:
        level = _COMPRESS_LEVEL_FAST
    elif options.best:
        level = _COMPRESS_LEVEL_BEST

    for arg in options.args:
        if options.decompress:
            if arg == "-":
                source = GzipFile(filename="", mode="rb",
                                  fileobj=sys.stdin.buffer)
                target = sys.stdout.buffer
            else:
                if not arg.endswith(".gz"):
                    sys.exit("filename doesn't end in .gz: %r" % arg)
                source = open(arg, "rb")
                target = builtins.open(arg[:-3], "wb")
        else:
            if arg == "-":
                source = sys.stdin.buffer
                target = GzipFile(filename="", mode="wb",
                                  fileobj=sys.stdout.buffer,
                                  compresslevel=level)
            else:
                # As in CPython, files get the default level, not --fast/--best.
                source = builtins.open(arg, "rb")
                target = open(arg + ".gz", "wb")
        _copy(source, target)
        # Close what was opened here (a GzipFile over stdout writes its
        # trailer when closed) but leave the standard streams open.
        if target is not getattr(sys.stdout, "buffer", None):
            target.close()
        if arg != "-":
            source.close()


if __name__ == "__main__":
    main()
