"""Header objects for the modern policies.

A header value under EmailPolicy is a str subclass that holds the decoded value and the
meaning parsed out of it: the addresses of an address header, the datetime of a date
header, the type and parameters of Content-Type. HeaderRegistry makes them: it picks the
class for a header name, mixing a specialized class (AddressHeader, DateHeader, ...) with
a base class (BaseHeader), and calls it with the name and the value.

Address and Group are the parts of address headers; they can also be given to a message
directly, as in  msg['To'] = Address('Jane', 'jane', 'example.com').
"""

from types import MappingProxyType

from email import _header_value_parser as parser
from email import errors, utils

__all__ = ['Address', 'Group', 'HeaderRegistry', 'BaseHeader', 'UnstructuredHeader',
           'UniqueUnstructuredHeader', 'DateHeader', 'UniqueDateHeader', 'AddressHeader',
           'UniqueAddressHeader', 'SingleAddressHeader', 'UniqueSingleAddressHeader',
           'MIMEVersionHeader', 'ParameterizedMIMEHeader', 'ContentTypeHeader',
           'ContentDispositionHeader', 'ContentTransferEncodingHeader', 'MessageIDHeader']


# -- Addresses ------------------------------------------------------------------------------

class Address:
    """One mailbox: a display name and an addr-spec (username@domain). Give either the
    username and domain or the whole addr_spec (which is then parsed)."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        given = ''.join(part for part in (display_name, username, domain, addr_spec) if part)
        if '\r' in given or '\n' in given:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            parsed, rest, defects = parser.get_addr_spec(addr_spec)
            if rest:
                raise ValueError("Invalid addr_spec; only '{}' could be parsed "
                                 "from '{}'".format(parsed.addr_spec, addr_spec))
            if defects:
                raise defects[0]
            username, domain = parsed.local_part, parsed.domain
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name,
                            doc="The display name ('' when there is none).")
    username = property(lambda self: self._username,
                        doc="The local part, unquoted.")
    domain = property(lambda self: self._domain, doc="The domain.")

    @property
    def addr_spec(self):
        """username@domain, the username quoted when it needs to be ('<>' for the null
        address)."""
        local = self.username
        if not parser.DOT_ATOM_ENDS.isdisjoint(local):
            local = parser.quote_string(local)
        if self.domain:
            return local + '@' + self.domain
        return local or '<>'

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            type(self).__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if not name:
            return self.addr_spec
        if not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        spec = '' if self.addr_spec == '<>' else self.addr_spec
        return '{} <{}>'.format(name, spec)

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return ((self.display_name, self.username, self.domain)
                == (other.display_name, other.username, other.domain))

    __hash__ = None


class Group:
    """A named list of addresses ('Friends: a@example.com, b@example.com;'). A group
    without display name stands for its single address."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else ()

    display_name = property(lambda self: self._display_name,
                            doc="The group's name (None for a lone address).")
    addresses = property(lambda self: self._addresses,
                         doc="The Address objects of the group (a tuple).")

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            type(self).__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        members = ', '.join(str(address) for address in self.addresses)
        return '{}:{};'.format(name, ' ' + members if members else '')

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name, self.addresses) == (other.display_name, other.addresses)

    __hash__ = None


# -- The base of every header class ----------------------------------------------------------

def _detail(name, doc=None):
    """A read-only property for the detail `name` that init() stored."""
    return property(lambda self: getattr(self, '_' + name), doc=doc)


