"""Policies: the options that control how email parses, represents and writes messages.

compat32 reproduces the behaviour of Python 3.2's email package; the others are instances of
EmailPolicy, whose headers are objects of email.headerregistry and whose messages are
EmailMessage: default, SMTP (lines end with CRLF), SMTPUTF8 (UTF-8 headers allowed), HTTP
(no folding) and strict (defects raise)."""

import re
import sys

from email import utils as _utils
from email._policybase import Policy, Compat32, compat32, _PolicyBase
from email.contentmanager import raw_data_manager as _raw_manager
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage as _EmailMessage

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP',
           'HTTP']

# Header values arrive folded with any of these line ends; unfolding drops them.
_BREAK = re.compile(r'\r\n|\r|\n')

_NO_LINE_ENDS = ("Header values may not contain linefeed or carriage return "
                 "characters")


def _is_header_object(value):
    # Objects made by a header factory carry their name; plain strings do not.
    return hasattr(value, 'name')


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

    utf8 = False
    refold_source = 'long'
    message_factory = _EmailMessage
    content_manager = _raw_manager
    header_factory = HeaderRegistry()

    def __init__(self, **kw):
        # A policy made without a factory of its own gets a fresh registry, so that
        # registering classes on it leaves other policies alone.
        if 'header_factory' not in kw:
            kw = {'header_factory': HeaderRegistry(), **kw}
        Policy.__init__(self, **kw)

    def header_max_count(self, name):
        """How many `name` headers a message may hold, as its header class says."""
        cls = self.header_factory[name]
        return cls.max_count

    def header_source_parse(self, sourcelines):
        """Split the raw lines of one header into (name, value); the value loses the
        blanks after the colon and the final line end but keeps its inner folds."""
        raw = ''.join(sourcelines)
        name, _colon, rest = raw.partition(':')
        return name, rest.lstrip(' \t').rstrip('\r\n')

    def header_store_parse(self, name, value):
        """Turn what a program assigns into the stored (name, header object); a header
        object already carrying this name is kept as it is."""
        if _is_header_object(value):
            if value.name.lower() == name.lower():
                return name, value
        elif isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError(_NO_LINE_ENDS)
        made = self.header_factory(name, value)
        return name, made

    def header_fetch_parse(self, name, value):
        """The header object for a stored value; source text is unfolded first."""
        if _is_header_object(value):
            return value
        return self.header_factory(name, _BREAK.sub('', value))

    def fold(self, name, value):
        """Render the header as text, folded, undecodable bytes turned into
        encoded words."""
        return self._render(name, value, True)

    def fold_binary(self, name, value):
        """Render the header as bytes.  Under cte_type '8bit' text read from a source
        goes back unchanged, raw bytes included; under '7bit' it is re-encoded."""
        text = self._render(name, value, self.cte_type == '7bit')
        charset = 'utf-8' if self.utf8 else 'ascii'
        return text.encode(charset, 'surrogateescape')

    def _render(self, name, value, encode_bytes):
        if _is_header_object(value):
            return value.fold(policy=self)
        pieces = value.splitlines()
        # Refolding (which encodes what needs it) happens when refold_source asks
        # for it, for non-ASCII text a non-utf8 policy can't write as it is, and for
        # undecodable bytes the caller wants encoded.
        if (self._too_long(name, pieces)
                or not (self.utf8 or value.isascii())
                or encode_bytes and _utils._has_surrogates(value)):
            header = self.header_factory(name, ''.join(pieces))
            return header.fold(policy=self)
        body = self.linesep.join(pieces)
        return '%s: %s%s' % (name, body, self.linesep)

    def _too_long(self, name, pieces):
        """Whether refold_source asks for a source header to be folded anew."""
        mode = self.refold_source
        if mode == 'all':
            return True
        if mode != 'long' or not pieces:
            return False
        limit = self.max_line_length or sys.maxsize
        widths = [len(name) + 2 + len(pieces[0])]
        widths.extend(len(piece) for piece in pieces[1:])
        return max(widths) > limit


default = EmailPolicy()
# default and its clones use the registry of the class instead of one of their own
# (an EmailPolicy() made by a program gets a fresh one).
vars(default).pop('header_factory')

# The other instances, each a clone of an earlier one with some options changed.
for _name, _base, _changes in (
        ('SMTP', 'default', {'linesep': '\r\n'}),
        ('SMTPUTF8', 'SMTP', {'utf8': True}),
        ('HTTP', 'SMTP', {'max_line_length': None}),
        ('strict', 'default', {'raise_on_defect': True})):
    globals()[_name] = globals()[_base].clone(**_changes)
del _name, _base, _changes
