"""The policy framework: Policy, the abstract base of every policy (a set of read-only
options that message objects, parsers and generators consult), and Compat32, the policy that
reproduces the behaviour of the email package of Python 3.2 and before (email.policy adds the
modern ones)."""

import abc

from email import charset as _charset
from email import header
from email.utils import _has_surrogates

__all__ = ['Policy', 'Compat32', 'compat32']


class _PolicyBase:
    """Read-only options given as keywords: each must be an attribute the class defines,
    and an instance is changed only by making a modified copy with clone() (or `+`)."""

    def __init__(self, **kw):
        for name, value in kw.items():
            self._check_option(name)
            object.__setattr__(self, name, value)

    def _check_option(self, name):
        if not hasattr(self, name):
            raise TypeError("{!r} is an invalid keyword argument for {}".format(
                name, type(self).__name__))

    def __repr__(self):
        options = ', '.join('{}={!r}'.format(name, value)
                            for name, value in self.__dict__.items())
        return "{}({})".format(type(self).__name__, options)

    def clone(self, **kw):
        """A copy of this policy with the given options changed."""
        copy = type(self).__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            self._check_option(name)
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            message = "{!r} object attribute {!r} is read-only"
        else:
            message = "{!r} object has no attribute {!r}"
        raise AttributeError(message.format(type(self).__name__, name))

    def __add__(self, other):
        """This policy with the options that `other` sets (other's win)."""
        return self.clone(**other.__dict__)


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """The options every policy has, and the methods through which messages store, fetch
    and write their headers.

    raise_on_defect: raise defects found while parsing instead of recording them.
    linesep: the line ending of generated output.
    cte_type: '8bit' (8-bit data may be written as is, in BytesGenerator) or '7bit'
        (everything must be ASCII; 8-bit data gets encoded).
    max_line_length: where headers are folded (0 or None: no folding).
    mangle_from_: whether generators write lines of bodies starting with 'From ' as
        '>From '.
    message_factory: the class parsers make messages of (None: email.message.Message).
    verify_generated_headers: refuse to write headers that would change the message's
        structure (see email.errors.HeaderWriteError).
    """

    linesep = '\n'
    max_line_length = 78
    cte_type = '8bit'
    raise_on_defect = False
    mangle_from_ = False
    verify_generated_headers = True
    message_factory = None

    def handle_defect(self, obj, defect):
        """Deal with a defect found in `obj` while parsing: raise it when
        raise_on_defect is set, else register_defect()."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        """Record `defect` on `obj` (by default in its `defects` list)."""
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers called `name` a message may have (None: no limit)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) from the lines of a header as parsed (line ends included)."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """The (name, value) to store when a program sets a header."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value a program gets for a stored header."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as text, folded, ending with linesep."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as bytes, folded, ending with linesep."""
        raise NotImplementedError


class Compat32(Policy):
    """The policy of the email package before Python 3.3: header values are str (or
    Header objects), folded by email.header."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        # Values read from bytes may hold undecodable bytes (surrogate escapes): a Header
        # in the unknown-8bit charset shows them.
        if isinstance(value, str) and _has_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        """The name is what precedes the first colon; the value is the rest, without the
        blanks that follow the colon and the final line end (inner line ends stay)."""
        name, first = sourcelines[0].split(':', 1)
        value = first.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        """Stored as given."""
        return (name, value)

    def header_fetch_parse(self, name, value):
        """As stored, except that a str holding undecodable bytes becomes a Header."""
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        """'Name: value' folded by email.header (undecodable bytes as encoded words)."""
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        """Like fold(), but undecodable bytes are written back as they were unless
        cte_type is '7bit'."""
        text = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return text.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        pieces = ['%s: ' % name]
        if not isinstance(value, str):
            folding = value
        elif not _has_surrogates(value):
            folding = header.Header(value, header_name=name)
        elif sanitize:
            folding = header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
        else:
            # Written back byte for byte, unfolded.
            pieces.append(value)
            folding = None
        if folding is not None:
            width = self.max_line_length if self.max_line_length is not None else 0
            pieces.append(folding.encode(linesep=self.linesep, maxlinelen=width))
        pieces.append(self.linesep)
        return ''.join(pieces)


compat32 = Compat32()
