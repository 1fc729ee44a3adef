"""Message objects: Message, the tree of headers and payloads of a (MIME) message as the
compat32 policy sees it, and EmailMessage / MIMEPart, its counterparts for the modern
policies (content managers, get_body(), iter_attachments() and the like)."""

__all__ = ['Message', 'EmailMessage']

import binascii
import quopri
import re
from io import BytesIO, StringIO

from email import errors, utils
from email import charset as _charset
from email._encoded_words import decode_b
from email._policybase import compat32

Charset = _charset.Charset

SEMISPACE = '; '

# A parameter value holding one of these must be quoted (RFC 2045's tspecials, and space).
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    """(value, parameters) of a header: split at the first ';' (parameters None when
    there is none)."""
    value, semicolon, rest = str(param).partition(';')
    if not semicolon:
        return value.strip(), None
    return value.strip(), rest.strip()


def _formatparam(param, value=None, quote=True):
    """'param=value' for a header: quoted when `quote` is true or the value needs it, in
    RFC 2231 form when the value is a (charset, language, text) triple or is not ASCII;
    the bare name when there is no value."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        charset, language, text = value
        return '%s*=%s' % (param, utils.encode_rfc2231(text, charset, language))
    if not value.isascii():
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    """The ';'-separated items of a header value, the first being the value itself; a
    ';' inside a quoted string does not separate. Parameter names are lower-cased and the
    blanks around '=' dropped."""
    items = []
    rest = str(s)
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
    """The formatted parameters joined with '; ' (an empty first one is dropped)."""
    joined = ''
    for piece in pieces:
        joined = SEMISPACE.join([joined, piece]) if joined else piece
    return joined


def _unquotevalue(value):
    if isinstance(value, tuple):
        charset, language, text = value
        return charset, language, utils.unquote(text)
    return utils.unquote(value)


def _decode_uu(encoded):
    """The data of a uuencoded body ('begin <mode> <name>' ... 'end')."""
    lines = iter(encoded.splitlines())
    for line in lines:
        if not line.startswith(b"begin "):
            continue
        mode = line[len(b"begin "):].partition(b" ")[0]
        try:
            int(mode, base=8)
        except ValueError:
            continue
        break
    else:
        raise ValueError("`begin` line not found")
    chunks = []
    for line in lines:
        if not line:
            raise ValueError("Truncated input")
        if line.strip(b' \t\r\n\f') == b'end':
            break
        try:
            chunks.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Some encoders pad lines with garbage: keep what the length byte announces.
            length = (((line[0] - 32) & 63) * 4 + 5) // 3
            chunks.append(binascii.a2b_uu(line[:length]))
    return b''.join(chunks)


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
        self.preamble = self.epilogue = None
        self.defects = []
        # What a part without Content-Type is (message/rfc822 inside multipart/digest).
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text, written by email.generator.Generator (headers not
        folded unless `maxheaderlen` is given; `policy` overrides the message's)."""
        from email.generator import Generator
        out = StringIO()
        writer = Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                           policy=self.policy if policy is None else policy)
        writer.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message as bytes, written by email.generator.BytesGenerator."""
        from email.generator import BytesGenerator
        out = BytesIO()
        writer = BytesGenerator(out, mangle_from_=False,
                                policy=self.policy if policy is None else policy)
        writer.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

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
        if self._payload is None:
            self._payload = [payload]
        elif isinstance(self._payload, list):
            self._payload.append(payload)
        else:
            raise TypeError("Attach is not valid on a message with a "
                            "non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The body: for a multipart the list of parts (or part `i`); otherwise the
        string. With `decode`, a non-multipart body comes back as bytes with its
        Content-Transfer-Encoding (quoted-printable, base64, uuencode) undone; a multipart
        then gives None."""
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        body = self._payload
        if not decode:
            return self._readable_payload(body)
        # The header may be a Header object: compare its text.
        transfer = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(body, str):
            try:
                raw = body.encode('ascii', 'surrogateescape')
            except UnicodeEncodeError:
                # Text that was never bytes (not RFC compliant): keep every character.
                raw = body.encode('raw-unicode-escape')
        if transfer == 'quoted-printable':
            return quopri.decodestring(raw)
        if transfer == 'base64':
            data, problems = decode_b(b''.join(raw.splitlines()))
            for problem in problems:
                self.policy.handle_defect(self, problem)
            return data
        if transfer in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            try:
                return _decode_uu(raw)
            except ValueError:
                return raw
        if isinstance(body, str):
            return raw
        return body

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
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
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
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if charset is None:
            self.del_param('charset')
            return
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', charset.get_output_charset())
        else:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
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

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (existing ones of that name stay). A policy may limit how many a
        message has, raising ValueError."""
        limit = self.policy.header_max_count(name)
        if limit:
            present = sum(1 for key, _ in self._headers if key.lower() == name.lower())
            if present >= limit:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header called `name` (no error when there is none)."""
        wanted = name.lower()
        self._headers = [(key, value) for key, value in self._headers
                         if key.lower() != wanted]

    def __contains__(self, name):
        wanted = name.lower()
        return any(key.lower() == wanted for key, _ in self._headers)

    def __iter__(self):
        for key, _ in self._headers:
            yield key

    def keys(self):
        """The header names, in order, repeated ones included."""
        return [key for key, _ in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(key, value) for key, value in self._headers]

    def items(self):
        return [(key, self.policy.header_fetch_parse(key, value))
                for key, value in self._headers]

    def get(self, name, failobj=None):
        """The first header called `name`, or `failobj`."""
        wanted = name.lower()
        for key, value in self._headers:
            if key.lower() == wanted:
                return self.policy.header_fetch_parse(key, value)
        return failobj

    def set_raw(self, name, value):
        """Store a header as given, bypassing the policy (the parser uses this)."""
        self._headers.append((name, value))

    def raw_items(self):
        """The (name, value) pairs as stored."""
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every header called `name`, or `failobj` when there is none."""
        wanted = name.lower()
        found = [self.policy.header_fetch_parse(key, value)
                 for key, value in self._headers if key.lower() == wanted]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: each keyword (its '_' written '-') becomes
        'name="value"', or the bare name when the value is None; a value may be a
        (charset, language, text) triple for RFC 2231 encoding.

            msg.add_header('Content-Disposition', 'attachment', filename='a.txt')
        """
        pieces = [] if _value is None else [_value]
        for key, value in _params.items():
            key = key.replace('_', '-')
            pieces.append(key if value is None else _formatparam(key, value))
        self[_name] = SEMISPACE.join(pieces)

    def replace_header(self, _name, _value):
        """Replace the value of the first header called `_name`, in place (KeyError when
        there is none)."""
        wanted = _name.lower()
        for index, (key, _) in enumerate(self._headers):
            if key.lower() == wanted:
                self._headers[index] = self.policy.header_store_parse(key, _value)
                return
        raise KeyError(wanted)

    # -- Content types and parameters --

    def get_content_type(self):
        """The lower-cased maintype/subtype of Content-Type; the default type when there is
        no such header, and text/plain when its header_value is not a valid type."""
        header_value = self.get('content-type')
        if header_value is None and 'content-type' not in self:
            return self.get_default_type()
        mime_type = _splitparam(header_value)[0].lower()
        if mime_type.count('/') != 1:
            return 'text/plain'
        return mime_type

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

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
        for item in _parseparam(self.get(header)):
            name, equals, value = item.partition('=')
            if equals:
                pairs.append((name.strip(), value.strip()))
            else:
                pairs.append((item.strip(), ''))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's parameters as (name, value) pairs, the first being the value
        itself with ''; `failobj` when the header is missing. RFC 2231 values come as
        (charset, language, text) triples."""
        params = self._get_params_preserve(None, header)
        if params is None:
            return failobj
        if unquote:
            return [(name, _unquotevalue(value)) for name, value in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """The value of parameter `param` of the header (case does not matter), or
        `failobj`. An RFC 2231 value is a (charset, language, text) triple: pass it to
        email.utils.collapse_rfc2231_value() for its text."""
        if header not in self:
            return failobj
        wanted = param.lower()
        for name, value in self._get_params_preserve(failobj, header):
            if name.lower() == wanted:
                return _unquotevalue(value) if unquote else value
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set parameter `param` of the header (Content-Type becomes text/plain first if
        missing), replacing its old value. With `charset`, the value is written in RFC
        2231 form. The header is moved to the end unless `replace` is true."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            current = 'text/plain'
        else:
            current = self.get(header)
        formatted = _formatparam(param, value, requote)
        if not self.get_param(param, header=header):
            new = SEMISPACE.join([current, formatted]) if current else formatted
        else:
            pieces = []
            for name, old in self.get_params(header=header, unquote=requote):
                if name.lower() == param.lower():
                    pieces.append(formatted)
                else:
                    pieces.append(_formatparam(name, old, requote))
            new = _join_params(pieces)
        if new == self.get(header):
            return
        if replace:
            self.replace_header(header, new)
        else:
            del self[header]
            self[header] = new

    def del_param(self, param, header='content-type', requote=True):
        """Remove parameter `param` from the header (which moves to the end)."""
        if header not in self:
            return
        kept = [_formatparam(name, value, requote)
                for name, value in self.get_params(header=header, unquote=requote)
                if name.lower() != param.lower()]
        new = _join_params(kept)
        if new != self.get(header):
            del self[header]
            self[header] = new

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the maintype/subtype of the header, keeping its parameters; setting
        Content-Type also sets MIME-Version: 1.0. ValueError when `type` is not of the form
        maintype/subtype."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            # Setting a MIME type makes this a MIME message.
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        old_params = self.get_params(header=header, unquote=requote) or []
        del self[header]
        self[header] = type
        # The first item of old_params was the old type.
        for name, value in old_params[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (else the name parameter of
        Content-Type), decoded and stripped; `failobj` when there is neither."""
        absent = object()
        for param, header in (('filename', 'content-disposition'), ('name', 'content-type')):
            value = self.get_param(param, absent, header)
            if value is not absent:
                return utils.collapse_rfc2231_value(value).strip()
        return failobj

    def get_boundary(self, failobj=None):
        """The boundary parameter of Content-Type, or `failobj`."""
        absent = object()
        value = self.get_param('boundary', absent)
        if value is absent:
            return failobj
        return utils.collapse_rfc2231_value(value).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter of Content-Type in place (the header keeps its
        position and other parameters). HeaderParseError when there is no Content-Type."""
        params = self._get_params_preserve(None, 'content-type')
        if params is None:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        if any(name.lower() == 'boundary' for name, _ in params):
            params = [('boundary', quoted) if name.lower() == 'boundary' else (name, value)
                      for name, value in params]
        else:
            params.append(('boundary', quoted))
        text = SEMISPACE.join(name if value == '' else '%s=%s' % (name, value)
                              for name, value in params)
        for index, (key, value) in enumerate(self._headers):
            if key.lower() == 'content-type':
                self._headers[index] = self.policy.header_store_parse(key, text)

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type, lower-cased; `failobj` when it is
        missing or not ASCII."""
        absent = object()
        charset = self.get_param('charset', absent)
        if charset is absent:
            return failobj
        if isinstance(charset, tuple):
            # An RFC 2231 value: its text, decoded in the charset it names.
            codec = charset[0] or 'us-ascii'
            try:
                charset = str(charset[2].encode('raw-unicode-escape'), codec)
            except (LookupError, UnicodeError):
                charset = charset[2]
        if not charset.isascii():
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
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    from email.iterators import walk
