"""Codec registry, base classes and helpers, as Python 3.12's `codecs` module offers them.

The codecs themselves are native (`_codecs`): this module gives each a CodecInfo (stateless
encode/decode functions, incremental and stream classes), keeps the search functions that
`register` adds, and wraps streams.
"""

import _codecs
import builtins
import sys

__all__ = [
    "register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
    "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
    "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
    "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
    "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
    "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
    "lookup_error", "unregister",
]

# Byte order marks.
BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

register_error = _codecs.register_error


def lookup_error(name):
    """The error handler registered under `name` (the builtin ones included)."""
    try:
        return _codecs.lookup_error(name)
    except LookupError:
        handler = _builtin_handlers.get(name)
        if handler is None:
            raise
        return handler


class CodecInfo(tuple):
    """Codec details as `lookup` returns them; a 4-tuple (encode, decode, reader, writer)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """The stateless interface: `encode(input, errors)` and `decode(input, errors)` each give
    (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; state kept between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps what `_buffer_encode` did not consume."""

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces; state kept between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes `_buffer_decode` did not consume (an
    incomplete character) for the next call."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _OverStream:
    """What the stream classes share: other attributes are the stream's, `with` closes it,
    and they cannot be pickled."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamWriter(Codec, _OverStream):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(Codec, _OverStream):
    """Reads and decodes text from a binary stream."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def _fill(self, size):
        """Reads `size` bytes (all with -1) and decodes them after what the last read left (a
        character split between reads stays in `bytebuffer`, even at the stream's end, as in
        CPython); false when the stream gave nothing."""
        data = self.stream.read() if size < 0 else self.stream.read(size)
        if not data:
            return False
        data = self.bytebuffer + data
        text, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        self.charbuffer += text
        return True

    def _want(self, chars, size):
        """Fills the buffer until it holds `chars` characters, reading `size` bytes at a time;
        false once the stream is exhausted."""
        while len(self.charbuffer) < chars:
            if not self._fill(size):
                return False
        return True

    def read(self, size=-1, chars=-1, firstline=False):
        """At most `chars` characters (`size` if `chars` is negative; all with both negative),
        reading `size` bytes at a time (all at once if negative)."""
        if chars < 0:
            chars = size
        if chars < 0:
            while self._fill(-1):
                pass
            chars = len(self.charbuffer)
        else:
            self._want(chars, size if size > 0 else 72)
        result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def _take_line(self, keepends, final):
        """The buffered text's first line if it is complete (any line boundary that
        str.splitlines knows; a '\r' at the buffer's end only when `final`, since a '\n' may
        follow), taken out of the buffer; else None."""
        lines = self.charbuffer.splitlines(True)
        if not lines:
            return None
        first = lines[0]
        bare = first.splitlines()[0]
        cr = "\r" if isinstance(first, str) else b"\r"
        if first == bare or (not final and len(lines) == 1 and first.endswith(cr)):
            return None
        self.charbuffer = self.charbuffer[len(first):]
        return first if keepends else bare

    def readline(self, size=None, keepends=True):
        """One line. `size`: how many characters each step reads; with it, a line that has no
        end within them is returned as far as it goes."""
        readsize = size or 72
        while True:
            more = self._want(len(self.charbuffer) + readsize, readsize)
            if self.charbuffer[-1:] in ("\r", b"\r") and more:
                # A '\r' that a '\n' may follow.
                more = self._want(len(self.charbuffer) + 1, 1)
            line = self._take_line(keepends, not more)
            if line is not None:
                return line
            if not more or size is not None:
                take = len(self.charbuffer) if not more else readsize
                line, self.charbuffer = self.charbuffer[:take], self.charbuffer[take:]
                return line
            if readsize < 8000:
                readsize *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self.charbuffertype()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_OverStream):
    """A reader and a writer over one stream (what `codecs.open` returns)."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_OverStream):
    """Bytes in one encoding on the outside over a stream in another: `Reader` and `Writer`
    convert between the stream's bytes and text, `encode` and `decode` between text and the
    bytes its callers read and write."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def readline(self, size=None):
        line = self.reader.readline() if size is None else self.reader.readline(size)
        return self.encode(line, self.errors)[0]

    def readlines(self, sizehint=None):
        return self.encode(self.reader.read(), self.errors)[0].splitlines(keepends=True)

    def __next__(self):
        line = next(self.reader)
        return self.encode(line, self.errors)[0]

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        # Both ends restart: what they buffered belongs to the old position.
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)


# --- the registry -------------------------------------------------------------------------

_search_functions = []
_cache = {}


def _normalize(encoding):
    """The name search functions get: lower case, spaces and hyphens as underscores."""
    return encoding.lower().replace(" ", "_").replace("-", "_")


def register(search_function):
    """Adds a search function: called with a normalized name, it returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function and forgets the codecs found so far."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError when no codec has that name."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    try:
        name, module, bom = _codecs._canonical(encoding)
    except LookupError:
        info = None
    else:
        info = _native_info(name, module, bom)
    if info is None:
        for search in _search_functions:
            info = search(key)
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return 4-tuples")
                    info = CodecInfo(*info)
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _native_info(name, module, bom):
    """A CodecInfo over a native codec."""

    def encode(input, errors="strict"):
        return _codecs._encode(name, input, errors, bom), len(input)

    def decode(input, errors="strict"):
        text, consumed, _ = _codecs._decode(name, input, errors, True)
        return text, consumed

    encode.__name__ = encode.__qualname__ = module + "_encode"
    decode.__name__ = decode.__qualname__ = module + "_decode"

    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            data = _codecs._encode(name, input, self.errors, bom and self.first)
            if input:
                self.first = False
            return data

        def reset(self):
            self.first = True

        def getstate(self):
            return 2 if bom and self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.codec = name

        def _buffer_decode(self, input, errors, final):
            text, consumed, self.codec = _codecs._decode(self.codec, input, errors, final)
            return text, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.codec = name

    class Writer(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self.encoder = Encoder(errors)

        def encode(self, input, errors="strict"):
            self.encoder.errors = errors
            return self.encoder.encode(input), len(input)

        def reset(self):
            self.encoder.reset()

    class Reader(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self.decoder = Decoder(errors)

        def decode(self, input, errors="strict"):
            self.decoder.errors = errors
            self.decoder.buffer = b""
            text, consumed, self.decoder.codec = _codecs._decode(self.decoder.codec, input, errors, False)
            return text, consumed

        def reset(self):
            StreamReader.reset(self)
            self.decoder.reset()

    for cls, kind in ((Encoder, "IncrementalEncoder"), (Decoder, "IncrementalDecoder"),
                      (Writer, "StreamWriter"), (Reader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = "encodings." + module
    return CodecInfo(encode, decode, Reader, Writer, Encoder, Decoder, name=name)


# --- helpers --------------------------------------------------------------------------------

def _convert(action, native, obj, encoding, errors):
    """codecs.encode and codecs.decode: `native` (`_codecs.encode` or `_codecs.decode`) for a
    native codec, else the registered codec's function; an error the codec raises gets a note
    naming it ("encoding with 'rot13' codec failed")."""
    if not isinstance(encoding, str) or not isinstance(errors, str):
        return native(obj, encoding, errors)
    convert = native if _is_native(encoding) else None
    if convert is None:
        function = getattr(lookup(encoding), action)

        def convert(obj, encoding, errors):
            return function(obj, errors)[0]
    try:
        return convert(obj, encoding, errors)
    except Exception as e:
        e.add_note("%sing with %r codec failed" % (action[:-1], encoding))
        raise


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes `obj` with the codec registered for `encoding`."""
    return _convert("encode", _codecs.encode, obj, encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes `obj` with the codec registered for `encoding`."""
    return _convert("decode", _codecs.decode, obj, encoding, errors)


def _is_native(encoding):
    if not isinstance(encoding, str):
        return False
    try:
        _codecs._canonical(encoding)
    except LookupError:
        return False
    return True


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encodes the strs of `iterator` one after the other, as one stream."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decodes the bytes of `iterator` one after the other, as one stream."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Opens a file; with an encoding, a StreamReaderWriter over it in binary mode."""
    import io
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = io.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """A StreamRecoder over `file` (bytes in `file_encoding`) whose callers read and write
    bytes in `data_encoding` (the file's encoding when not given)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader,
                            file_info.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    result = {}
    for k, v in decoding_map.items():
        if v not in result:
            result[v] = k
        else:
            result[v] = None
    return result


# The builtin error handlers, as functions (the codecs apply them natively; these are what
# `lookup_error` gives for their names).

def _check(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _check(exc)
    return ("", exc.end)


def replace_errors(exc):
    _check(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    return ("\ufffd", exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def _escape(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def backslashreplace_errors(exc):
    _check(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join(_escape(b) for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_escape(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    try:
        import unicodedata
    except ImportError:
        unicodedata = None
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None) if unicodedata is not None else None
        out.append("\\N{%s}" % name if name else _escape(ord(c)))
    return ("".join(out), exc.end)


def surrogateescape(exc):
    """Bytes 0x80 to 0xFF as the lone surrogates U+DC80 to U+DCFF, and back (PEP 383)."""
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if any(byte < 0x80 for byte in data):
            raise exc
        return "".join(chr(0xDC00 + byte) for byte in data), exc.end
    if isinstance(exc, UnicodeEncodeError):
        text = exc.object[exc.start:exc.end]
        if any(not 0xDC80 <= ord(c) <= 0xDCFF for c in text):
            raise exc
        return bytes(ord(c) - 0xDC00 for c in text), exc.end
    _check(exc)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _surrogate_form(encoding):
    """How the UTF codec `encoding` names writes a code unit: (struct format, size), or None
    for another codec. utf-16 and utf-32 without an order are this machine's order."""
    name = encoding.lower().replace("_", "-")
    if name in ("utf-8", "utf8"):
        return "utf-8", 3
    native = "le" if sys.byteorder == "little" else "be"
    for bits, size in (("16", 2), ("32", 4)):
        for prefix in ("utf-" + bits, "utf" + bits):
            if name == prefix:
                return "utf-%s-%s" % (bits, native), size
            if name in (prefix + "-le", prefix + "le", prefix + "-be", prefix + "be"):
                return "utf-%s-%s" % (bits, name[-2:]), size
    return None


def surrogatepass(exc):
    """Lone surrogates encoded and decoded by the UTF codecs as if they were characters."""
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        _check(exc)
    form = _surrogate_form(exc.encoding)
    if form is None:
        raise exc
    codec, size = form
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xD800 <= ord(c) <= 0xDFFF:
                raise exc
            if codec == "utf-8":
                code = ord(c)
                out += bytes((0xE0 | code >> 12, 0x80 | (code >> 6) & 0x3F, 0x80 | code & 0x3F))
            else:
                out += ord(c).to_bytes(size, "little" if codec.endswith("le") else "big")
        return bytes(out), exc.end
    data = exc.object[exc.start:exc.start + size]
    if len(data) == size:
        if codec == "utf-8":
            if data[0] & 0xF0 == 0xE0 and data[1] & 0xC0 == 0x80 and data[2] & 0xC0 == 0x80:
                code = (data[0] & 0x0F) << 12 | (data[1] & 0x3F) << 6 | data[2] & 0x3F
            else:
                code = 0
        else:
            code = int.from_bytes(data, "little" if codec.endswith("le") else "big")
        if 0xD800 <= code <= 0xDFFF:
            return chr(code), exc.start + size
    raise exc


_builtin_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "backslashreplace": backslashreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": surrogateescape,
    "surrogatepass": surrogatepass,
}


def _native_functions(name, final_default):
    """`codecs.utf_8_encode`, `codecs.utf_8_decode` and the like: CPython's `_codecs` functions
    over one native codec, which return the result and how much of the input they used."""
    canonical, module, bom = _codecs._canonical(name)

    def encode(str, errors=None):
        return _codecs._encode(canonical, str, errors or "strict", bom), len(str)

    def decode(data, errors=None, final=final_default):
        text, consumed, _ = _codecs._decode(canonical, data, errors or "strict", bool(final))
        return text, consumed

    encode.__name__ = encode.__qualname__ = module + "_encode"
    decode.__name__ = decode.__qualname__ = module + "_decode"
    return {encode.__name__: encode, decode.__name__: decode}


for _name, _final in (("utf-7", False), ("utf-8", False), ("utf-16", False), ("utf-16-le", False), ("utf-16-be", False),
                      ("utf-32", False), ("utf-32-le", False), ("utf-32-be", False), ("latin-1", True),
                      ("ascii", True), ("unicode-escape", True), ("raw-unicode-escape", True)):
    globals().update(_native_functions(_name, _final))
del _name, _final


# The codecs written in Python (`encodings.base64_codec` ...) are found by the search function
# `encodings` registers, before any that a program registers, as in CPython (which imports
# `encodings` at startup).
import encodings  # noqa: E402


# --- the other functions of CPython's `_codecs` -------------------------------------------------

def _handle(errors, exc):
    """Applies the error handler `errors` to `exc`: (replacement, position to resume at)."""
    if errors in (None, "strict"):
        raise exc
    handler = lookup_error(errors)
    result = handler(exc)
    if not isinstance(result, tuple) or len(result) != 2:
        kind = "decoding" if isinstance(exc, UnicodeDecodeError) else "encoding"
        raise TypeError("%s error handler must return (str, int) tuple" % kind)
    replacement, resume = result
    length = len(exc.object)
    if resume < 0:
        resume += length
    if not 0 <= resume <= length:
        raise IndexError("position %d from error handler out of bounds" % resume)
    return replacement, resume


def escape_encode(data, errors=None):
    """Bytes with the escapes of a bytes literal (without quotes), and the input's length."""
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % type(data).__name__)
    named = {0x09: b"\\t", 0x0A: b"\\n", 0x0D: b"\\r", 0x5C: b"\\\\", 0x27: b"\\'"}
    out = bytearray()
    for byte in data:
        if byte in named:
            out += named[byte]
        elif byte < 0x20 or byte >= 0x7F:
            out += b"\\x%02x" % byte
        else:
            out.append(byte)
    return bytes(out), len(data)


_SIMPLE_ESCAPES = {
    ord("\n"): b"", ord("\\"): b"\\", ord("'"): b"'", ord('"'): b'"', ord("a"): b"\x07", ord("b"): b"\x08",
    ord("f"): b"\x0c", ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("v"): b"\x0b",
}
_OCTAL = b"01234567"
_HEX = b"0123456789abcdefABCDEF"


def escape_decode(data, errors=None):
    """The bytes a bytes literal's escapes stand for, and the input's length. A malformed \\x
    escape is an error (`errors`: strict, replace or ignore); an unknown escape stays as it is,
    with a DeprecationWarning (one per call)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = bytes(data)
    out = bytearray()
    warned = None
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte != 0x5C:
            out.append(byte)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        kind = data[i + 1]
        if kind in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[kind]
            i += 2
        elif kind in _OCTAL:
            end = i + 2
            while end < n and end < i + 4 and data[end] in _OCTAL:
                end += 1
            value = int(data[i + 1:end], 8)
            if value > 0o377 and warned is None:
                warned = "invalid octal escape sequence '\\%s'" % data[i + 1:end].decode("ascii")
            out.append(value & 0xFF)
            i = end
        elif kind == ord("x"):
            digits = data[i + 2:i + 4]
            if len(digits) == 2 and all(d in _HEX for d in digits):
                out.append(int(digits, 16))
                i += 4
                continue
            if errors in (None, "strict"):
                raise ValueError("invalid \\x escape at position %d" % i)
            if errors == "replace":
                out += b"?"
            elif errors != "ignore":
                raise ValueError("decoding error; unknown error handling code: %s" % errors)
            i += 2
            while i < n and data[i] in _HEX:
                i += 1
        else:
            if warned is None:
                warned = "invalid escape sequence '\\%s'" % chr(kind)
            out += b"\\"
            i += 1
    if warned is not None:
        import warnings
        warnings.warn(warned, DeprecationWarning, stacklevel=2)
    return bytes(out), n


def readbuffer_encode(data, errors=None):
    """The bytes of a bytes-like object (a str's UTF-8), and their length."""
    data = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    return data, len(data)


def _ex_decode(unit, data, errors, byteorder, final):
    """utf_16_ex_decode and utf_32_ex_decode: with byte order 0, a BOM chooses it (and the
    result's third item says which: -1 little-endian, 1 big-endian, 0 none read)."""
    data = bytes(data)
    little, big = (b"\xff\xfe", b"\xfe\xff") if unit == 16 else (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
    skip = 0
    if byteorder == 0:
        if data.startswith(little):
            byteorder, skip = -1, len(little)
        elif data.startswith(big):
            byteorder, skip = 1, len(big)
        elif not final and (little.startswith(data) or big.startswith(data)):
            return "", 0, 0
    name = "utf-%d-%s" % (unit, "be" if byteorder > 0 else "le")
    text, consumed, _ = _codecs._decode(name, data[skip:], errors or "strict", bool(final))
    return text, consumed + skip, byteorder


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(16, data, errors, byteorder, final)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(32, data, errors, byteorder, final)


def _charmap_decoded(mapping, byte):
    """What `mapping` (a str indexed by byte, or a dict) maps a byte to: a str, or None."""
    if isinstance(mapping, str):
        char = mapping[byte] if byte < len(mapping) else "\ufffe"
        return None if char == "\ufffe" else char
    try:
        value = mapping[byte]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value < 0x110000:
            raise TypeError("character mapping must be in range(0x110000)")
        return None if value == 0xFFFE else chr(value)
    if isinstance(value, str):
        return None if value == "\ufffe" else value
    raise TypeError("character mapping must return integer, None or str")


def charmap_decode(data, errors=None, mapping=None):
    """Decodes with a byte-to-character table: a str (indexed by byte; U+FFFE: undefined) or
    a dict (byte to code point, str or None); Latin-1 without one."""
    data = bytes(data)
    if mapping is None:
        return data.decode("latin-1"), len(data)
    out = []
    i = 0
    while i < len(data):
        char = _charmap_decoded(mapping, data[i])
        if char is not None:
            out.append(char)
            i += 1
            continue
        exc = UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
        replacement, i = _handle(errors, exc)
        out.append(replacement)
    return "".join(out), len(data)


def _charmap_encoded(mapping, char):
    """The bytes `mapping` (a dict of code point to byte value, bytes or None) gives a
    character, or None."""
    try:
        value = mapping[ord(char)]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((value,))
    if isinstance(value, bytes):
        return value
    raise TypeError("character mapping must return integer, bytes or None, not %s" % type(value).__name__)


def charmap_encode(text, errors=None, mapping=None):
    """Encodes with a character-to-byte table (a dict, as `charmap_build` makes); Latin-1
    without one."""
    if mapping is None:
        return text.encode("latin-1", errors or "strict"), len(text)
    out = bytearray()
    i = 0
    while i < len(text):
        data = _charmap_encoded(mapping, text[i])
        if data is not None:
            out += data
            i += 1
            continue
        end = i + 1
        while end < len(text) and _charmap_encoded(mapping, text[end]) is None:
            end += 1
        exc = UnicodeEncodeError("charmap", text, i, end, "character maps to <undefined>")
        replacement, resume = _handle(errors, exc)
        if isinstance(replacement, bytes):
            out += replacement
        else:
            for char in replacement:
                data = _charmap_encoded(mapping, char)
                if data is None:
                    raise exc
                out += data
        i = resume
    return bytes(out), len(text)


def charmap_build(decoding_table):
    """The encoding table of a decoding table (a str of 256 characters): code point to byte."""
    return {ord(char): byte for byte, char in enumerate(decoding_table)}
