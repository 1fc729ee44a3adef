"""Parse URLs into their components, put them back together, resolve relative URLs, and
percent-quote or unquote the pieces (RFC 3986, with the older RFC 1808/2396 quirks that
Python has always kept, and the WHATWG rules for stray whitespace and control characters).

Every function takes str or bytes. Bytes must be ASCII and come back as bytes (through the
`...Bytes` result classes); one call cannot mix the two kinds, except that an empty value
of the other kind (or None) is accepted.

- urlsplit()/urlunsplit(): 5 parts, scheme://netloc/path?query#fragment.
- urlparse()/urlunparse(): the same with `;params` of the last path segment split off.
- urljoin(), urldefrag().
- quote(), quote_plus(), quote_from_bytes(), unquote(), unquote_plus(), unquote_to_bytes().
- urlencode(), parse_qs(), parse_qsl() for query strings.
"""

import functools
import re
import string
import types
import warnings
from collections import namedtuple

__all__ = [
    "urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
    "urlencode", "parse_qs", "parse_qsl",
    "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
    "DefragResult", "ParseResult", "SplitResult",
    "DefragResultBytes", "ParseResultBytes", "SplitResultBytes",
]

# Which schemes get which treatment (shared with callers, who sometimes extend them);
# '' stands for a URL without a scheme.
uses_relative = [''] + """ftp http gopher nntp imap wais file https shttp mms prospero
    rtsp rtsps rtspu sftp svn svn+ssh ws wss""".split()
uses_netloc = [''] + """ftp http gopher nntp telnet imap wais file mms https shttp snews
    prospero rtsp rtsps rtspu rsync svn svn+ssh sftp nfs git git+ssh ws wss
    itms-services""".split()
uses_params = [''] + """ftp hdl prospero http imap https shttp rtsp rtsps rtspu sip sips
    mms sftp tel""".split()
non_hierarchical = 'gopher hdl mailto news telnet wais imap snews sip sips'.split()
uses_query = [''] + 'http wais imap https shttp mms gopher rtsp rtsps rtspu sip sips'.split()
uses_fragment = [''] + """ftp hdl http gopher news nntp wais https shttp snews file
    prospero""".split()

# The characters a scheme name may contain (its first one must be a letter).
scheme_chars = string.ascii_letters + string.digits + '+-.'

# WHATWG: C0 controls and space are stripped from the ends of a URL, and tabs and
# newlines are removed wherever they are.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(0x21)))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


# --- str and bytes ---------------------------------------------------------------------

def _unchanged(value):
    return value


def _back_to_bytes(value):
    # value is a str or a result object: both have encode().
    return value.encode('ascii', 'strict')


def _as_str(*values):
    """The values as str, and the function that turns a result back into the caller's kind.

    The first value decides the kind; a later one of the other kind is an error unless it
    is empty (or None). Bytes are decoded as strict ASCII, empty ones to ''."""
    text_given = isinstance(values[0], str)
    for value in values[1:]:
        if value and isinstance(value, str) != text_given:
            raise TypeError("Cannot mix str and non-str arguments")
    if text_given:
        return values, _unchanged
    return tuple(value.decode('ascii', 'strict') if value else '' for value in values), \
        _back_to_bytes


# --- result classes --------------------------------------------------------------------

class _ResultMixinStr(object):
    """Methods of the results of parsing a str: encode() gives the bytes result."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ResultMixinBytes(object):
    """Methods of the results of parsing bytes: decode() gives the str result."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


