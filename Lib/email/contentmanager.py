"""Content managers: what EmailMessage.get_content() and set_content() delegate to.

A ContentManager holds two tables of handlers. Getting content looks the message's
content type up (full type, then maintype, then '' for any); setting content looks the
type of the object up (its class, then each base class in MRO order, by the class itself,
its dotted module path, its qualified name and its plain name). raw_data_manager, the
manager of the default policies, handles text (str), binary data (bytes, bytearray,
memoryview) and messages (email.message.Message).
"""

import binascii

from email import quoprimime as _qp
from email.charset import ALIASES as _CHARSET_ALIASES
from email.errors import HeaderDefect as _HeaderDefect
from email.message import Message as _Message


def _type_keys(cls):
    """The keys a set handler may be registered under for `cls`, most specific first."""
    qualname = cls.__qualname__
    module = getattr(cls, '__module__', '')
    dotted = '%s.%s' % (module, qualname) if module else qualname
    return cls, dotted, qualname, cls.__name__


class ContentManager:
    """A registry of get handlers (by MIME type) and set handlers (by Python type)."""

    def __init__(self):
        # Both tables are public attributes, as in the reference implementation.
        self.get_handlers = dict()
        self.set_handlers = dict()

    def add_get_handler(self, key, handler):
        """Use handler(msg, *args, **kw) to get the content of parts whose type is
        `key` ('maintype/subtype', 'maintype', or '' for any)."""
        self.get_handlers.update({key: handler})

    def get_content(self, msg, *args, **kw):
        """Hand `msg` to the get handler that fits its content type best."""
        full = msg.get_content_type()
        for key in (full, msg.get_content_maintype(), ''):
            found = self.get_handlers.get(key)
            if found is not None:
                return found(msg, *args, **kw)
        raise KeyError(full)

    def add_set_handler(self, typekey, handler):
        """Use handler(msg, obj, *args, **kw) to set content of type `typekey` (a
        class, or its name: dotted with the module, qualified, or plain)."""
        self.set_handlers.update({typekey: handler})

    def set_content(self, msg, obj, *args, **kw):
        """Empty `msg` of its content and let the handler for obj's type fill it."""
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        setter = self._setter_for(type(obj))
        msg.clear_content()
        setter(msg, obj, *args, **kw)

    def _setter_for(self, kind):
        table = self.set_handlers
        for cls in kind.__mro__:
            for key in _type_keys(cls):
                if key in table:
                    return table[key]
        if None in table:
            return table[None]
        raise KeyError(_type_keys(kind)[1])


raw_data_manager = ContentManager()


# -- Getting content --------------------------------------------------------------------

def _decoded_payload(msg):
    # The body with its Content-Transfer-Encoding undone.
    return msg.get_payload(decode=True)


def _inner_message(msg):
    # The one sub-message of a message/* part.
    return msg.get_payload(0)


def get_text_content(msg, errors='replace'):
    """The text of a text/* part, decoded with its charset (ASCII by default)."""
    encoding = msg.get_param('charset', 'ASCII')
    return _decoded_payload(msg).decode(encoding, errors=errors)


def get_non_text_content(msg):
    """The bytes of a non-text part."""
    return _decoded_payload(msg)


def get_message_content(msg):
    """The message a message/rfc822 (or external-body) part holds."""
    return _inner_message(msg)


def get_and_fixup_unknown_message_content(msg):
    """Other message/* parts are not parsed as messages: their bytes."""
    return bytes(_inner_message(msg))


for _key, _getter in (
        ('text', get_text_content),
        ('audio', get_non_text_content),
        ('image', get_non_text_content),
        ('video', get_non_text_content),
        ('application', get_non_text_content),
        ('message/rfc822', get_message_content),
        ('message/external-body', get_message_content),
        ('message', get_and_fixup_unknown_message_content)):
    raw_data_manager.add_get_handler(_key, _getter)


# -- Encoding bodies ----------------------------------------------------------------------

def _base64_lines(data, width):
    """base64 of `data` in lines of at most `width` characters (whole groups of four),
    each ending with a newline."""
    chunk = width // 4 * 3
    out = []
    start = 0
    while start < len(data):
        out.append(binascii.b2a_base64(data[start:start + chunk]).decode('ascii'))
        start += chunk
    return ''.join(out)


# How set_bytes_content turns data into a payload, by Content-Transfer-Encoding; an
# encoding not listed leaves the data as it is.
_BYTES_ENCODERS = {
    'base64': lambda data, width: _base64_lines(data, width),
    'quoted-printable': lambda data, width: binascii.b2a_qp(
        data, istext=False, header=False, quotetabs=True).decode('ascii'),
    '7bit': lambda data, width: data.decode('ascii'),
    '8bit': lambda data, width: data.decode('ascii', 'surrogateescape'),
    'binary': lambda data, width: data.decode('ascii', 'surrogateescape'),
}

# The same for text already encoded to bytes and split into lines (`sep`: the policy's
# line end as bytes, used by base64 only).
_TEXT_ENCODERS = {
    '7bit': lambda lines, sep, width: _lf_joined(lines).decode('ascii'),
    '8bit': lambda lines, sep, width: _lf_joined(lines).decode('ascii',
                                                              'surrogateescape'),
    'quoted-printable': lambda lines, sep, width: _qp.body_encode(
        _lf_joined(lines).decode('latin-1'), width),
    'base64': lambda lines, sep, width: _base64_lines(sep.join(lines) + sep, width),
}


