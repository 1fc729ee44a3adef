"""Other names of the codecs, normalized as `encodings.normalize_encoding` and lower case:
`aliases[name]` is the name of the codec's module in `encodings`. The native codecs' come
from `_codecs`, which finds codecs by them itself; those written in Python follow."""

import _codecs

aliases = _codecs._aliases()
aliases.update({
    # base64_codec
    "base64": "base64_codec",
    "base_64": "base64_codec",
    # hex_codec
    "hex": "hex_codec",
    # zlib_codec
    "zip": "zlib_codec",
    "zlib": "zlib_codec",
    # uu_codec
    "uu": "uu_codec",
    # quopri_codec
    "quopri": "quopri_codec",
    "quoted_printable": "quopri_codec",
    "quotedprintable": "quopri_codec",
    # rot_13
    "rot13": "rot_13",
})