class _NetlocResultMixinBase(object):
    """The netloc's parts as properties: username, password, hostname and port."""
    __slots__ = ()

    # netloc is [user[:password]@]host[:port], the host possibly an [IPv6 literal];
    # the subclasses give the delimiters in their own type (str or bytes).

    @property
    def _userinfo(self):
        credentials, at, _ = self.netloc.rpartition(self._AT)
        if not at:
            return None, None
        user, colon, password = credentials.partition(self._COLON)
        return user, (password if colon else None)

    @property
    def _hostinfo(self):
        where = self.netloc.rpartition(self._AT)[2]
        _, opened, literal = where.partition(self._OPEN)
        if opened:
            host, _, rest = literal.partition(self._CLOSE)
            port = rest.partition(self._COLON)[2]
        else:
            host, _, port = where.partition(self._COLON)
        return host, (port or None)

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # An IPv6 zone id ('%eth0') keeps its case; the rest is case-insensitive.
        name, percent, zone = host.partition(self._PERCENT)
        return name.lower() + percent + zone

    @property
    def port(self):
        digits = self._hostinfo[1]
        if digits is None:
            return None
        if not (digits.isascii() and digits.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {digits!r}")
        number = int(digits)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    username = property(lambda self: self._userinfo[0], doc="The user name, or None.")
    password = property(lambda self: self._userinfo[1], doc="The password, or None.")

    __class_getitem__ = classmethod(types.GenericAlias)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()
    _AT, _COLON, _OPEN, _CLOSE, _PERCENT = '@', ':', '[', ']', '%'


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()
    _AT, _COLON, _OPEN, _CLOSE, _PERCENT = b'@', b':', b'[', b']', b'%'


# The documented base class of the str results that have a netloc.
ResultBase = _NetlocResultMixinStr

_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

_DefragResultBase.__doc__ = """
DefragResult(url, fragment)

A 2-tuple: the URL without its fragment identifier, and the fragment.
"""
_DefragResultBase.url.__doc__ = "The URL with no fragment identifier."
_DefragResultBase.fragment.__doc__ = "The fragment identifier removed from the URL."

_SplitResultBase.__doc__ = """
SplitResult(scheme, netloc, path, query, fragment)

A 5-tuple of the parts of a URL as split by urlsplit().
"""
_SplitResultBase.scheme.__doc__ = "Specifies URL scheme for the request."
_SplitResultBase.netloc.__doc__ = "Network location where the request is made to."
_SplitResultBase.path.__doc__ = "The hierarchical path, such as the path to a file to download."
_SplitResultBase.query.__doc__ = "The query component (the part after '?')."
_SplitResultBase.fragment.__doc__ = "The fragment identifier (the part after '#')."

_ParseResultBase.__doc__ = """
ParseResult(scheme, netloc, path, params, query, fragment)

A 6-tuple of the parts of a URL as split by urlparse().
"""
for _field in ('scheme', 'netloc', 'path', 'query', 'fragment'):
    getattr(_ParseResultBase, _field).__doc__ = getattr(_SplitResultBase, _field).__doc__
del _field
_ParseResultBase.params.__doc__ = "Parameters of the last path element (after ';')."


def _join_fragment(self):
    if not self.fragment:
        return self.url
    hash_mark = '#' if isinstance(self.url, str) else b'#'
    return self.url + hash_mark + self.fragment


def _unsplit_self(self):
    return urlunsplit(self)


def _unparse_self(self):
    return urlunparse(self)


# geturl() rebuilds the URL (for urldefrag's result: with the fragment put back).
class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()
    geturl = _join_fragment


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()
    geturl = _join_fragment


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()
    geturl = _unsplit_self


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()
    geturl = _unsplit_self


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()
    geturl = _unparse_self


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()
    geturl = _unparse_self


for _text_class, _bytes_class in ((DefragResult, DefragResultBytes),
                                  (SplitResult, SplitResultBytes),
                                  (ParseResult, ParseResultBytes)):
    _text_class._encoded_counterpart = _bytes_class
    _bytes_class._decoded_counterpart = _text_class
del _text_class, _bytes_class


# --- splitting and joining -------------------------------------------------------------

def _splitnetloc(url, start=0):
    """Split url at the first '/', '?' or '#' at or after start: (netloc, rest)."""
    end = len(url)
    for delimiter in '/?#':
        found = url.find(delimiter, start)
        if 0 <= found < end:
            end = found
    return url[start:end], url[end:]


def _checknetloc(netloc):
    # A non-ASCII netloc must not turn into one with new delimiters under NFKC (as a
    # browser or IDNA would do), or two parsers would see different hosts.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc
    for delimiter in '@:#?':
        plain = plain.replace(delimiter, '')
    normalized = unicodedata.normalize('NFKC', plain)
    if normalized != plain and any(c in normalized for c in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid characters "
                         "under NFKC normalization")


_IPVFUTURE = re.compile(r'v[0-9A-Fa-f]+\..+', re.DOTALL)


def _check_bracketed_host(hostname):
    # The text between brackets must be an IPv6 address or an IPvFuture literal.
    import ipaddress        # only needed for bracketed hosts
    if hostname.startswith('v'):
        if not _IPVFUTURE.fullmatch(hostname):
            raise ValueError("IPvFuture address is invalid")
    elif isinstance(ipaddress.ip_address(hostname), ipaddress.IPv4Address):
        raise ValueError("An IPv4 address cannot be in brackets")


def _remove_unsafe(text):
    for unsafe in _UNSAFE_URL_BYTES_TO_REMOVE:
        text = text.replace(unsafe, '')
    return text


def _leading_scheme(url):
    """The index of the ':' ending a valid scheme at the start of url, or -1."""
    colon = url.find(':')
    if colon <= 0:
        return -1
    first = url[0]
    if not (first.isascii() and first.isalpha()):
        return -1
    if all(c in scheme_chars for c in url[1:colon]):
        return colon
    return -1


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: <scheme>://<netloc>/<path>?<query>#<fragment>.

    The result is a SplitResult (SplitResultBytes for bytes), a named tuple that also
    offers username, password, hostname and port. scheme is the default used when the
    URL has none; with allow_fragments false a '#' stays in the path or query.
    Percent escapes are left as they are.
    """
    (url, scheme), restore = _as_str(url, scheme)
    url = _remove_unsafe(url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE))
    scheme = _remove_unsafe(scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE))
    colon = _leading_scheme(url)
    if colon > 0:
        scheme, url = url[:colon].lower(), url[colon + 1:]
    netloc = query = fragment = ''
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        opened, closed = '[' in netloc, ']' in netloc
        if opened != closed:
            raise ValueError("Invalid IPv6 URL")
        if opened:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _checknetloc(netloc)
    return restore(SplitResult(scheme, netloc, url, query, fragment))


def _splitparams(path):
    # The parameters start at the first ';' of the last segment.
    semicolon = path.find(';', max(path.rfind('/'), 0))
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>.

    Like urlsplit(), but the ';params' of the last path segment are split off for the
    schemes of uses_params. The result is a ParseResult (ParseResultBytes for bytes).
    """
    (url, scheme), restore = _as_str(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return restore(ParseResult(scheme, netloc, path, params, query, fragment))


def urlunsplit(components):
    """Build a URL from the 5 parts urlsplit() gives (any 5-item iterable).

    The URL may differ from the one split, but only in equivalent ways (an empty query's
    '?' is dropped, for instance)."""
    (scheme, netloc, url, query, fragment), restore = _as_str(*components)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//':
        # Keep a path starting with '//' from being read back as a netloc.
        url = '//' + url
    elif scheme and scheme in uses_netloc and url[:1] in ('', '/'):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return restore(url)


def urlunparse(components):
    """Build a URL from the 6 parts urlparse() gives (any 6-item iterable)."""
    (scheme, netloc, path, params, query, fragment), restore = _as_str(*components)
    if params:
        path = path + ';' + params
    return restore(urlunsplit((scheme, netloc, path, query, fragment)))


def _merge_paths(base_path, path):
    """The path of a reference resolved against the base's: RFC 3986 5.2.3-5.2.4."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        directory = base_path.split('/')
        if directory[-1]:
            directory.pop()         # the base's last segment is replaced
        segments = directory + path.split('/')
        # Empty segments inside would give '//' once joined again.
        segments[1:-1] = [segment for segment in segments[1:-1] if segment]
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        # 'a/b/..' names the directory 'a/': keep the trailing slash.
        resolved.append('')
    return '/'.join(resolved) or '/'


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL into an absolute URL."""
    if not (base and url):
        return url if not base else base
    (base, url), restore = _as_str(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return restore(url)
    if scheme in uses_netloc:
        if netloc:
            return restore(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if path or params:
        path = _merge_paths(bpath, path)
    else:
        # Same document: only the query (when given) and fragment change.
        path, params = bpath, bparams
        query = query or bquery
    return restore(urlunparse((scheme, netloc, path, params, query, fragment)))


def urldefrag(url):
    """Remove any fragment from url: a DefragResult (url without fragment, fragment),
    the fragment being empty when there is none."""
    (url,), restore = _as_str(url)
    if '#' not in url:
        return restore(DefragResult(url, ''))
    parts = urlparse(url)
    without = urlunparse(parts[:5] + ('',))
    return restore(DefragResult(without, parts.fragment))


# --- unquoting ---------------------------------------------------------------------------

_HEXDIGITS = '0123456789ABCDEFabcdef'
# Every two-character hex escape (in any letter case) as bytes, to the byte it stands for.
_hex_pairs = {(high + low).encode(): bytes.fromhex(high + low)
              for high in _HEXDIGITS for low in _HEXDIGITS}


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    elif not string:
        # b'' gives b''; None and other non-strings fail as CPython's does.
        string.split
        return b''
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = _hex_pairs.get(piece[:2])
        if byte is None:
            out.append(b'%')       # not an escape: keep the '%'
            out.append(piece)
        else:
            out.append(byte)
            out.append(piece[2:])
    return b''.join(out)


# Splits a str into alternating runs: non-ASCII (even indexes) and ASCII (odd ones).
_ascii_runs = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by the characters they encode.

    Each run of escaped bytes is decoded with encoding and errors (see bytes.decode());
    by default UTF-8, with invalid sequences replaced by U+FFFD. Bytes are accepted too.

    unquote('abc%20def') -> 'abc def'.
    """
    if isinstance(string, bytes):
        # Bytes in, str out: everything is escape-decoded at once.
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split               # a str-like without '%': anything else fails here
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    runs = _ascii_runs.split(string)
    for i in range(1, len(runs), 2):
        # Escapes only appear in ASCII runs; non-ASCII text stays as it is.
        runs[i] = unquote_to_bytes(runs[i]).decode(encoding, errors)
    return ''.join(runs)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but '+' also becomes a space, as in HTML form values.

    unquote_plus('%7e/abc+def') -> '~/abc def'
    """
    return unquote(string.replace('+', ' '), encoding, errors)


# --- quoting -----------------------------------------------------------------------------

# RFC 3986's unreserved characters, never quoted.
_ALWAYS_SAFE = frozenset((string.ascii_letters + string.digits + '_.-~').encode())
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


class _Quoter(dict):
    """Maps each byte value (0-255) to its text in a quoted URL: the character itself
    when it is always safe or in the given safe set, else its %XX escape. Filled as
    bytes are met."""

    def __init__(self, safe):
        # safe: an iterable of byte values (bytes, or a set of ints).
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, byte):
        text = chr(byte) if byte in self.safe else '%{:02X}'.format(byte)
        self[byte] = text
        return text


@functools.lru_cache
def _quoter_for(safe):
    return _Quoter(safe).__getitem__


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but for bytes (or bytearray): no encoding step; the result is
    always an ASCII str. quote_from_bytes(b'abc def?') -> 'abc%20def%3f'
    """
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if len(bs) == 0:
        return ''
    # Only ASCII can be safe: a non-ASCII byte is always escaped.
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()      # nothing to escape
    return ''.join(map(_quoter_for(safe), bs))


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def'

    Percent-escape every character except the unreserved ones of RFC 3986 (letters,
    digits, '_.-~') and those of safe ('/' by default, as in paths). string and safe
    may be str or bytes; a str is first encoded with encoding and errors (UTF-8 and
    'strict' by default), which must not be given for bytes.
    """
    if not isinstance(string, str):
        for name, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    data = string.encode('utf-8' if encoding is None else encoding,
                         'strict' if errors is None else errors)
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+', as HTML form values want; '+' itself is
    escaped unless safe holds it, and safe is empty by default."""
    space = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and space not in string:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


# --- query strings -----------------------------------------------------------------------

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping, or a sequence of (name, value) pairs, as a query string.

    With doseq true, a value that is a sequence gives one name=element pair per element.
    Names and values may be str or bytes (others are converted with str()); safe,
    encoding and errors go to quote_via (the last two only for str).
    """
    if hasattr(query, 'items'):
        pairs = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
        pairs = query

    def quoted(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        if not isinstance(item, str):
            item = str(item)
        return quote_via(item, safe, encoding, errors)

    fields = []
    for name, value in pairs:
        name = quoted(name)
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                fields.append(name + '=' + quoted(value))
            else:
                fields.extend(name + '=' + quoted(element) for element in value)
        else:
            fields.append(name + '=' + quoted(value))
    return '&'.join(fields)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs, in order.

    keep_blank_values: keep fields with an empty value (as '') rather than drop them.
    strict_parsing: raise ValueError for a field without '=' (or an empty one).
    encoding, errors: how percent-escaped bytes are decoded (see bytes.decode()).
    max_num_fields: raise ValueError when the query has more fields than this.
    separator: the str or bytes that separates the fields ('&').
    A bytes-like query gives bytes names and values.
    """
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if isinstance(separator, bytes):
            separator = separator.decode('ascii')
        equals = '='

        def unescape(text):
            return unquote_plus(text, encoding, errors)
    else:
        if not qs:
            return []
        qs = bytes(memoryview(qs))
        if isinstance(separator, str):
            separator = separator.encode('ascii')
        equals = b'='

        def unescape(data):
            return unquote_to_bytes(data.replace(b'+', b' '))
    if not qs:
        return []
    fields = qs.split(separator)
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, has_equals, value = field.partition(equals)
        if not has_equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((unescape(name), unescape(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping each name to the list of its values.

    The arguments are those of parse_qsl().
    """
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields=max_num_fields, separator=separator):
        result.setdefault(name, []).append(value)
    return result


# --- old helpers (deprecated since 3.8) ---------------------------------------------------

def _to_bytes(url):
    # Despite its name: checks that a str URL is ASCII, and returns it unchanged.
    if isinstance(url, str):
        try:
            url.encode('ascii')
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """'<URL:scheme://host/path>' (or with only the brackets, or only 'URL:') ->
    'scheme://host/path'; any other string comes back as it is (stripped)."""
    text = str(url).strip()
    if text.startswith('<') and text.endswith('>'):
        text = text[1:-1].strip()
    if text.startswith('URL:'):
        text = text[4:].strip()
    return text


_scheme_prefix = re.compile('([^/:]+):(.*)', re.DOTALL)
_host_prefix = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_trailing_port = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring')."""
    found = _scheme_prefix.match(url)
    if found is None:
        return None, url
    return found.group(1).lower(), found.group(2)


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    found = _host_prefix.match(url)
    if found is None:
        return None, url
    host, path = found.groups()
    if path and not path.startswith('/'):
        path = '/' + path
    return host, path


def _splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    user, at, host = host.rpartition('@')
    return (user if at else None), host


def _splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    user, colon, password = user.partition(':')
    return user, (password if colon else None)


def _splitport(host):
    """'host:port' -> ('host', 'port')."""
    found = _trailing_port.fullmatch(host)
    if found is None:
        return host, None
    return found.group(1), (found.group(2) or None)


def _splitnport(host, defport=-1):
    """'host:port' -> ('host', port as int); defport when there is no port, None when the
    port is not a number."""
    name, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return name, defport
    return name, (int(port) if port.isascii() and port.isdigit() else None)


def _splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def _splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def _splitattr(url):
    """'/path;attr1=value1;attr2=value2;...' -> ('/path', ['attr1=value1', ...])."""
    path, *attributes = url.split(';')
    return path, attributes


def _splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    name, equals, value = attr.partition('=')
    return name, (value if equals else None)


def _deprecated(helper, instead):
    """The public, deprecated name of one of the helpers above."""
    public = helper.__name__[1:]
    message = f"urllib.parse.{public}() is deprecated as of 3.8"
    if instead:
        message += f", use urllib.parse.{instead}() instead"

    @functools.wraps(helper)
    def warn_and_call(*args, **kwargs):
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return helper(*args, **kwargs)
    warn_and_call.__name__ = warn_and_call.__qualname__ = public
    return warn_and_call


to_bytes = _deprecated(_to_bytes, None)
splittype = _deprecated(_splittype, 'urlparse')
splithost = _deprecated(_splithost, 'urlparse')
splituser = _deprecated(_splituser, 'urlparse')
splitpasswd = _deprecated(_splitpasswd, 'urlparse')
splitport = _deprecated(_splitport, 'urlparse')
splitnport = _deprecated(_splitnport, 'urlparse')
splitquery = _deprecated(_splitquery, 'urlparse')
splittag = _deprecated(_splittag, 'urlparse')
splitattr = _deprecated(_splitattr, 'urlparse')
splitvalue = _deprecated(_splitvalue, 'parse_qsl')


def clear_cache():
    """Clear the internal caches (of urlsplit() and of the quoting tables)."""
    urlsplit.cache_clear()
    _quoter_for.cache_clear()


def __getattr__(name):
    # The Quoter class was public by accident; it is still reachable, with a warning.
    if name != 'Quoter':
        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
    warnings.warn(_QUOTER_WARNING, DeprecationWarning, stacklevel=2)
    return _Quoter


_QUOTER_WARNING = ('Deprecated in 3.11. urllib.parse.Quoter will be removed in Python 3.14. '
                   'It was not intended to be a public API.')