def _lf_joined(lines):
    return b'\n'.join(lines) + b'\n'


def _pick_text_cte(lines, sep, policy):
    """The Content-Transfer-Encoding chosen when the caller names none: 7bit, or 8bit
    if the policy allows it, when no line is too long; otherwise whichever of
    quoted-printable and base64 is shorter for the first ten lines."""
    if max(map(len, lines), default=0) <= policy.max_line_length:
        if _lf_joined(lines).isascii():
            return '7bit'
        if policy.cte_type == '8bit':
            return '8bit'
    head = sep.join(lines[:10]) + sep
    as_qp = _qp.body_encode(head.decode('latin-1'), policy.max_line_length)
    if len(as_qp) > len(binascii.b2a_base64(head)):
        return 'base64'
    return 'quoted-printable'


def _text_body(string, charset, cte, policy):
    """(cte, payload) for `string` written in `charset`."""
    lines = string.encode(charset).splitlines()
    sep = policy.linesep.encode('ascii')
    if cte is None:
        cte = _pick_text_cte(lines, sep, policy)
        if cte == 'quoted-printable' and len(lines) <= 10:
            # The sample encoded to choose is the whole text: it is the payload.
            head = sep.join(lines) + sep
            return cte, _qp.body_encode(head.decode('latin-1'), policy.max_line_length)
    encoder = _TEXT_ENCODERS.get(cte)
    if encoder is None:
        raise ValueError('Unknown content transfer encoding {}'.format(cte))
    return cte, encoder(lines, sep, policy.max_line_length)


# -- Setting content --------------------------------------------------------------------

def _as_header(msg, header):
    """A header object for an entry of the `headers` argument ('Name: value' strings
    are parsed by the message's policy)."""
    if hasattr(header, 'name'):
        return header
    policy = msg.policy
    return policy.header_factory(*policy.header_source_parse([header]))


def _refuse_defective(header, policy):
    """ValueError (caused by the defect) for an extra header with a defect."""
    for problem in header.defects[:1]:
        try:
            raise problem
        except _HeaderDefect as defect:
            shown = header.fold(policy=policy)
            raise ValueError("Invalid header: {}".format(shown)) from defect


def _fill(msg, mimetype, headers, make_body, disposition, filename, cid, params):
    """The steps every set handler shares, in the order the headers get written:
    Content-Type and the caller's extra headers, the body (make_body() gives
    (cte, payload, charset or None)), Content-Transfer-Encoding, then
    Content-Disposition (with the file name), Content-ID and extra parameters."""
    msg['Content-Type'] = mimetype
    for header in map(lambda item: _as_header(msg, item), headers or ()):
        _refuse_defective(header, msg.policy)
        msg[header.name] = header
    cte, payload, charset = make_body()
    msg.set_payload(payload)
    if charset is not None:
        msg.set_param('charset', charset, replace=True)
    msg['Content-Transfer-Encoding'] = cte
    if disposition is None and filename is not None:
        # A file name without a disposition makes an attachment.
        msg['Content-Disposition'] = 'attachment'
    elif disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    for param, value in (params or {}).items():
        msg.set_param(param, value)


def set_text_content(msg, string, subtype="plain", charset='utf-8',
                     cte=None, disposition=None, filename=None,
                     cid=None, params=None, headers=None):
    """Make `msg` a text/<subtype> part holding `string`."""
    def body():
        chosen, payload = _text_body(string, charset, cte, msg.policy)
        return chosen, payload, _CHARSET_ALIASES.get(charset, charset)
    _fill(msg, 'text/' + subtype, headers, body, disposition, filename, cid, params)


# message/<subtype>: (the encodings allowed, the one used when none is given).  Other
# subtypes allow any and default to 7bit; message/partial is refused.
_MESSAGE_CTES = {
    'rfc822': (('7bit', '8bit', 'binary'), '8bit'),
    'external-body': (('7bit',), '7bit'),
}


def set_message_content(msg, message, subtype="rfc822",
                        cte=None, disposition=None, filename=None,
                        cid=None, params=None, headers=None):
    """Make `msg` a message/<subtype> part holding the message `message`."""
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    allowed, fallback = _MESSAGE_CTES.get(subtype, (None, '7bit'))
    if cte is None:
        cte = fallback
    elif allowed is not None and cte not in allowed:
        raise ValueError("message/{} parts do not support cte={}".format(subtype, cte))
    _fill(msg, 'message/' + subtype, headers, lambda: (cte, [message], None),
          disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype,
                      cte='base64', disposition=None, filename=None,
                      cid=None, params=None, headers=None):
    """Make `msg` a maintype/subtype part holding the bytes `data`."""
    def body():
        encoder = _BYTES_ENCODERS.get(cte)
        if encoder is None:
            return cte, data, None
        return cte, encoder(data, msg.policy.max_line_length), None
    _fill(msg, maintype + '/' + subtype, headers, body, disposition, filename, cid,
          params)


for _kind, _setter in (
        (str, set_text_content),
        (_Message, set_message_content),
        (bytes, set_bytes_content),
        (bytearray, set_bytes_content),
        (memoryview, set_bytes_content)):
    raw_data_manager.add_set_handler(_kind, _setter)
del _key, _getter, _kind, _setter
