"""Other names of the codecs written in Python (`encodings.<module>`), normalized as
`encodings.normalize_encoding` and lower case: `aliases[name]` is the module's name. The
native codecs know their own aliases (`_codecs`)."""

aliases = {
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
}
