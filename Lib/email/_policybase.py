"""The policy framework: Policy, the abstract base of every policy (a set of read-only
options that message objects, parsers and generators consult), and Compat32, the policy that
reproduces the behaviour of the email package of Python 3.2 and before (email.policy adds the
modern ones)."""

from abc import ABCMeta, abstractmethod

from email.charset import UNKNOWN8BIT
from email.header import Header
from email.utils import _has_surrogates

__all__ = ['Policy', 'Compat32', 'compat32']


class _PolicyBase:
    """Read-only options given as keywords: each must be an attribute the class defines,
    and an instance is changed only by making a modified copy with clone() (or `+`)."""

    def __init__(self, **options):
        self._set_options(options)

    def _set_options(self, options):
        # The only place options are written: __setattr__ refuses every assignment.
        for name, value in options.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, type(self).__name__))
            object.__setattr__(self, name, value)

    def __repr__(self):
        shown = ['%s=%r' % item for item in vars(self).items()]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def clone(self, **changes):
        """A copy of this policy with the given options changed."""
        twin = object.__new__(type(self))
        twin.__dict__.update(vars(self))
        twin._set_options(changes)
        return twin

    def __setattr__(self, name, value):
        kind = type(self).__name__
        if hasattr(self, name):
            raise AttributeError(f"{kind!r} object attribute {name!r} is read-only")
        raise AttributeError(f"{kind!r} object has no attribute {name!r}")

    def __add__(self, other):
        """This policy with the options that `other` sets (other's win)."""
        return self.clone(**vars(other))


class Policy(_PolicyBase, metaclass=ABCMeta):
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

    cte_type = '8bit'
    linesep = '\n'
    mangle_from_ = False
    max_line_length = 78
    message_factory = None
    raise_on_defect = False
    verify_generated_headers = True

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

    # What each concrete policy decides: how headers go from source lines or program
    # values to what a message stores, and back out.

    @abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) from the lines of a header as parsed (line ends included)."""

    @abstractmethod
    def header_store_parse(self, name, value):
        """The (name, value) to store when a program sets a header."""

    @abstractmethod
    def header_fetch_parse(self, name, value):
        """The value a program gets for a stored header."""

    @abstractmethod
    def fold(self, name, value):
        """The header as text, folded, ending with linesep."""

    @abstractmethod
    def fold_binary(self, name, value):
        """The header as bytes, folded, ending with linesep."""


class Compat32(Policy):
    """The policy of the email package before Python 3.3: header values are str (or
    Header objects), folded by email.header."""

    mangle_from_ = True

    def header_source_parse(self, sourcelines):
        """The name is what precedes the first colon; the value is the rest, without the
        blanks that follow the colon and the final line end (inner line ends stay)."""
        name, first = sourcelines[0].split(':', 1)
        value = first.lstrip(' \t') + ''.join(sourcelines[1:])
        return name, value.rstrip('\r\n')

    def header_store_parse(self, name, value):
        """Stored as given."""
        return name, value

    def header_fetch_parse(self, name, value):
        """As stored, except that a str holding undecodable bytes becomes a Header."""
        if isinstance(value, str) and _has_surrogates(value):
            # Read from bytes that did not decode: a Header in the unknown-8bit charset
            # shows them.
            return self._as_header(name, value)
        return value

    def fold(self, name, value):
        """'Name: value' folded by email.header (undecodable bytes as encoded words)."""
        return self._folded(name, value, raw_8bit=False)

    def fold_binary(self, name, value):
        """Like fold(), but undecodable bytes are written back as they were unless
        cte_type is '7bit'."""
        text = self._folded(name, value, raw_8bit=self.cte_type != '7bit')
        return text.encode('ascii', 'surrogateescape')

    def _folded(self, name, value, raw_8bit):
        if raw_8bit and isinstance(value, str) and _has_surrogates(value):
            # Written back byte for byte, unfolded.
            body = value
        else:
            body = self._as_header(name, value).encode(
                linesep=self.linesep, maxlinelen=self.max_line_length or 0)
        return '%s: %s%s' % (name, body, self.linesep)

    @staticmethod
    def _as_header(name, value):
        """`value` as a Header object that folds it (undecodable bytes as unknown-8bit)."""
        if not isinstance(value, str):
            return value
        if _has_surrogates(value):
            return Header(value, charset=UNKNOWN8BIT, header_name=name)
        return Header(value, header_name=name)


compat32 = Compat32()
