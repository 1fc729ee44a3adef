"""A codec that refuses everything: set as the default encoding, it makes every implicit
conversion an error."""

import codecs


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        raise UnicodeError("undefined encoding")

    def decode(self, input, errors="strict"):
        raise UnicodeError("undefined encoding")


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        raise UnicodeError("undefined encoding")


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        raise UnicodeError("undefined encoding")


from encodings import _codec_module  # noqa: E402

globals().update(_codec_module("undefined", Codec, IncrementalEncoder, IncrementalDecoder))
del _codec_module
