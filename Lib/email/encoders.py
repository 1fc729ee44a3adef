"""Functions that encode the payload of a non-multipart message for transport and set its
Content-Transfer-Encoding header accordingly (used as the `_encoder` argument of the
email.mime classes)."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

from base64 import encodebytes
from quopri import encodestring


def _store(msg, encoded, cte):
    """Put the encoded payload (when there is one) and its header on `msg`."""
    if encoded is not None:
        msg.set_payload(encoded)
    msg['Content-Transfer-Encoding'] = cte


def encode_base64(msg):
    """base64-encode the payload, in lines of 76 characters."""
    data = msg.get_payload(decode=True)
    _store(msg, encodebytes(data).decode('ascii'), 'base64')


def encode_quopri(msg):
    """quoted-printable-encode the payload (spaces and tabs escaped too)."""
    data = msg.get_payload(decode=True)
    _store(msg, encodestring(data, quotetabs=True).replace(b' ', b'=20'), 'quoted-printable')


def encode_7or8bit(msg):
    """Leave the payload alone; say 7bit when it is ASCII, else 8bit."""
    data = msg.get_payload(decode=True)
    # No data: a multipart, whose parts say for themselves.
    _store(msg, None, '7bit' if data is None or data.isascii() else '8bit')


def encode_noop(msg):
    """Leave the message as it is."""
