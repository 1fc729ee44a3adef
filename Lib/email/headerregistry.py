"""Header objects for the modern policies.

Under EmailPolicy a header value is a str subclass: the string is the decoded value, and
attributes give what was parsed out of it (the addresses of an address header, the
datetime of a date header, the type and parameters of Content-Type, ...).  HeaderRegistry
makes them: for a header name it builds a class out of a specialized class (the ones
below) and a base class (BaseHeader), and calls it with the name and the value.

Address and Group are the parts of address headers; they may also be assigned to a
message directly, as in  msg['To'] = Address('Jane', 'jane', 'example.com').
"""

from types import MappingProxyType as _FrozenView

from email import _header_value_parser as _hvp
from email import errors as _errors
from email import utils as _utils


def _clean(text):
    """`text` with undecodable bytes (surrogate escapes) shown as U+FFFD."""
    if _utils._has_surrogates(text):
        return _utils._sanitize(text)
    return text


def _quoted_if(text, specials):
    """`text` as a quoted-string when it holds one of `specials` (None stays None)."""
    if text is None or specials.isdisjoint(text):
        return text
    return _hvp.quote_string(text)


def _reader(name, fetch, doc=None):
    """A read-only property called `name` whose value is fetch(self)."""
    def get(self):
        return fetch(self)
    get.__name__ = get.__qualname__ = name
    get.__doc__ = doc
    return property(get)


def _equal_by(left, right, kind, fields):
    # Shared by Address and Group: equal when every field is.
    if not isinstance(right, kind):
        return NotImplemented
    return all(getattr(left, f) == getattr(right, f) for f in fields)


# -- Addresses ----------------------------------------------------------------------------

_ADDRESS_FIELDS = ('display_name', 'username', 'domain')


class Address:
    """One mailbox: a display name and an addr-spec (username@domain).  Give either the
    username and the domain, or the whole addr_spec (which then gets parsed)."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        for part in (display_name, username, domain, addr_spec):
            if part and ('\r' in part or '\n' in part):
                raise ValueError(
                    "invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError(
                    "addrspec specified when username and/or domain also specified")
            username, domain = _split_addr_spec(addr_spec)
        self._parts = (display_name, username, domain)

    display_name = _reader('display_name', lambda self: self._parts[0],
                           "The display name ('' when there is none).")
    username = _reader('username', lambda self: self._parts[1],
                       "The local part, without quoting.")
    domain = _reader('domain', lambda self: self._parts[2], "The domain.")

    def _spec(self):
        local = _quoted_if(self.username, _hvp.DOT_ATOM_ENDS)
        if self.domain:
            return '%s@%s' % (local, self.domain)
        return local or '<>'

    addr_spec = _reader('addr_spec', _spec,
                        "username@domain, the username quoted if it must be "
                        "('<>' for the null address).")

    def __repr__(self):
        return '%s(display_name=%r, username=%r, domain=%r)' % (
            (type(self).__name__,) + self._parts)

    def __str__(self):
        spec = self.addr_spec
        if not self.display_name:
            return spec
        shown = _quoted_if(self.display_name, _hvp.SPECIALS)
        return '%s <%s>' % (shown, '' if spec == '<>' else spec)

    def __eq__(self, other):
        return _equal_by(self, other, Address, _ADDRESS_FIELDS)

    __hash__ = None


def _split_addr_spec(text):
    """(username, domain) of an addr-spec; it must parse whole and without defect."""
    box, leftover, problems = _hvp.get_addr_spec(text)
    if leftover:
        raise ValueError("Invalid addr_spec; only '%s' could be parsed from '%s'"
                         % (box.addr_spec, text))
    if problems:
        raise problems[0]
    return box.local_part, box.domain


class Group:
    """A named list of addresses ('Friends: a@example.com, b@example.com;').  A group
    without a display name and with one address stands for that address."""

    def __init__(self, display_name=None, addresses=None):
        members = tuple(addresses) if addresses else ()
        self._parts = (display_name, members)

    display_name = _reader('display_name', lambda self: self._parts[0],
                           "The group's name (None for a lone address).")
    addresses = _reader('addresses', lambda self: self._parts[1],
                        "The Address objects of the group (a tuple).")

    def __repr__(self):
        # Without the closing parenthesis, as the reference implementation writes it.
        return '%s(display_name=%r, addresses=%r' % (
            (type(self).__name__,) + self._parts)

    def __str__(self):
        name, members = self._parts
        if name is None and len(members) == 1:
            return str(members[0])
        listed = ', '.join(map(str, members))
        return '%s:%s;' % (_quoted_if(name, _hvp.SPECIALS),
                           ' ' + listed if listed else '')

    def __eq__(self, other):
        return _equal_by(self, other, Group, ('display_name', 'addresses'))

    __hash__ = None


# -- The base of every header class ---------------------------------------------------------

class BaseHeader(str):
    """The str of a header object is its decoded value; `name` is its name and
    `defects` what was wrong with the value.

    The specialized class mixed in must have parse(value, kwds), a class method that
    stores into kwds 'decoded' (the string), 'parse_tree' (for folding), the defects
    found (appended to kwds['defects']) and any details of its own; init() receives all
    but 'decoded' and keeps them."""

    def __new__(cls, name, value):
        kwds = dict(defects=[])
        cls.parse(value, kwds)
        text = _clean(kwds.pop('decoded'))
        made = str.__new__(cls, text)
        made.init(name, **kwds)
        return made

    def init(self, name, *, parse_tree, defects, **details):
        """Keep the name, the parse tree, the defects and the details of a new
        header."""
        self._name = name
        self._tree = parse_tree
        self._defect_list = defects
        self._details = details

    name = _reader('name', lambda self: self._name, "The header's name, as given.")
    defects = _reader('defects', lambda self: tuple(self._defect_list),
                      "The defects found in the value (a tuple).")

    def __reduce__(self):
        # Pickled as: a class remade from the same bases, the plain string, the state.
        kind = type(self)
        return (_rebuild_header, (kind.__name__, kind.__bases__, str(self)),
                self.__dict__)

    def fold(self, *, policy):
        """'Name: value' folded for `policy` (at its max_line_length, non-ASCII text as
        encoded words unless policy.utf8), ending with its linesep."""
        return _hvp.fold_header(self.name, self._tree, policy)


def _rebuild_header(cls_name, bases, value):
    """Unpickling: the header class again, and an instance with the string value (the
    state is then restored by pickle)."""
    remade = type(cls_name, bases, {})
    return str.__new__(remade, value)


def _detail(key, doc=None):
    """A read-only property for the detail `key` that parse() found."""
    return _reader(key, lambda self: self._details[key], doc)


# -- The specialized classes ------------------------------------------------------------------

class _TreeHeader:
    """What most specialized classes share: parse() runs value_parser over the value;
    the decoded string is _text_of(tree) and the details are _details_of(tree)."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        tree, text, details = cls._interpret(value, kwds['defects'])
        kwds.update(details, parse_tree=tree, decoded=text)

    @classmethod
    def _interpret(cls, value, defects):
        tree = cls.value_parser(value)
        defects.extend(tree.all_defects)
        return tree, cls._text_of(tree), cls._details_of(tree)

    @staticmethod
    def _text_of(tree):
        return str(tree)

    @staticmethod
    def _details_of(tree):
        return {}


