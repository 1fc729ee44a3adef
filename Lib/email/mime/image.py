"""MIMEImage: image/* messages, the subtype guessed from the data when not given."""

__all__ = ['MIMEImage']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _is_netpbm(data, digits):
    # "P<digit>" and a blank: the plain or raw form of a Netpbm format.
    return len(data) >= 3 and data[0] == ord('P') and data[1] in digits and \
        data[2] in b' \t\n\r'


# (subtype, test on the first bytes), tried in order.
_SIGNATURES = [
    ('jpeg', lambda h: h[6:10] in (b'JFIF', b'Exif') or h.startswith(b'\xff\xd8\xff\xdb')),
    ('png', lambda h: h.startswith(b'\x89PNG\r\n\x1a\n')),
    ('gif', lambda h: h[:6] in (b'GIF87a', b'GIF89a')),
    ('tiff', lambda h: h[:2] in (b'MM', b'II')),
    ('rgb', lambda h: h.startswith(b'\x01\xda')),
    ('pbm', lambda h: _is_netpbm(h, b'14')),
    ('pgm', lambda h: _is_netpbm(h, b'25')),
    ('ppm', lambda h: _is_netpbm(h, b'36')),
    ('rast', lambda h: h.startswith(b'\x59\xa6\x6a\x95')),
    ('xbm', lambda h: h.startswith(b'#define ')),
    ('bmp', lambda h: h.startswith(b'BM')),
    ('webp', lambda h: h.startswith(b'RIFF') and h[8:12] == b'WEBP'),
    ('exr', lambda h: h.startswith(b'\x76\x2f\x31\x01')),
]


def _what(data):
    """The image subtype the data's signature names, or None."""
    for subtype, matches in _SIGNATURES:
        if matches(data):
            return subtype
    return None


class MIMEImage(MIMENonMultipart):
    """An image/_subtype message holding the bytes `_imagedata`, encoded by `_encoder`
    (base64 by default). Without `_subtype`, it is recognized from the data (jpeg, png,
    gif, tiff, rgb, pbm, pgm, ppm, rast, xbm, bmp, webp, exr), TypeError otherwise."""

    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_imagedata)
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        MIMENonMultipart.__init__(self, 'image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
