"""MIMEBase: the base of the classes that build MIME messages, which sets Content-Type and
MIME-Version."""

__all__ = ['MIMEBase']

import email.policy
from email import message


class MIMEBase(message.Message):
    """A message of type _maintype/_subtype; the keywords become Content-Type parameters
    (as with Message.add_header). The policy defaults to compat32."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = email.policy.compat32
        message.Message.__init__(self, policy=policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'
