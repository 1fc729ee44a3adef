"""zlib compression as a bytes-to-bytes codec. Its incremental forms run one zlib stream over
all the chunks they are given, flushed by the final one."""

import codecs
import zlib

from encodings import _transform_codec


def _streaming(base, start_stream, step_name):
    """An incremental class over `base` that passes each chunk through one stream object made
    by `start_stream` (its `step_name` method), and flushes it at the final chunk."""

    class Streaming(base):
        def __init__(self, errors="strict"):
            assert errors == "strict"
            base.__init__(self, errors)
            self._stream = start_stream()

        def _step(self, chunk, final):
            out = getattr(self._stream, step_name)(chunk)
            if not final:
                return out
            out += self._stream.flush()
            self._stream = start_stream()
            return out

        def reset(self):
            self._stream = start_stream()

    return Streaming


class IncrementalEncoder(_streaming(codecs.IncrementalEncoder, zlib.compressobj, "compress")):
    def encode(self, input, final=False):
        return self._step(input, final)


class IncrementalDecoder(_streaming(codecs.IncrementalDecoder, zlib.decompressobj, "decompress")):
    def decode(self, input, final=False):
        return self._step(input, final)


globals().update(_transform_codec("zlib", zlib.compress, zlib.decompress, IncrementalEncoder, IncrementalDecoder))
del _transform_codec
