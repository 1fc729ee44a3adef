"""Policies: the options that control how email parses, represents and writes messages.

compat32 reproduces the behaviour of Python 3.2's email package; the others are instances of
EmailPolicy, whose headers are objects of email.headerregistry and whose messages are
EmailMessage: default, SMTP (lines end with CRLF), SMTPUTF8 (UTF-8 headers allowed), HTTP
(no folding) and strict (defects raise)."""

import re
import sys

from email._policybase import Compat32, Policy, _PolicyBase, compat32
from email.contentmanager import raw_data_manager
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.utils import _has_surrogates

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP',
           'HTTP']

# Any line end; header values may not hold them.
_LINE_END = re.compile(r'\r\n|\r|\n')


class EmailPolicy(Policy):
    """The policy of the modern API (RFC 5322, 2045-2047, 2231 and 6532).

    utf8: headers may hold UTF-8 text as it is (RFC 6532) instead of encoded words.
    refold_source: which headers read from a source get refolded when written:
        'none', 'long' (those with a line longer than max_line_length; the default) or
        'all'.
    header_factory: makes the header objects, called with (name, value)
        (default: a HeaderRegistry).
    content_manager: what get_content() and set_content() of messages use
        (default: raw_data_manager).
    """

    content_manager = raw_data_manager
    header_factory = HeaderRegistry()
    message_factory = EmailMessage
    refold_source = 'long'
    utf8 = False

    def __init__(self, **kw):
        # Each policy with default options gets a registry of its own.
        if 'header_factory' not in kw:
            object.__setattr__(self, 'header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        """The max_count of the header class for `name` (1 for Subject, To, ...)."""
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        """(name, value) of parsed lines: the value is the text after the colon without
        its leading blanks and final line end, inner line ends kept (the header object
        is made when the value is fetched)."""
        name, first = sourcelines[0].split(':', 1)
        value = first.lstrip(' \t') + ''.join(sourcelines[1:])
        return name, value.rstrip('\r\n')

    def header_store_parse(self, name, value):
        """A header object for the value a program sets (a header object of the same
        name is stored as it is). ValueError for a str holding a line end."""
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return name, value
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return name, self.header_factory(name, value)

    def header_fetch_parse(self, name, value):
        """The header object of a stored value (a str read from a source is unfolded
        and parsed)."""
        if hasattr(value, 'name'):
            return value
        return self.header_factory(name, ''.join(_LINE_END.split(value)))

    def fold(self, name, value):
        """The header folded for output as text (undecodable bytes as encoded words)."""
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        """The header folded for output as bytes: with cte_type '8bit', source values
        are written back unfolded, undecodable bytes included; with '7bit' every
        non-ASCII text is encoded."""
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        codec = 'utf-8' if self.utf8 else 'ascii'
        return folded.encode(codec, 'surrogateescape')

    def _fold(self, name, value, refold_binary):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        if self._refolds(name, value) or refold_binary and _has_surrogates(value):
            lines = value.splitlines()
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(value.splitlines()) + self.linesep

    def _refolds(self, name, value):
        """Whether a header read from a source is refolded."""
        if self.refold_source == 'all':
            return True
        if self.refold_source != 'long':
            return False
        width = self.max_line_length or sys.maxsize
        lines = value.splitlines()
        if not lines:
            return False
        return (len(name) + 2 + len(lines[0]) > width
                or any(len(line) > width for line in lines[1:]))


default = EmailPolicy()
# default and the policies cloned from it share the class's registry (EmailPolicy()
# made by a program gets one of its own).
del default.header_factory
SMTP = default.clone(linesep='\r\n')
SMTPUTF8 = SMTP.clone(utf8=True)
HTTP = SMTP.clone(max_line_length=None)
strict = default.clone(raise_on_defect=True)
