"""Content managers: what EmailMessage.get_content() and set_content() delegate to.

A ContentManager holds two tables of handlers. Getting content looks the message's
content type up (full type, then maintype, then '' for any); setting content looks the
type of the object up (its class, then each base class in MRO order, by qualified name
and by plain name). raw_data_manager, the default policies' manager, handles text (str),
binary data (bytes) and messages (EmailMessage).
"""

import binascii
import email.charset
import email.errors
import email.message
import email.quoprimime
import email.utils


class ContentManager:
    """A registry of get handlers (by MIME type) and set handlers (by Python type)."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        """Use handler(msg, *args, **kw) to get the content of parts whose type is
        `key` ('maintype/subtype', 'maintype', or '' for any)."""
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        for key in (msg.get_content_type(), msg.get_content_maintype(), ''):
            handler = self.get_handlers.get(key)
            if handler is not None:
                return handler(msg, *args, **kw)
        raise KeyError(msg.get_content_type())

    def add_set_handler(self, typekey, handler):
        """Use handler(msg, obj, *args, **kw) to set content of type `typekey` (a
        class, or a class name with or without its module)."""
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        handler = self._set_handler_for(obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _set_handler_for(self, obj):
        kind = type(obj)
        for cls in kind.__mro__:
            for key in (cls, _qualified_name(cls), cls.__name__):
                if key in self.set_handlers:
                    return self.set_handlers[key]
        if None in self.set_handlers:
            return self.set_handlers[None]
        raise KeyError(_qualified_name(kind))


def _qualified_name(cls):
    module = getattr(cls, '__module__', '')
    return module + '.' + cls.__qualname__ if module else cls.__qualname__


raw_data_manager = ContentManager()


# -- Getting content --------------------------------------------------------------------

def get_text_content(msg, errors='replace'):
    """The text of a text/* part, decoded with its charset (ASCII by default)."""
    data = msg.get_payload(decode=True)
    charset = msg.get_param('charset', 'ASCII')
    return data.decode(charset, errors=errors)


def get_non_text_content(msg):
    """The bytes of a non-text part."""
    return msg.get_payload(decode=True)


def get_message_content(msg):
    """The message a message/rfc822 (or similar) part holds."""
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    """Other message/* parts (not parsed as messages): their bytes."""
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler('text', get_text_content)
for _maintype in 'audio image video application'.split():
    raw_data_manager.add_get_handler(_maintype, get_non_text_content)
for _subtype in 'rfc822 external-body'.split():
    raw_data_manager.add_get_handler('message/' + _subtype, get_message_content)
raw_data_manager.add_get_handler('message', get_and_fixup_unknown_message_content)


# -- Setting content --------------------------------------------------------------------

def _begin(msg, maintype, subtype, headers):
    """Content-Type first, then the extra headers (header objects or 'Name: value'
    strings; ValueError for one with a defect)."""
    msg['Content-Type'] = maintype + '/' + subtype
    if not headers:
        return
    policy = msg.policy
    made = [header if hasattr(header, 'name')
            else policy.header_factory(*policy.header_source_parse([header]))
            for header in headers]
    for header in made:
        if header.defects:
            try:
                raise header.defects[0]
            except email.errors.HeaderDefect as exc:
                raise ValueError("Invalid header: {}".format(
                    header.fold(policy=policy))) from exc
        msg[header.name] = header


def _finish(msg, disposition, filename, cid, params):
    """The headers every set handler may add after the content itself."""
    if filename is not None:
        # A file name makes an attachment unless the disposition says otherwise.
        msg['Content-Disposition'] = 'attachment' if disposition is None else disposition
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    elif disposition is not None:
        msg['Content-Disposition'] = disposition
    if cid is not None:
        msg['Content-ID'] = cid
    for name, value in (params or {}).items():
        msg.set_param(name, value)


def _text_encoding(string, charset, cte, policy):
    """(cte, payload) for text: the encoding given, else the first that fits: 7bit or
    8bit when every line is within the policy's max_line_length (8bit only when the
    policy's cte_type allows it), else quoted-printable or base64, whichever is shorter
    on the first ten lines."""
    lines = string.encode(charset).splitlines()
    plain = b''.join(line + b'\n' for line in lines)
    if cte is None:
        longest = max((len(line) for line in lines), default=0)
        if longest <= policy.max_line_length:
            if plain.isascii():
                return '7bit', plain.decode('ascii')
            if policy.cte_type == '8bit':
                return '8bit', plain.decode('ascii', 'surrogateescape')
        sample = _with_linesep(lines[:10], policy)
        sample_qp = email.quoprimime.body_encode(sample.decode('latin-1'),
                                                 policy.max_line_length)
        if len(sample_qp) > len(binascii.b2a_base64(sample)):
            cte = 'base64'
        else:
            cte = 'quoted-printable'
            if len(lines) <= 10:
                return cte, sample_qp
    if cte == '7bit':
        return cte, plain.decode('ascii')
    if cte == '8bit':
        return cte, plain.decode('ascii', 'surrogateescape')
    if cte == 'quoted-printable':
        return cte, email.quoprimime.body_encode(plain.decode('latin-1'),
                                                 policy.max_line_length)
    if cte == 'base64':
        return cte, _base64_body(_with_linesep(lines, policy), policy.max_line_length)
    raise ValueError('Unknown content transfer encoding {}'.format(cte))


def _with_linesep(lines, policy):
    ending = policy.linesep.encode('ascii')
    return ending.join(lines) + ending


def _base64_body(data, max_line_length):
    """base64 in lines as long as the policy allows (whole groups of 4 characters)."""
    step = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[start:start + step]).decode('ascii')
                   for start in range(0, len(data), step))


def set_text_content(msg, string, subtype="plain", charset='utf-8', cte=None,
                     disposition=None, filename=None, cid=None, params=None,
                     headers=None):
    """Make `msg` a text/<subtype> part holding `string`."""
    _begin(msg, 'text', subtype, headers)
    cte, payload = _text_encoding(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param('charset', email.charset.ALIASES.get(charset, charset), replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


def set_message_content(msg, message, subtype="rfc822", cte=None, disposition=None,
                        filename=None, cid=None, params=None, headers=None):
    """Make `msg` a message/<subtype> part holding the message `message`."""
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    if subtype == 'rfc822':
        if cte not in (None, '7bit', '8bit', 'binary'):
            raise ValueError(
                "message/rfc822 parts do not support cte={}".format(cte))
        # 8bit content keeps 8bit; otherwise 7bit will do.
        cte = '8bit' if cte is None else cte
    elif subtype == 'external-body':
        if cte not in (None, '7bit'):
            raise ValueError(
                "message/external-body parts do not support cte={}".format(cte))
        cte = '7bit'
    elif cte is None:
        cte = '7bit'
    _begin(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64', disposition=None,
                      filename=None, cid=None, params=None, headers=None):
    """Make `msg` a maintype/subtype part holding the bytes `data`."""
    _begin(msg, maintype, subtype, headers)
    if cte == 'base64':
        payload = _base64_body(data, msg.policy.max_line_length)
    elif cte == 'quoted-printable':
        payload = email.quoprimime.body_encode(data.decode('latin-1'),
                                               msg.policy.max_line_length)
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte in ('8bit', 'binary'):
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError('Unknown content transfer encoding {}'.format(cte))
    msg.set_payload(payload)
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)
raw_data_manager.add_set_handler(email.message.Message, set_message_content)
for _kind in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_kind, set_bytes_content)
