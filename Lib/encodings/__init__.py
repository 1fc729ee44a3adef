"""The codec package: `normalize_encoding`, the search function that `codecs.lookup` consults
once no native codec has the name, and a module per codec.

A codec written in Python is a module here (`encodings.base64_codec`) whose `getregentry()`
gives its CodecInfo; `encodings.aliases` maps other names to those modules. The native codecs
(`_codecs`) have no file: importing `encodings.utf_8`, `encodings.cp437` and the like makes
the module from the codec's CodecInfo (`_NativeCodecModules`)."""

import codecs
import sys

import _codecs
from encodings import aliases as _aliases_module

__all__ = ["normalize_encoding", "search_function", "CodecRegistryError"]

# What search_function found, by the name it was asked for (None: no codec).
_cache = {}
_missing = object()


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
        if c.isascii() and c.isalnum() or c == ".":
            if gap and out:
                out.append("_")
            out.append(c)
            gap = False
        else:
            gap = True
    return "".join(out)


def _native_module_name(name):
    try:
        return _codecs._canonical(name)[1]
    except LookupError:
        return None


def _module_for(name):
    """The codec module for a normalized name: its alias's module first (a native codec's
    aliases are its own), then its own."""
    aliases = _aliases_module.aliases
    alias = aliases.get(name) or aliases.get(name.replace(".", "_")) or _native_module_name(name)
    for modname in (alias, name):
        if not modname or "." in modname:
            continue
        try:
            return __import__("encodings." + modname, fromlist=["getregentry"])
        except ImportError:
            pass
    return None


def _entry_of(module):
    """The CodecInfo a codec module registers, checked as CPython checks it."""
    entry = module.getregentry()
    if isinstance(entry, codecs.CodecInfo):
        return entry
    if not 4 <= len(entry) <= 7:
        raise CodecRegistryError(
            "module %r (%s) failed to register" % (module.__name__, getattr(module, "__file__", None)))
    if not callable(entry[0]) or not callable(entry[1]) or any(
            part is not None and not callable(part) for part in entry[2:6]):
        raise CodecRegistryError(
            "incompatible codecs in module %r (%s)" % (module.__name__, getattr(module, "__file__", None)))
    entry = tuple(entry) + (None,) * (6 - len(entry))
    name = entry[6] if len(entry) > 6 else module.__name__.split(".", 1)[1]
    return codecs.CodecInfo(*entry[:6], name=name)


def search_function(encoding):
    """The CodecInfo of the codec module named by `encoding` (or an alias), or None."""
    entry = _cache.get(encoding, _missing)
    if entry is not _missing:
        return entry
    module = _module_for(normalize_encoding(encoding))
    if module is None or not hasattr(module, "getregentry"):
        _cache[encoding] = None
        return None
    entry = _entry_of(module)
    _cache[encoding] = entry
    # A module may name more aliases; the first module to claim one keeps it.
    getaliases = getattr(module, "getaliases", None)
    if getaliases is not None:
        for alias in getaliases():
            _aliases_module.aliases.setdefault(alias, module.__name__.split(".", 1)[1])
    return entry


def _members(encoding):
    """What a native codec's module (`encodings.utf_8`) defines: its CodecInfo's parts by
    CPython's names."""
    info = codecs.lookup(encoding)
    encode, decode = info.encode, info.decode

    class Codec(codecs.Codec):
        pass

    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)
    return {
        "codecs": codecs,
        "encode": encode,
        "decode": decode,
        "Codec": Codec,
        "IncrementalEncoder": info.incrementalencoder,
        "IncrementalDecoder": info.incrementaldecoder,
        "StreamWriter": info.streamwriter,
        "StreamReader": info.streamreader,
        "getregentry": lambda: info,
    }


class _NativeCodecModules:
    """The finder and loader of `encodings.<module>` for the native codecs (on sys.meta_path,
    after the path finder, so a file of the same name would win)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        package, dot, name = fullname.partition(".")
        if package != "encodings" or not dot or "." in name:
            return None
        try:
            canonical, module, _bom = _codecs._canonical(name)
        except LookupError:
            return None
        if module != name:
            return None
        import importlib.machinery
        return importlib.machinery.ModuleSpec(fullname, cls, origin="native codec " + canonical)

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        canonical = _codecs._canonical(module.__name__.split(".", 1)[1])[0]
        module.__dict__.update(_members(canonical))
        module.__doc__ = "The %s codec (native)." % canonical


sys.meta_path.append(_NativeCodecModules)
codecs.register(search_function)


def _codec_module(name, codec, encoder, decoder):
    """The stream classes and `getregentry` of a codec module written in Python, from its
    `Codec` class and incremental classes."""

    class StreamWriter(codec, codecs.StreamWriter):
        pass

    class StreamReader(codec, codecs.StreamReader):
        pass

    info = codecs.CodecInfo(
        name=name, encode=codec().encode, decode=codec().decode, incrementalencoder=encoder,
        incrementaldecoder=decoder, streamwriter=StreamWriter, streamreader=StreamReader)
    return {"StreamWriter": StreamWriter, "StreamReader": StreamReader, "getregentry": lambda: info}


def _transform_codec(name, encode, decode, encoder=None, decoder=None, prefix=None):
    """The members of a module of a bytes-to-bytes (or str-to-str) codec, which `str.encode`
    and `bytes.decode` refuse (`codecs.encode(data, "base64")` serves them): the module-level
    `<name>_encode` and `<name>_decode` functions over `encode` and `decode` (whole input to
    whole output, strict errors only), the codec classes, and `getregentry`. `encoder` and
    `decoder` are incremental classes for a codec that keeps state between chunks; otherwise
    each chunk is converted on its own. The functions are named `<name>_encode` and
    `<name>_decode`, or `<prefix>encode` and `<prefix>decode` when a prefix is given."""
    prefix = name.replace("-", "_") + "_" if prefix is None else prefix

    def encode_all(input, errors="strict"):
        assert errors == "strict"
        return encode(input), len(input)

    def decode_all(input, errors="strict"):
        assert errors == "strict"
        return decode(input), len(input)

    encode_all.__name__ = encode_all.__qualname__ = prefix + "encode"
    decode_all.__name__ = decode_all.__qualname__ = prefix + "decode"

    class Codec(codecs.Codec):
        def encode(self, input, errors="strict"):
            return encode_all(input, errors)

        def decode(self, input, errors="strict"):
            return decode_all(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            assert self.errors == "strict"
            return encode(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            assert self.errors == "strict"
            return decode(input)

    encoder = encoder or IncrementalEncoder
    decoder = decoder or IncrementalDecoder
    kind = str if name == "rot-13" else bytes

    class StreamWriter(Codec, codecs.StreamWriter):
        charbuffertype = kind

    class StreamReader(Codec, codecs.StreamReader):
        charbuffertype = kind

    info = codecs.CodecInfo(
        name=name, encode=encode_all, decode=decode_all, incrementalencoder=encoder,
        incrementaldecoder=decoder, streamwriter=StreamWriter, streamreader=StreamReader,
        _is_text_encoding=False)
    members = {
        "codecs": codecs,
        encode_all.__name__: encode_all,
        decode_all.__name__: decode_all,
        "Codec": Codec,
        "IncrementalEncoder": encoder,
        "IncrementalDecoder": decoder,
        "StreamWriter": StreamWriter,
        "StreamReader": StreamReader,
        "getregentry": lambda: info,
    }
    return members
