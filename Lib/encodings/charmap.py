"""The generic charmap codec: it encodes and decodes with a mapping each coder is given (a
dict, or for decoding a str indexed by byte), and as Latin-1 without one."""

import codecs


def _with_table(convert):
    """`convert` (codecs.charmap_encode or charmap_decode) as the `encode` or `decode` of an
    incremental coder that keeps the table it was made with in `mapping`."""

    def run(self, input, final=False):
        return convert(input, self.errors, self.mapping)[0]

    return run


class Codec(codecs.Codec):
    encode = staticmethod(codecs.charmap_encode)
    decode = staticmethod(codecs.charmap_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors="strict", mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    encode = _with_table(codecs.charmap_encode)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors="strict", mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    decode = _with_table(codecs.charmap_decode)


class StreamWriter(Codec, codecs.StreamWriter):
    def __init__(self, stream, errors="strict", mapping=None):
        super().__init__(stream, errors)
        self.mapping = mapping

    def encode(self, input, errors="strict"):
        return codecs.charmap_encode(input, errors, self.mapping)


class StreamReader(Codec, codecs.StreamReader):
    def __init__(self, stream, errors="strict", mapping=None):
        super().__init__(stream, errors)
        self.mapping = mapping

    def decode(self, input, errors="strict"):
        return codecs.charmap_decode(input, errors, self.mapping)


_INFO = codecs.CodecInfo(
    name="charmap", encode=Codec.encode, decode=Codec.decode, incrementalencoder=IncrementalEncoder,
    incrementaldecoder=IncrementalDecoder, streamwriter=StreamWriter, streamreader=StreamReader)


def getregentry():
    return _INFO
