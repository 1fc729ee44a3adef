"""The codec package: `normalize_encoding`, the search function `codecs` consults, and a
module per native codec (`encodings.utf_8` ...) exposing its CodecInfo's parts."""

import codecs

__all__ = ["normalize_encoding", "search_function", "CodecRegistryError"]


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Every run of characters other than ASCII letters, digits and '.' becomes one '_'; leading
    and trailing ones are dropped. Bytes are read as Latin-1."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    gap = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if gap and out:
                out.append("_")
            out.append(c)
            gap = False
        else:
            gap = True
    return "".join(out)


def search_function(encoding):
    """The CodecInfo of a native codec, or None."""
    try:
        return codecs.lookup(encoding)
    except LookupError:
        return None


def _members(encoding):
    """What a codec module (`encodings.utf_8`) defines: the CodecInfo's parts by CPython's names."""
    info = codecs.lookup(encoding)
    encode, decode = info.encode, info.decode

    class Codec(codecs.Codec):
        pass

    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)
    return {
        "encode": encode,
        "decode": decode,
        "Codec": Codec,
        "IncrementalEncoder": info.incrementalencoder,
        "IncrementalDecoder": info.incrementaldecoder,
        "StreamWriter": info.streamwriter,
        "StreamReader": info.streamreader,
        "getregentry": lambda: info,
    }
