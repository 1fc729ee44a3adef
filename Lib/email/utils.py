"""Helpers for email: addresses (formataddr, parseaddr, getaddresses), dates (formatdate,
format_datetime, parsedate_to_datetime, localtime), Message-IDs, quoting, and the parameter
encoding of RFC 2231."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
    'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
    'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
    'unquote',
]

import datetime
import os
import random
import re
import time
import urllib.parse

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import _parsedate_tz, mktime_tz, parsedate, parsedate_tz, quote
from email.charset import Charset

COMMASPACE = ', '
EMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

# A display name holding one of these must be quoted; inside quotes these are escaped.
specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True when `s` holds surrogate escapes (undecodable bytes of a parsed message)."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    """Turn surrogate escapes back into text, undecodable bytes as U+FFFD."""
    raw = string.encode('utf-8', 'surrogateescape')
    return raw.decode('utf-8', 'replace')


# -- Addresses ---------------------------------------------------------------------------

def formataddr(pair, charset='utf-8'):
    """'Name <address>' for the pair (realname, address): the name is quoted when it needs
    to be, or made an RFC 2047 encoded word in `charset` (a name or a Charset) when it is not
    ASCII. An empty name gives the bare address."""
    name, address = pair
    # Addresses must be ASCII: raise UnicodeError otherwise.
    address.encode('ascii')
    if not name:
        return address
    if not name.isascii():
        if isinstance(charset, str):
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    quotes = '"' if specialsre.search(name) else ''
    name = escapesre.sub(r'\\\g<0>', name)
    return '%s%s%s <%s>' % (quotes, name, quotes, address)


def _escape_aware(addr):
    """(position, character) pairs of `addr`, a backslash and the character it escapes
    given as one two-character item (a trailing lone backslash as itself)."""
    escaped = False
    position = 0
    for position, char in enumerate(addr):
        if escaped:
            yield position, '\\' + char
            escaped = False
        elif char == '\\':
            escaped = True
        else:
            yield position, char
    if escaped:
        yield position, '\\'


def _balanced_parentheses(addr):
    """True when every '(' of `addr` is closed, and no ')' comes before its '('."""
    depth = 0
    for _, char in _escape_aware(addr):
        if char == '(':
            depth += 1
        elif char == ')':
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _without_quoted_strings(addr):
    """`addr` with its "quoted strings" (quotes included) removed, so that the commas
    left separate addresses."""
    if '"' not in addr:
        return addr
    kept = []
    start = 0
    opened = None
    for position, char in _escape_aware(addr):
        if char != '"':
            continue
        if opened is None:
            opened = position
            continue
        if start != opened:
            kept.append(addr[start:opened])
        start = position + 1
        opened = None
    if start < len(addr):
        kept.append(addr[start:])
    return EMPTYSTRING.join(kept)


# A field with unbalanced parentheses is replaced by this, which parses as one empty pair.
_UNREADABLE_FIELD = "('', '')"


def _strict_pairs(fields):
    """Parse the fields in strict mode, or return None when they are suspicious."""
    fields = [field if _balanced_parentheses(field) else _UNREADABLE_FIELD
              for field in fields]
    pairs = _AddressList(COMMASPACE.join(fields)).addresslist
    # Domain literals are not accepted.
    return [('', '') if '[' in pair[1] else pair for pair in pairs], fields


def getaddresses(fieldvalues, *, strict=True):
    """All the (realname, address) pairs of the given header values.

    In strict mode (the default) an input that might be misread (unbalanced parentheses, a
    count of addresses different from what its commas announce) gives [('', '')]."""
    if not strict:
        joined = COMMASPACE.join(str(value) for value in fieldvalues)
        return _AddressList(joined).addresslist
    pairs, fields = _strict_pairs([str(value) for value in fieldvalues])
    # Each field holds one address more than its commas outside quoted names.
    expected = sum(1 + _without_quoted_strings(field).count(',') for field in fields)
    if len(pairs) != expected:
        return [('', '')]
    return pairs


def parseaddr(addr, *, strict=True):
    """The (realname, address) pair of a single address; ('', '') when it cannot be read
    (in strict mode, also when there is not exactly one address)."""
    if not strict:
        pairs = _AddressList(addr).addresslist
        return pairs[0] if pairs else ('', '')
    if isinstance(addr, list):
        addr = addr[0]
    if not isinstance(addr, str):
        return ('', '')
    pairs, _ = _strict_pairs([addr])
    if len(pairs) != 1:
        return ('', '')
    return pairs[0]


def unquote(str):
    """Remove one level of "quotes" (undoing backslash escapes) or <angle brackets>."""
    if len(str) < 2:
        return str
    ends = str[0] + str[-1]
    if ends == '""':
        return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    if ends == '<>':
        return str[1:-1]
    return str


# -- Dates -------------------------------------------------------------------------------

_DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAY_NAMES[timetuple[6]], timetuple[2], _MONTH_NAMES[timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for the timestamp `timeval` (default: now): in UTC with '-0000'
    by default, in local time with its offset if `localtime`, or with 'GMT' if `usegmt`."""
    if timeval is None:
        timeval = time.time()
    moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        moment = moment.astimezone()
        usegmt = False
    elif not usegmt:
        # Naive: the zone is written as '-0000' ("unknown").
        moment = moment.replace(tzinfo=None)
    return format_datetime(moment, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for the datetime `dt`: a naive one gets the zone '-0000'; with
    `usegmt`, `dt` must be in UTC and the zone is written 'GMT'."""
    if usegmt and (dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc):
        raise ValueError("usegmt option requires a UTC datetime")
    if usegmt:
        zone = 'GMT'
    else:
        zone = '-0000' if dt.tzinfo is None else dt.strftime("%z")
    return _format_timetuple_and_zone(dt.timetuple(), zone)


def parsedate_to_datetime(data):
    """The datetime of an RFC 2822 date: aware, or naive when the zone is '-0000'. Raises
    ValueError when `data` is not a date."""
    fields = _parsedate_tz(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = fields[9]
    if offset is None:
        return datetime.datetime(*fields[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*fields[:6], tzinfo=zone)


def localtime(dt=None, isdst=None):
    """`dt` (default: now) as an aware datetime in the local zone; a naive `dt` is taken to
    be local time. `isdst` is ignored and deprecated."""
    if isdst is not None:
        import warnings
        warnings._deprecated("The 'isdst' parameter to 'localtime'",
                             message='{name} is deprecated and slated for removal in '
                                     'Python {remove}',
                             remove=(3, 14))
    if dt is None:
        dt = datetime.datetime.now()
    return dt.astimezone()


def _host_name():
    """This machine's fully qualified name, as socket.getfqdn() gives it."""
    try:
        import socket
    except ImportError:
        return os.uname().nodename if hasattr(os, 'uname') else 'localhost'
    return socket.getfqdn()


def make_msgid(idstring=None, domain=None):
    """A new unique Message-ID '<time.pid.random[.idstring]@domain>' (the domain defaults
    to this host's name)."""
    stamp = int(time.time() * 100)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = _host_name()
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), random.getrandbits(64), suffix, domain)


