"""Hexadecimal digits as a bytes-to-bytes codec (`binascii.b2a_hex`)."""

import binascii

from encodings import _transform_codec

globals().update(_transform_codec("hex", binascii.b2a_hex, binascii.a2b_hex))
del _transform_codec
