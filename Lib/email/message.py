"""Message objects: Message, the tree of headers and payloads of a (MIME) message as the
compat32 policy sees it, and EmailMessage / MIMEPart, its counterparts for the modern
policies (content managers, get_body(), iter_attachments() and the like)."""

__all__ = ['Message', 'EmailMessage']

import binascii
import io
import quopri
import re

from email import _encoded_words, errors, utils
from email._policybase import compat32
from email.charset import Charset

# What separates the parameters of a header value.
_PARAM_SEP = '; '

# A parameter value holding one of these must be quoted (RFC 2045's tspecials, and space).
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')

# The names Content-Transfer-Encoding gives uuencoded bodies.
_UU_NAMES = ('x-uuencode', 'uuencode', 'uue', 'x-uue')

# A default that no caller can pass.
_ABSENT = object()


def _split_value(header_value):
    """(value, parameters) of a header: split at the first ';' (parameters None when
    there is none)."""
    value, semicolon, rest = str(header_value).partition(';')
    return value.strip(), (rest.strip() if semicolon else None)


def _param_text(name, value=None, quote=True):
    """'name=value' for a header: quoted when `quote` is true or the value needs it, in
    RFC 2231 form when the value is a (charset, language, text) triple or is not ASCII;
    the bare name when there is no value."""
    if not value:
        return name
    if not isinstance(value, tuple) and not value.isascii():
        value = ('utf-8', '', value)
    if isinstance(value, tuple):
        charset, language, text = value
        return '%s*=%s' % (name, utils.encode_rfc2231(text, charset, language))
    if quote or tspecials.search(value):
        value = '"%s"' % utils.quote(value)
    return name + '=' + value


