"""Functions that encode the payload of a non-multipart message for transport and set its
Content-Transfer-Encoding header accordingly (used as the `_encoder` argument of the
email.mime classes)."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

from base64 import encodebytes
from quopri import encodestring


def encode_base64(msg):
    """base64-encode the payload, in lines of 76 characters."""
    text = encodebytes(msg.get_payload(decode=True)).decode('ascii')
    msg.set_payload(text)
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """quoted-printable-encode the payload (spaces and tabs escaped too)."""
    data = msg.get_payload(decode=True)
    encoded = encodestring(data, quotetabs=True).replace(b' ', b'=20')
    msg.set_payload(encoded)
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Leave the payload alone; say 7bit when it is ASCII, else 8bit."""
    data = msg.get_payload(decode=True)
    if data is None:
        # A multipart: its parts say for themselves.
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    msg['Content-Transfer-Encoding'] = '7bit' if data.isascii() else '8bit'


def encode_noop(msg):
    """Do nothing."""
