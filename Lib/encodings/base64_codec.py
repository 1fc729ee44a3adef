"""base64 as a bytes-to-bytes codec: MIME base64, a line break after every 76 characters
(`base64.encodebytes`)."""

import base64

from encodings import _transform_codec

globals().update(_transform_codec("base64", base64.encodebytes, base64.decodebytes))
del _transform_codec
