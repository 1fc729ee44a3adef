"""Quoted-printable as a bytes-to-bytes codec (spaces and tabs quoted: `quopri.encode(...,
quotetabs=True)`)."""

import binascii

from encodings import _transform_codec


def _encode(data):
    return binascii.b2a_qp(bytes(data), quotetabs=True)


def _decode(data):
    return binascii.a2b_qp(bytes(data))


globals().update(_transform_codec("quopri", _encode, _decode))
del _transform_codec
