"""MIMEMultipart: multipart/* messages."""

__all__ = ['MIMEMultipart']

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    """A multipart/_subtype message holding the messages of `_subparts` (more can be added
    with attach()); `boundary` is chosen when the message is written unless given."""

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *, policy=None,
                 **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, policy=policy, **_params)
        # A multipart even before anything is attached.
        self._payload = []
        for part in _subparts or ():
            self.attach(part)
        if boundary:
            self.set_boundary(boundary)