class BaseHeader(str):
    """The str part of a header object is its decoded value; `name` is its name and
    `defects` what was wrong in the value. The specialized classes mixed in provide
    parse(value, kwds), a class method that fills in kwds['decoded'] (the string value),
    kwds['parse_tree'], kwds['defects'] and any details of their own, which init()
    keeps for their properties."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        text = kwds.pop('decoded')
        if utils._has_surrogates(text):
            # Undecodable bytes are shown as replacement characters.
            text = utils._sanitize(text)
        header = str.__new__(cls, text)
        header.init(name, **kwds)
        return header

    def init(self, name, *, parse_tree, defects, **details):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects
        for key, value in details.items():
            setattr(self, '_' + key, value)

    name = _detail('name', "The header's name, as given.")

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        # Pickled as the (re-made) header class and the plain string value.
        return (_reconstruct_header,
                (type(self).__name__, type(self).__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """The header as 'Name: value' lines for `policy` (folded at its
        max_line_length, non-ASCII text as encoded words unless policy.utf8), ending with
        its linesep."""
        return parser.fold_header(self.name, self._parse_tree, policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


def _keep(kwds, tree, decoded=None):
    """Record a parse tree, its defects and the decoded value (default: the tree's
    text) in the keywords of a header being made."""
    kwds['parse_tree'] = tree
    kwds['decoded'] = str(tree) if decoded is None else decoded
    kwds['defects'].extend(tree.all_defects)


# -- The specialized classes ----------------------------------------------------------------

class UnstructuredHeader:
    """Free text (Subject, Comments, X-...): encoded words are decoded."""

    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        _keep(kwds, tree, parser._unstructured_text(tree))


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: `datetime` is the parsed value (None when it does not parse); a
    datetime may be given instead of a string, and is written in RFC 5322 form."""

    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        moment, text, problem = _read_date(value)
        if problem is not None:
            kwds['defects'].append(problem)
        kwds['datetime'] = moment
        kwds['decoded'] = text
        kwds['parse_tree'] = cls.value_parser(text)

    datetime = _detail('datetime', "The datetime of the value (None if invalid).")


def _read_date(value):
    """(datetime or None, the header's text, a defect or None) for a date value."""
    if not value:
        return None, '', errors.HeaderMissingRequiredValue()
    if not isinstance(value, str):
        return value, utils.format_datetime(value), None
    try:
        moment = utils.parsedate_to_datetime(value)
    except ValueError:
        return None, value, errors.InvalidDateDefect('Invalid date value or format')
    return moment, utils.format_datetime(moment), None


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """A list of addresses and groups (To, Cc, From, ...): `groups` are Group objects,
    `addresses` every Address, those of groups included. A list of Address and Group
    objects may be given instead of a string."""

    max_count = None

    @staticmethod
    def value_parser(value):
        tree, _ = parser.get_address_list(value)
        return tree

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            tree = cls.value_parser(value)
            groups = [_group_of(found) for found in tree.groups]
            kwds['defects'] = tree.all_defects
        else:
            # Address and Group objects: a lone Address is a group of its own.
            items = value if hasattr(value, '__iter__') else [value]
            groups = [item if hasattr(item, 'addresses') else Group(None, [item])
                      for item in items]
            tree = None
        kwds['groups'] = tuple(groups)
        kwds['decoded'] = ', '.join(map(str, groups))
        kwds['parse_tree'] = tree or cls.value_parser(kwds['decoded'])

    groups = _detail('groups', "The Group objects of the value (a tuple).")

    @property
    def addresses(self):
        """Every Address of the value (a tuple), those inside groups included."""
        return tuple(address for group in self._groups for address in group.addresses)


def _group_of(found):
    """A Group for a group the parser found."""
    members = [Address(box.display_name or '', box.local_part or '', box.domain or '')
               for box in found.mailboxes]
    return Group(found.display_name, members)


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    """An address header that holds one address (Sender): `address` is it."""

    @property
    def address(self):
        found = self.addresses
        if len(found) == 1:
            return found[0]
        raise ValueError(("value of single address header {} is not "
                          "a single address").format(self.name))


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    """MIME-Version: `version` is 'major.minor' (None when it does not parse),
    `major` and `minor` the numbers."""

    max_count = 1
    value_parser = staticmethod(parser.parse_mime_version)

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        _keep(kwds, tree)
        kwds.update(major=tree.major, minor=tree.minor, version=None)
        if tree.minor is not None:
            kwds['version'] = '%d.%d' % (tree.major, tree.minor)

    major = _detail('major')
    minor = _detail('minor')
    version = _detail('version')