# -- RFC 2231 parameters -----------------------------------------------------------------

def decode_rfc2231(s):
    """Split "charset'language'text" into its three parts; (None, None, s) when `s` has
    fewer than two quotes."""
    pieces = s.split(TICK, 2)
    if len(pieces) < 3:
        return None, None, s
    return pieces


def encode_rfc2231(s, charset=None, language=None):
    """%-encode `s` (in `charset`, default ASCII) and, when a charset or language is given,
    prefix "charset'language'"."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


_CONTINUATION = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1*...) of a parameter list [(name,
    value)...] (its first item, the main value, kept as is). Plain values come back
    quoted; a %-encoded one as (charset, language, quoted value)."""
    result = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        value = unquote(value)
        match = _CONTINUATION.match(name)
        if match is None:
            result.append((name, '"%s"' % quote(value)))
            continue
        number = match.group('num')
        pieces.setdefault(match.group('name'), []).append(
            (None if number is None else int(number), value, name.endswith('*')))
    for name, parts in pieces.items():
        parts.sort()
        extended = any(encoded for _, _, encoded in parts)
        texts = [urllib.parse.unquote(text, encoding='latin-1') if encoded else text
                 for _, text, encoded in parts]
        joined = quote(EMPTYSTRING.join(texts))
        if extended:
            charset, language, joined = decode_rfc2231(joined)
            result.append((name, (charset, language, '"%s"' % joined)))
        else:
            result.append((name, '"%s"' % joined))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """The text of a parameter value: a plain one unquoted, a (charset, language, text)
    triple decoded (the text's characters are the bytes), with `fallback_charset` when no
    charset is given."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, _language, text = value
    if charset is None:
        charset = fallback_charset
    raw = bytes(text, 'raw-unicode-escape')
    try:
        return str(raw, charset, errors)
    except LookupError:
        # Not a codec Python knows.
        return unquote(text)
