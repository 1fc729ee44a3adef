"""Policies: the options that control how email parses, represents and writes messages.

compat32 reproduces the behaviour of Python 3.2's email package; the others are instances of
EmailPolicy, whose headers are objects of email.headerregistry and whose messages are
EmailMessage: default, SMTP (lines end with CRLF), SMTPUTF8 (UTF-8 headers allowed), HTTP
(no folding) and strict (defects raise)."""

from email._policybase import Compat32, Policy, compat32

__all__ = ['Compat32', 'compat32', 'Policy']