class UnstructuredHeader(_TreeHeader):
    """Free text (Subject, Comments, X-...): encoded words get decoded."""

    value_parser = staticmethod(_hvp.get_unstructured)

    @staticmethod
    def _text_of(tree):
        return _hvp._unstructured_text(tree)


class DateHeader(_TreeHeader):
    """A date: `datetime` is the value parsed (None when it does not parse).  A datetime
    may be given instead of a string; it gets written in RFC 5322 form."""

    value_parser = staticmethod(_hvp.get_unstructured)

    @classmethod
    def _interpret(cls, value, defects):
        if not value:
            defects.append(_errors.HeaderMissingRequiredValue())
            return _hvp.get_unstructured(''), '', {'datetime': None}
        moment = value
        if isinstance(value, str):
            try:
                moment = _utils.parsedate_to_datetime(value)
            except ValueError:
                defects.append(_errors.InvalidDateDefect('Invalid date value or format'))
                # The text stays as it is, but there is nothing to fold.
                return _hvp.get_unstructured(''), value, {'datetime': None}
        text = _utils.format_datetime(moment)
        return cls.value_parser(text), text, {'datetime': moment}

    datetime = _detail('datetime', "The datetime of the value (None if invalid).")


def _address_list_tree(value):
    tree, _rest = _hvp.get_address_list(value)
    return tree


def _group_from_parse(found):
    """A Group for a group (or lone mailbox) that the parser found."""
    members = [Address(box.display_name or '', box.local_part or '', box.domain or '')
               for box in found.mailboxes]
    return Group(found.display_name, members)


def _group_from_object(item):
    """A Group for a Group or Address given by a program (an Address on its own is a
    group without a name)."""
    return item if hasattr(item, 'addresses') else Group(None, [item])


class AddressHeader(_TreeHeader):
    """A list of addresses and groups (To, Cc, From, ...): `groups` holds Group objects,
    `addresses` every Address, those in groups included.  Address and Group objects
    (one, or a list of them) may be given instead of a string."""

    value_parser = staticmethod(_address_list_tree)

    @classmethod
    def _interpret(cls, value, defects):
        if isinstance(value, str):
            tree = cls.value_parser(value)
            defects.extend(tree.all_defects)
            groups = tuple(map(_group_from_parse, tree.groups))
        else:
            tree = None
            given = value if hasattr(value, '__iter__') else [value]
            groups = tuple(map(_group_from_object, given))
        text = ', '.join(str(group) for group in groups)
        if tree is None:
            tree = cls.value_parser(text)
        return tree, text, {'groups': groups}

    groups = _detail('groups', "The Group objects of the value (a tuple).")

    addresses = _reader(
        'addresses',
        lambda self: tuple(a for g in self._details['groups'] for a in g.addresses),
        "Every Address of the value (a tuple), those inside groups included.")


