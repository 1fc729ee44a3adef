"""ROT13 as a str-to-str codec: each ASCII letter moves 13 places along the alphabet."""

from encodings import _transform_codec

_ROTATED = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)


def _rotate(text):
    return str.translate(text, _ROTATED)


globals().update(_transform_codec("rot-13", _rotate, _rotate, prefix=""))
del _transform_codec


def rot13(infile, outfile):
    """Writes the ROT13 of what `infile` holds to `outfile`."""
    outfile.write(_rotate(infile.read()))
