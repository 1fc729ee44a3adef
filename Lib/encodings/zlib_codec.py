"""zlib compression as a bytes-to-bytes codec; its incremental encoder and decoder keep one
compression stream across chunks."""

import codecs
import zlib

from encodings import _transform_codec


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors="strict"):
        assert errors == "strict"
        self.errors = errors
        self.compressobj = zlib.compressobj()

    def encode(self, input, final=False):
        if final:
            data = self.compressobj.compress(input) + self.compressobj.flush()
            self.reset()
            return data
        return self.compressobj.compress(input)

    def reset(self):
        self.compressobj = zlib.compressobj()


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors="strict"):
        assert errors == "strict"
        self.errors = errors
        self.decompressobj = zlib.decompressobj()

    def decode(self, input, final=False):
        if final:
            data = self.decompressobj.decompress(input) + self.decompressobj.flush()
            self.reset()
            return data
        return self.decompressobj.decompress(input)

    def reset(self):
        self.decompressobj = zlib.decompressobj()


globals().update(_transform_codec("zlib", zlib.compress, zlib.decompress, IncrementalEncoder, IncrementalDecoder))
del _transform_codec