class SingleAddressHeader(AddressHeader):
    """An address header meant to hold one address (Sender): `address` is it."""

    def _only_address(self):
        found = self.addresses
        if len(found) != 1:
            raise ValueError("value of single address header %s is not a single address"
                             % self.name)
        return found[0]

    address = _reader('address', _only_address, "The one Address of the value.")


# The Unique variants: the same classes, but a message may hold one such header.
for _general in (UnstructuredHeader, DateHeader, AddressHeader, SingleAddressHeader):
    _unique = type('Unique' + _general.__name__, (_general,), {
        '__module__': __name__,
        '__doc__': 'Like %s, at most one per message.' % _general.__name__,
        'max_count': 1})
    globals()[_unique.__name__] = _unique
del _general, _unique


class MIMEVersionHeader(_TreeHeader):
    """MIME-Version: `version` is 'major.minor' (None when it does not parse), `major`
    and `minor` the numbers."""

    max_count = 1
    value_parser = staticmethod(_hvp.parse_mime_version)

    @staticmethod
    def _details_of(tree):
        major, minor = tree.major, tree.minor
        both = None if minor is None else '%s.%s' % (major, minor)
        return {'major': major, 'minor': minor, 'version': both}

    major = _detail('major')
    minor = _detail('minor')
    version = _detail('version')


class ParameterizedMIMEHeader(_TreeHeader):
    """A MIME header with parameters: `params` maps the parameter names to their
    decoded values (RFC 2231 continuations and charsets resolved)."""

    max_count = 1

    @classmethod
    def _details_of(cls, tree):
        found = {key: _clean(raw) for key, raw in tree.params if raw is not None}
        return dict(cls._own_details(tree), params=found)

    @staticmethod
    def _own_details(tree):
        return {}

    params = _reader('params', lambda self: _FrozenView(self._details['params']),
                     "The parameters, in a read-only mapping.")


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: `content_type` is 'maintype/subtype' (text/plain when invalid),
    with `maintype`, `subtype` and `params`."""

    value_parser = staticmethod(_hvp.parse_content_type_header)

    @staticmethod
    def _own_details(tree):
        return {'maintype': _clean(tree.maintype), 'subtype': _clean(tree.subtype)}

    maintype = _detail('maintype')
    subtype = _detail('subtype')
    content_type = _reader('content_type',
                           lambda self: self.maintype + '/' + self.subtype)


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: `content_disposition` ('inline', 'attachment', ...) and
    `params`."""

    value_parser = staticmethod(_hvp.parse_content_disposition_header)

    @staticmethod
    def _own_details(tree):
        kind = tree.content_disposition
        return {'content_disposition': kind if kind is None else _clean(kind)}

    content_disposition = _detail('content_disposition')


class ContentTransferEncodingHeader(_TreeHeader):
    """Content-Transfer-Encoding: `cte` is the encoding, lower-cased (7bit when
    missing)."""

    max_count = 1
    value_parser = staticmethod(_hvp.parse_content_transfer_encoding_header)

    @staticmethod
    def _details_of(tree):
        return {'cte': _clean(tree.cte)}

    cte = _detail('cte')


class MessageIDHeader(_TreeHeader):
    """Message-ID: one msg-id."""

    max_count = 1
    value_parser = staticmethod(_hvp.parse_message_id)


# -- The registry ---------------------------------------------------------------------------

# The headers RFC 5322 and 2045 define: (specialized class, their lower-cased names).
_STANDARD = (
    (UniqueUnstructuredHeader, 'subject'),
    (UniqueDateHeader, 'date orig-date'),
    (DateHeader, 'resent-date'),
    (UniqueSingleAddressHeader, 'sender'),
    (SingleAddressHeader, 'resent-sender'),
    (UniqueAddressHeader, 'to cc bcc from reply-to'),
    (AddressHeader, 'resent-to resent-cc resent-bcc resent-from'),
    (MIMEVersionHeader, 'mime-version'),
    (ContentTypeHeader, 'content-type'),
    (ContentDispositionHeader, 'content-disposition'),
    (ContentTransferEncodingHeader, 'content-transfer-encoding'),
    (MessageIDHeader, 'message-id'),
)


class HeaderRegistry:
    """A header factory: registry(name, value) gives a header object.  Its class mixes
    the specialized class registered for the name (default_class for the others) with
    base_class."""

    def __init__(self, base_class=BaseHeader,
                 default_class=UnstructuredHeader, use_default_map=True):
        self.registry = {}
        self.base_class, self.default_class = base_class, default_class
        for cls, names in _STANDARD if use_default_map else ():
            for key in names.split():
                self.registry[key] = cls

    def map_to_type(self, name, cls):
        """Use the specialized class `cls` for headers called `name` (any case)."""
        self.registry.update({name.lower(): cls})

    def __getitem__(self, name):
        special = self.registry.get(name.lower(), self.default_class)
        return type('_%s' % special.__name__, (special, self.base_class), {})

    def __call__(self, name, value):
        """A header object for `name` and `value` (a string, or what its class
        accepts instead: a datetime, Address or Group objects, ...)."""
        header_class = self[name]
        return header_class(name, value)