def _param_items(header_value):
    """The ';'-separated items of a header value, the first being the value itself; a
    ';' inside a quoted string does not separate. Parameter names are lower-cased and the
    blanks around '=' dropped."""
    items = []
    rest = str(header_value)
    while True:
        end = rest.find(';')
        # Skip the semicolons inside quotes (counting escaped quotes out).
        while end > 0 and (rest.count('"', 0, end) - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        item = rest if end < 0 else rest[:end]
        if '=' in item:
            name, _, value = item.partition('=')
            item = name.strip().lower() + '=' + value.strip()
        items.append(item.strip())
        if end < 0:
            return items
        rest = rest[end + 1:]


def _join_params(pieces):
    """The formatted parameters joined with '; ' (empty ones before the first real one
    dropped)."""
    while pieces and not pieces[0]:
        pieces = pieces[1:]
    return _PARAM_SEP.join(pieces)


def _unquoted(value):
    """A parameter value without its quotes (the text of an RFC 2231 triple)."""
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


_UU_BEGIN = re.compile(rb'begin ([0-7]+)(?: |$)')


def _uudecode(data):
    """The data of a uuencoded body ('begin <mode> <name>' ... 'end'); ValueError when
    there is no begin line or the data stops before 'end'."""
    lines = iter(data.splitlines())
    if not any(_UU_BEGIN.match(line) for line in lines):
        raise ValueError("`begin` line not found")
    decoded = bytearray()
    for line in lines:
        if not line:
            raise ValueError("Truncated input")
        if line.strip(b' \t\r\n\f') == b'end':
            break
        decoded += _uu_line(line)
    return bytes(decoded)


def _uu_line(line):
    try:
        return binascii.a2b_uu(line)
    except binascii.Error:
        # Some encoders pad lines with garbage: keep what the length byte announces.
        wanted = (((line[0] - 32) & 63) * 4 + 5) // 3
        return binascii.a2b_uu(line[:wanted])


class Message:
    """A message: headers (an ordered list of (name, value) where names may repeat and
    compare without case) and a payload, which is a string (or bytes kept as surrogate
    escapes) for a plain message and a list of Message objects for a multipart.

    Used as a mapping, it gives access to the headers: msg['Subject'] is the first one of
    that name (None when missing), assigning adds one more (it never replaces), and del
    removes them all."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._payload = None
        self._charset = None
        self._unixfrom = None
        # For multiparts: the text before the first boundary and after the last one.
        self.preamble = None
        self.epilogue = None
        self.defects = []
        # What a part without Content-Type is (message/rfc822 inside multipart/digest).
        self._default_type = 'text/plain'

    # -- Writing the message out --

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text, written by email.generator.Generator (headers not
        folded unless `maxheaderlen` is given; `policy` overrides the message's)."""
        from email import generator
        return self._written(generator.Generator, io.StringIO(), unixfrom,
                             policy, maxheaderlen=maxheaderlen)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message as bytes, written by email.generator.BytesGenerator."""
        from email import generator
        return self._written(generator.BytesGenerator, io.BytesIO(), unixfrom, policy)

    def _written(self, writer_class, buffer, unixfrom, policy, **options):
        writer = writer_class(buffer, mangle_from_=False, **options,
                              policy=self.policy if policy is None else policy)
        writer.flatten(self, unixfrom=unixfrom)
        return buffer.getvalue()

    def is_multipart(self):
        """True when the payload is a list of sub-messages."""
        return isinstance(self._payload, list)

    # -- The Unix envelope line ('From sender date') --

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # -- The payload --

    def attach(self, payload):
        """Add a sub-message to a multipart (or start one when there is no payload)."""
        if self.is_multipart():
            self._payload.append(payload)
        elif self._payload is None:
            self._payload = [payload]
        else:
            raise TypeError("Attach is not valid on a message with a "
                            "non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The body: for a multipart the list of parts (or part `i`); otherwise the
        string. With `decode`, a non-multipart body comes back as bytes with its
        Content-Transfer-Encoding (quoted-printable, base64, uuencode) undone; a multipart
        then gives None."""
        body = self._payload
        if self.is_multipart():
            if decode:
                return None
            return body if i is None else body[i]
        if i is not None:
            raise TypeError('Expected list, got %s' % type(body))
        if decode:
            return self._decoded_payload(body)
        return self._readable_payload(body)

    def _decoded_payload(self, body):
        """The bytes of a non-multipart body, its transfer encoding undone (bodies that do
        not decode come back as they are)."""
        raw = body
        if isinstance(body, str):
            try:
                raw = body.encode('ascii', 'surrogateescape')
            except UnicodeEncodeError:
                # Text that was never bytes (not RFC compliant): keep every character.
                raw = body.encode('raw-unicode-escape')
        # The header may be a Header object: compare its text.
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if cte == 'quoted-printable':
            return quopri.decodestring(raw)
        if cte == 'base64':
            data, defects = _encoded_words.decode_b(b''.join(raw.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return data
        if cte in _UU_NAMES:
            try:
                return _uudecode(raw)
            except ValueError:
                pass
        return raw

    def _readable_payload(self, text):
        """A text read from bytes, with the undecodable bytes decoded in the part's
        charset (ASCII by default) so that it can be shown."""
        if not isinstance(text, str) or not utils._has_surrogates(text):
            return text
        try:
            data = text.encode('ascii', 'surrogateescape')
        except UnicodeEncodeError:
            return text
        try:
            return data.decode(self.get_content_charset('ascii'), 'replace')
        except LookupError:
            return data.decode('ascii', 'replace')

    def set_payload(self, payload, charset=None):
        """Make `payload` the payload. Bytes are kept as ASCII text with surrogate
        escapes; with a `charset`, a str is first encoded in it and set_charset() runs."""
        charset = _as_charset(charset)
        if charset is not None and hasattr(payload, 'encode'):
            payload = payload.encode(charset.output_charset, 'surrogateescape')
        if hasattr(payload, 'decode'):
            payload = payload.decode('ascii', 'surrogateescape')
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Declare the payload's charset: adds MIME-Version, the charset parameter of
        Content-Type (text/plain if there is none) and, when missing, a
        Content-Transfer-Encoding, encoding the payload accordingly. None removes the
        charset parameter."""
        charset = _as_charset(charset)
        self._charset = charset
        if charset is None:
            self.del_param('charset')
            return
        output = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', output)
        else:
            self.add_header('Content-Type', 'text/plain', charset=output)
        if charset != output:
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            self._encode_body(charset)

    def _encode_body(self, charset):
        """Encode the payload with the charset's body encoding, adding the header that
        names it."""
        encoding = charset.get_body_encoding()
        if callable(encoding):
            # encode_7or8bit: it looks at the payload and sets the header itself.
            encoding(self)
            return
        # A str payload is encoded as bytes first (undecodable bytes restored).
        data = self._payload
        if data:
            try:
                data = data.encode('ascii', 'surrogateescape')
            except UnicodeError:
                data = data.encode(charset.output_charset)
        self._payload = charset.body_encode(data)
        self.add_header('Content-Transfer-Encoding', encoding)

    def get_charset(self):
        """The Charset given to set_charset() (None otherwise)."""
        return self._charset

    # -- The headers, as a mapping --

    def _named(self, name):
        """The (index, stored name, stored value) of the headers called `name`."""
        wanted = name.lower()
        return [(index, key, value) for index, (key, value) in enumerate(self._headers)
                if key.lower() == wanted]

    def _fetch(self, key, value):
        return self.policy.header_fetch_parse(key, value)

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (existing ones of that name stay). A policy may limit how many a
        message has, raising ValueError."""
        limit = self.policy.header_max_count(name)
        if limit and len(self._named(name)) >= limit:
            raise ValueError("There may be at most {} {} headers "
                             "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header called `name` (no error when there is none)."""
        doomed = {index for index, _, _ in self._named(name)}
        self._headers = [pair for index, pair in enumerate(self._headers)
                         if index not in doomed]

    def __contains__(self, name):
        return bool(self._named(name))

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        """The header names, in order, repeated ones included."""
        return [key for key, _ in self._headers]

    def values(self):
        return [self._fetch(*pair) for pair in self._headers]

    def items(self):
        return [(pair[0], self._fetch(*pair)) for pair in self._headers]

    def get(self, name, failobj=None):
        """The first header called `name`, or `failobj`."""
        found = self._named(name)
        if not found:
            return failobj
        _, key, value = found[0]
        return self._fetch(key, value)

    def set_raw(self, name, value):
        """Store a header as given, bypassing the policy (the parser uses this)."""
        self._headers.append((name, value))

    def raw_items(self):
        """The (name, value) pairs as stored."""
        return iter(list(self._headers))

    def get_all(self, name, failobj=None):
        """Every header called `name`, or `failobj` when there is none."""
        found = [self._fetch(key, value) for _, key, value in self._named(name)]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: each keyword (its '_' written '-') becomes
        'name="value"', or the bare name when the value is None; a value may be a
        (charset, language, text) triple for RFC 2231 encoding.

            msg.add_header('Content-Disposition', 'attachment', filename='a.txt')
        """
        pieces = [] if _value is None else [_value]
        pieces += [_param_text(key.replace('_', '-'), value)
                   for key, value in _params.items()]
        self[_name] = _PARAM_SEP.join(pieces)

    def replace_header(self, _name, _value):
        """Replace the value of the first header called `_name`, in place (KeyError when
        there is none)."""
        found = self._named(_name)
        if not found:
            raise KeyError(_name.lower())
        index, key, _ = found[0]
        self._headers[index] = self.policy.header_store_parse(key, _value)

    # -- Content types and parameters --

    def get_content_type(self):
        """The lower-cased maintype/subtype of Content-Type; the default type when there is
        no such header, and text/plain when its value is not a valid type."""
        if 'content-type' not in self:
            return self.get_default_type()
        mime_type = _split_value(self.get('content-type'))[0].lower()
        return mime_type if mime_type.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().partition('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().partition('/')[2]

    def get_default_type(self):
        """The content type of this message when it has no Content-Type header."""
        return self._default_type

    def set_default_type(self, ctype):
        """Set the default type: 'text/plain' or 'message/rfc822' (not checked)."""
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        """The (name, value) parameters of a header, values still quoted, continuations
        joined; `failobj` when the header is missing."""
        if header not in self:
            return failobj
        pairs = []
        for item in _param_items(self.get(header)):
            name, _, value = item.partition('=')
            pairs.append((name.strip(), value.strip()))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's parameters as (name, value) pairs, the first being the value
        itself with ''; `failobj` when the header is missing. RFC 2231 values come as
        (charset, language, text) triples."""
        params = self._get_params_preserve(_ABSENT, header)
        if params is _ABSENT:
            return failobj
        return [(name, _unquoted(value)) for name, value in params] if unquote else params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """The value of parameter `param` of the header (case does not matter), or
        `failobj`. An RFC 2231 value is a (charset, language, text) triple: pass it to
        email.utils.collapse_rfc2231_value() for its text."""
        wanted = param.lower()
        for name, value in self._get_params_preserve((), header):
            if name.lower() == wanted:
                return _unquoted(value) if unquote else value
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set parameter `param` of the header (Content-Type becomes text/plain first if
        missing), replacing its old value. With `charset`, the value is written in RFC
        2231 form. The header is moved to the end unless `replace` is true."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        formatted = _param_text(param, value, requote)
        if self.get_param(param, header=header):
            pieces = [formatted if name.lower() == param.lower()
                      else _param_text(name, old, requote)
                      for name, old in self.get_params(header=header, unquote=requote)]
            new = _join_params(pieces)
        else:
            if header not in self and header.lower() == 'content-type':
                current = 'text/plain'
            else:
                current = self.get(header)
            new = _PARAM_SEP.join([current, formatted]) if current else formatted
        if new != self.get(header):
            self._rewrite(header, new, in_place=replace)

    def _rewrite(self, header, value, in_place):
        """Give `header` a new value, where it is or (the default) moved to the end."""
        if in_place:
            self.replace_header(header, value)
        else:
            del self[header]
            self[header] = value

    def del_param(self, param, header='content-type', requote=True):
        """Remove parameter `param` from the header (which moves to the end)."""
        if header not in self:
            return
        kept = [_param_text(name, value, requote)
                for name, value in self.get_params(header=header, unquote=requote)
                if name.lower() != param.lower()]
        new = _join_params(kept)
        if new != self.get(header):
            self._rewrite(header, new, in_place=False)

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the maintype/subtype of the header, keeping its parameters; setting
        Content-Type also sets MIME-Version: 1.0. ValueError when `type` is not of the form
        maintype/subtype."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            # Setting a MIME type makes this a MIME message.
            self._rewrite('MIME-Version', '1.0', in_place=False)
        # The first of the old parameters was the old type.
        kept = (self.get_params(header=header, unquote=requote) or [])[1:]
        self._rewrite(header, type, in_place=False)
        for name, value in kept:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (else the name parameter of
        Content-Type), decoded and stripped; `failobj` when there is neither."""
        value = self.get_param('filename', _ABSENT, 'content-disposition')
        if value is _ABSENT:
            value = self.get_param('name', _ABSENT, 'content-type')
        if value is _ABSENT:
            return failobj
        return utils.collapse_rfc2231_value(value).strip()

    def get_boundary(self, failobj=None):
        """The boundary parameter of Content-Type, or `failobj`."""
        value = self.get_param('boundary', _ABSENT)
        if value is _ABSENT:
            return failobj
        return utils.collapse_rfc2231_value(value).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter of Content-Type in place (the header keeps its
        position and other parameters). HeaderParseError when there is no Content-Type."""
        params = self._get_params_preserve(None, 'content-type')
        if params is None:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        replaced = [('boundary', quoted) if name.lower() == 'boundary' else (name, value)
                    for name, value in params]
        if not any(name.lower() == 'boundary' for name, _ in params):
            replaced.append(('boundary', quoted))
        text = _PARAM_SEP.join(name if value == '' else '%s=%s' % (name, value)
                               for name, value in replaced)
        for index, key, _ in self._named('content-type'):
            self._headers[index] = self.policy.header_store_parse(key, text)

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type, lower-cased; `failobj` when it is
        missing or not ASCII."""
        charset = self.get_param('charset', _ABSENT)
        if isinstance(charset, tuple):
            charset = _rfc2231_text(charset)
        if charset is _ABSENT or not charset.isascii():
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """The content charset of every part (walk() order), `failobj` for those without
        one."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """The lower-cased value of Content-Disposition without its parameters ('inline',
        'attachment'), or None."""
        value = self.get('content-disposition')
        return None if value is None else _split_value(value)[0].lower()

    from email.iterators import walk


def _as_charset(charset):
    """A Charset for a charset name (None and Charset objects as they are)."""
    if charset is None or isinstance(charset, Charset):
        return charset
    return Charset(charset)


def _rfc2231_text(triple):
    """The text of an RFC 2231 (charset, language, text) value, decoded in its charset
    when it can be."""
    charset, _, text = triple
    try:
        return str(text.encode('raw-unicode-escape'), charset or 'us-ascii')
    except (LookupError, UnicodeError):
        return text


# -- The modern API -------------------------------------------------------------------------

# The parts get_body() may choose and iter_attachments() passes over (when they are not
# attachments themselves).
_BODY_TYPES = {'text/plain', 'text/html', 'multipart/related', 'multipart/alternative'}

# What each make_<subtype>() may not convert from (beyond the subtype itself).
_NOT_CONVERTIBLE = {'related': ('alternative', 'mixed'), 'alternative': ('mixed',),
                    'mixed': ()}


class MIMEPart(Message):
    """A message part under the modern policies (default: email.policy.default): its
    headers are header objects, and its content is read and written through the
    policy's content manager."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default as policy
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """As Message.as_string(), but headers are folded at the policy's
        max_line_length unless `maxheaderlen` says otherwise."""
        chosen = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = chosen.max_line_length
        return super().as_string(unixfrom, maxheaderlen, chosen)

    def __str__(self):
        # Shown with UTF-8 text left as it is.
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        """True when Content-Disposition says 'attachment'."""
        disposition = self.get('content-disposition')
        return disposition is not None and disposition.content_disposition == 'attachment'

    # -- Finding the body and the attachments --

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best candidate for the body: the part whose type comes first in
        `preferencelist` (subtypes among related, html and plain), looking through
        multipart/alternative and the start part of multipart/related; None when none
        fits."""
        best = None
        best_rank = len(preferencelist)
        for rank, part in _body_candidates(self, preferencelist):
            if rank < best_rank:
                best, best_rank = part, rank
                if rank == 0:
                    break
        return best

    def iter_attachments(self):
        """The parts of a multipart that are not its body: all of them but the first
        text/plain, text/html, multipart/related and multipart/alternative parts that
        are not attachments (for multipart/related, all but the start part). Nothing for
        multipart/alternative and non-multiparts."""
        if self.get_content_maintype() != 'multipart':
            return
        subtype = self.get_content_subtype()
        if subtype == 'alternative':
            return
        payload = self.get_payload()
        if not isinstance(payload, list):
            return
        parts = list(payload)
        if subtype == 'related':
            yield from _related_attachments(self, parts)
            return
        seen = set()
        for part in parts:
            ctype = part.get_content_type()
            subtype = part.get_content_subtype()
            if ctype in _BODY_TYPES and not part.is_attachment() and subtype not in seen:
                seen.add(subtype)
                continue
            yield part

    def iter_parts(self):
        """The direct subparts (nothing for a non-multipart)."""
        if self.is_multipart():
            yield from self.get_payload()

    # -- Content --

    def get_content(self, *args, content_manager=None, **kw):
        """The content, as the content manager (default: the policy's) gives it."""
        manager = self.policy.content_manager if content_manager is None else content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        """Replace the content (and content headers) through the content manager."""
        manager = self.policy.content_manager if content_manager is None else content_manager
        manager.set_content(self, *args, **kw)

    def make_related(self, boundary=None):
        """Turn this part into multipart/related: a non-multipart's content (and content
        headers) move into a first subpart."""
        self._make_multipart('related', boundary)

    def make_alternative(self, boundary=None):
        """Turn this part into multipart/alternative (see make_related())."""
        self._make_multipart('alternative', boundary)

    def make_mixed(self, boundary=None):
        """Turn this part into multipart/mixed (see make_related())."""
        self._make_multipart('mixed', boundary)

    def _make_multipart(self, subtype, boundary):
        if self.get_content_maintype() == 'multipart':
            current = self.get_content_subtype()
            if current == subtype or current in _NOT_CONVERTIBLE[subtype]:
                raise ValueError("Cannot convert {} to {}".format(current, subtype))
        content = [(name, value) for name, value in self._headers
                   if name.lower().startswith('content-')]
        if content:
            inner = type(self)(policy=self.policy)
            inner._headers = content
            inner._payload = self._payload
            self._payload = [inner]
        else:
            self._payload = []
        self._headers = [(name, value) for name, value in self._headers
                         if not name.lower().startswith('content-')]
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def add_related(self, *args, **kw):
        """Add a part made with set_content(*args, **kw) to a multipart/related
        (converting this part first if needed); its disposition defaults to inline."""
        self._add_part('related', 'inline', args, kw)

    def add_alternative(self, *args, **kw):
        """Add a part to a multipart/alternative (see add_related())."""
        self._add_part('alternative', None, args, kw)

    def add_attachment(self, *args, **kw):
        """Add a part to a multipart/mixed (see add_related()); its disposition
        defaults to attachment."""
        self._add_part('mixed', 'attachment', args, kw)

    def _add_part(self, subtype, disposition, args, kw):
        if (self.get_content_maintype(), self.get_content_subtype()) != ('multipart', subtype):
            getattr(self, 'make_' + subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if disposition and 'content-disposition' not in part:
            part['Content-Disposition'] = disposition
        self.attach(part)

    def clear(self):
        """Remove every header and the payload."""
        self._headers = []
        self._payload = None

    def clear_content(self):
        """Remove the payload and the Content-* headers (the others stay)."""
        self._headers = [(name, value) for name, value in self._headers
                         if not name.lower().startswith('content-')]
        self._payload = None


def _body_candidates(part, preferencelist):
    """(rank in preferencelist, part) of the parts under `part` that could be the body."""
    if part.is_attachment():
        return
    maintype, subtype = part.get_content_maintype(), part.get_content_subtype()
    if maintype == 'text':
        if subtype in preferencelist:
            yield preferencelist.index(subtype), part
        return
    if maintype != 'multipart' or not part.is_multipart():
        return
    if subtype != 'related':
        for inner in part.iter_parts():
            yield from _body_candidates(inner, preferencelist)
        return
    if 'related' in preferencelist:
        yield preferencelist.index('related'), part
    start = _related_start(part)
    if start is not None:
        yield from _body_candidates(start, preferencelist)


def _related_start(part):
    """The start part of a multipart/related: the one its start parameter names, else
    the first."""
    start_id = part.get_param('start')
    if start_id:
        for inner in part.iter_parts():
            if inner['content-id'] == start_id:
                return inner
    inner = part.get_payload()
    return inner[0] if inner else None


def _related_attachments(part, parts):
    start_id = part.get_param('start')
    if start_id:
        others = [inner for inner in parts if inner.get('content-id') != start_id]
        if len(others) < len(parts):
            yield from others
            return
    yield from parts[1:]


class EmailMessage(MIMEPart):
    """A whole message under the modern policies: like MIMEPart, and set_content()
    also adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
