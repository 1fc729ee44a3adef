"""MIMEAudio: audio/* messages, the subtype guessed from the data when not given."""

__all__ = ['MIMEAudio']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _what(data):
    """The audio subtype of AIFF, Sun .au and WAV data, or None."""
    head = data[:512]
    if head.startswith(b'FORM') and head[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    if head.startswith(b'.snd'):
        return 'basic'
    if head.startswith(b'RIFF') and head[8:12] == b'WAVE' and head[12:16] == b'fmt ':
        return 'x-wav'
    return None


class MIMEAudio(MIMENonMultipart):
    """An audio/_subtype message holding the bytes `_audiodata`, encoded by `_encoder`
    (base64 by default). Without `_subtype`, it is recognized from the data (AIFF, au, WAV),
    TypeError otherwise."""

    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_audiodata)
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
