"""MIMEAudio: audio/* messages, the subtype guessed from the data when not given."""

__all__ = ['MIMEAudio']

from email.encoders import encode_base64
from email.mime.nonmultipart import MIMENonMultipart

# (subtype, test) pairs: the formats recognized from the first bytes of the data.
_SIGNATURES = [
    ('x-aiff', lambda head: head[:4] == b'FORM' and head[8:12] in (b'AIFC', b'AIFF')),
    ('basic', lambda head: head[:4] == b'.snd'),
    ('x-wav', lambda head: head[:4] == b'RIFF' and head[8:16] == b'WAVEfmt '),
]


def _guess_subtype(data):
    """The audio subtype of AIFF, Sun .au and WAV data, or None."""
    head = data[:512]
    for subtype, matches in _SIGNATURES:
        if matches(head):
            return subtype
    return None


class MIMEAudio(MIMENonMultipart):
    """An audio/_subtype message holding the bytes `_audiodata`, encoded by `_encoder`
    (base64 by default). Without `_subtype`, it is recognized from the data (AIFF, au, WAV),
    TypeError otherwise."""

    def __init__(self, _audiodata, _subtype=None, _encoder=encode_base64, *,
                 policy=None, **_params):
        subtype = _guess_subtype(_audiodata) if _subtype is None else _subtype
        if subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        super().__init__('audio', subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