class ParameterizedMIMEHeader:
    """A MIME header with parameters: `params` maps the lower-cased parameter names to
    their decoded values (RFC 2231 resolved)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        _keep(kwds, tree)
        kwds['params'] = {name: _shown(raw) for name, raw in tree.params
                          if raw is not None}
        kwds.update(cls._details(tree))

    @staticmethod
    def _details(tree):
        return {}

    @property
    def params(self):
        return MappingProxyType(self._params)


def _shown(text):
    """Undecodable bytes in a value as replacement characters."""
    return utils._sanitize(text) if utils._has_surrogates(text) else text


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: `content_type` ('maintype/subtype', text/plain when invalid),
    `maintype`, `subtype` and `params`."""

    value_parser = staticmethod(parser.parse_content_type_header)

    @staticmethod
    def _details(tree):
        return {'maintype': _shown(tree.maintype), 'subtype': _shown(tree.subtype)}

    maintype = _detail('maintype')
    subtype = _detail('subtype')

    @property
    def content_type(self):
        return '%s/%s' % (self.maintype, self.subtype)


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: `content_disposition` ('inline', 'attachment') and
    `params`."""

    value_parser = staticmethod(parser.parse_content_disposition_header)

    @staticmethod
    def _details(tree):
        found = tree.content_disposition
        return {'content_disposition': None if found is None else _shown(found)}

    content_disposition = _detail('content_disposition')


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: `cte` is the lower-cased encoding (7bit when
    missing)."""

    max_count = 1
    value_parser = staticmethod(parser.parse_content_transfer_encoding_header)

    @classmethod
    def parse(cls, value, kwds):
        tree = cls.value_parser(value)
        _keep(kwds, tree)
        kwds['cte'] = _shown(tree.cte)

    cte = _detail('cte')


class MessageIDHeader:
    """Message-ID: one msg-id."""

    max_count = 1
    value_parser = staticmethod(parser.parse_message_id)

    @classmethod
    def parse(cls, value, kwds):
        _keep(kwds, cls.value_parser(value))


# The classes of the headers RFC 5322 and 2045 define, and the (lower-cased) names
# they are used for.
_STANDARD_HEADERS = {
    UniqueUnstructuredHeader: ['subject'],
    UniqueDateHeader: ['date', 'orig-date'],
    DateHeader: ['resent-date'],
    UniqueSingleAddressHeader: ['sender'],
    SingleAddressHeader: ['resent-sender'],
    UniqueAddressHeader: ['to', 'cc', 'bcc', 'from', 'reply-to'],
    AddressHeader: ['resent-to', 'resent-cc', 'resent-bcc', 'resent-from'],
    MIMEVersionHeader: ['mime-version'],
    ContentTypeHeader: ['content-type'],
    ContentDispositionHeader: ['content-disposition'],
    ContentTransferEncodingHeader: ['content-transfer-encoding'],
    MessageIDHeader: ['message-id'],
}


class HeaderRegistry:
    """Makes header objects: registry(name, value). The class for a name mixes the
    specialized class registered for it (default_class for the others) with
    base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.base_class = base_class
        self.default_class = default_class
        self.registry = {}
        if use_default_map:
            for cls, names in _STANDARD_HEADERS.items():
                self.registry.update(dict.fromkeys(names, cls))

    def map_to_type(self, name, cls):
        """Use `cls` (a specialized class) for headers called `name`."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        specialized = self.registry.get(name.lower(), self.default_class)
        return type('_' + specialized.__name__, (specialized, self.base_class), {})

    def __call__(self, name, value):
        """A header object for `name` and `value` (a string, or what the header class
        accepts: a datetime, Address objects, ...)."""
        return self[name](name, value)
