"""Client-side HTTP cookie handling.

A ``CookieJar`` collects the cookies servers send (``extract_cookies``) and
adds the matching ones to later requests (``add_cookie_header``).  Which
cookies are accepted and returned is decided by a ``CookiePolicy``;
``DefaultCookiePolicy`` implements the Netscape protocol, RFC 2965 and the
rules browsers actually apply.  ``MozillaCookieJar`` and ``LWPCookieJar``
store cookies in files (the ``cookies.txt`` format and libwww-perl's
``Set-Cookie3`` format).

Requests and responses are duck-typed as those of ``urllib.request``:
requests need ``get_full_url()``, ``host``, ``type``, ``unverifiable``,
``origin_req_host``, ``has_header()``, ``get_header()``, ``header_items()``
and ``add_unredirected_header()``; responses need ``info()`` returning an
object with ``get_all()``.
"""

import calendar
import copy
import datetime
import os
import re
import time
import urllib.parse

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy',
           'FileCookieJar', 'LWPCookieJar', 'LoadError', 'MozillaCookieJar']

debug = False
_logger = None


def _debug(*args):
    """Log through the 'http.cookiejar' logger when ``debug`` is set."""
    global _logger
    if not debug:
        return
    if _logger is None:
        import logging
        _logger = logging.getLogger('http.cookiejar')
    _logger.debug(*args)


HTTPONLY_ATTR = 'HTTPOnly'
HTTPONLY_PREFIX = '#HttpOnly_'
DEFAULT_HTTP_PORT = '80'
NETSCAPE_HEADER_TEXT = (
    '# Netscape HTTP Cookie File\n'
    '# http://curl.haxx.se/rfc/cookie_spec.html\n'
    '# This is a generated file!  Do not edit.\n\n')
MISSING_FILENAME_TEXT = ('a filename was not supplied (nor was the CookieJar '
                         'instance initialised with one)')


def _warn_unhandled_exception():
    # A bug in the parsing code should not stop the program: report the
    # traceback as a warning instead.
    import io
    import traceback
    import warnings
    text = io.StringIO()
    traceback.print_exc(None, text)
    warnings.warn('http.cookiejar bug!\n%s' % text.getvalue(), stacklevel=2)


# ---------------------------------------------------------------------------
# Dates

EPOCH_YEAR = 1970
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
          'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTHS_LOWER = [month.lower() for month in MONTHS]


def _timegm(fields):
    """Seconds since the epoch of a UTC (year, month, day, h, m, s) tuple,
    or None when a field is out of range."""
    year, month, mday, hour, minute, sec = fields[:6]
    if (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31
            and 0 <= hour <= 24 and 0 <= minute <= 59 and 0 <= sec <= 61):
        return calendar.timegm(fields)
    return None


def _utc_fields(t):
    if t is None:
        return datetime.datetime.now(datetime.timezone.utc)
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc)


def time2isoz(t=None):
    """The UTC time *t* (default: now) as "YYYY-MM-DD hh:mm:ssZ"."""
    d = _utc_fields(t)
    return '%04d-%02d-%02d %02d:%02d:%02dZ' % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def time2netscape(t=None):
    """The UTC time *t* (default: now) as "Wdy, DD-Mon-YYYY HH:MM:SS GMT"."""
    d = _utc_fields(t)
    return '%s, %02d-%s-%04d %02d:%02d:%02d GMT' % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
        d.hour, d.minute, d.second)


UTC_ZONES = {'GMT': None, 'UTC': None, 'UT': None, 'Z': None}

TIMEZONE_RE = re.compile(r'^([-+])?(\d\d?):?(\d\d)?$', re.ASCII)


def offset_from_tz_string(tz):
    """Seconds east of UTC for a zone name or numeric offset, or None."""
    if tz.upper() in UTC_ZONES:
        return 0
    match = TIMEZONE_RE.search(tz)
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    offset = 3600 * int(hours) + 60 * int(minutes or 0)
    return -offset if sign == '-' else offset


def _str2time(day, mon, yr, hr, min, sec, tz):
    """Combine the parsed fields of a date into seconds since the epoch."""
    yr = int(yr)
    if yr > datetime.MAXYEAR:
        return None
    try:
        mon = MONTHS_LOWER.index(mon.lower()) + 1
    except ValueError:
        # a numeric month
        try:
            mon = int(mon)
        except ValueError:
            return None
        if not 1 <= mon <= 12:
            return None
    hr, min, sec = (int(field) if field else 0 for field in (hr, min, sec))
    day = int(day)
    if yr < 1000:
        # A two-digit year means the one within 50 years of this year.
        this_year = time.localtime(time.time())[0]
        century = this_year - this_year % 100
        yr += century
        if abs(yr - this_year) > 50:
            yr += 100 if yr < this_year else -100
    t = _timegm((yr, mon, day, hr, min, sec, tz))
    if t is not None:
        offset = offset_from_tz_string(tz or 'UTC')
        if offset is None:
            return None
        t -= offset
    return t


STRICT_DATE_RE = re.compile(
    r'^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) '
    r'(\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$', re.ASCII)
WEEKDAY_RE = re.compile(
    r'^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*', re.I | re.ASCII)
LOOSE_HTTP_DATE_RE = re.compile(
    r'^(\d\d?)'                         # day
    r'(?:\s+|[-/])(\w+)'                # month
    r'(?:\s+|[-/])(\d+)'                # year
    r'(?:(?:\s+|:)(\d\d?):(\d\d)(?::(\d\d))?)?'   # [hh:mm[:ss]]
    # [zone] [(comment)]; one \s* between two items keeps matching linear
    r'\s*(?:([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)\s*)?'
    r'(?:\(\w+\)\s*)?$',
    re.ASCII)


def http2time(text):
    """Seconds since the epoch of an HTTP date, or None if it is not one.

    Besides the RFC 1123 form, this accepts the RFC 850 and asctime forms
    and the many variants servers send: missing weekday or seconds,
    two-digit years, numeric months, numeric zone offsets."""
    match = STRICT_DATE_RE.match(text)
    if match:
        day, mon, yr, hr, mn, sec = match.groups()
        mon = MONTHS.index(mon) + 1
        return _timegm((int(yr), mon, int(day), int(hr), int(mn),
                        float(sec)))

    text = WEEKDAY_RE.sub('', text.lstrip(), 1)
    day, mon, yr, hr, mn, sec, tz = [None] * 7
    match = LOOSE_HTTP_DATE_RE.match(text)
    if match is not None:
        day, mon, yr, hr, mn, sec, tz = match.groups()
    else:
        return None
    return _str2time(day, mon, yr, hr, mn, sec, tz)


ISO_DATE_RE = re.compile(
    r'^(\d{4})-?(\d\d)?-?(\d\d)?'                 # date
    r'(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)?'           # [hh[mm]
    r'(?::?(\d\d(?:\.\d*)?))?)?'                   # [ss[.frac]]]
    r'\s*(?:([-+]?\d\d?:?(:?\d\d)?|Z|z)\s*)?$',    # [zone]
    re.ASCII)


def iso2time(text):
    """Seconds since the epoch of an ISO 8601 date such as
    "1994-02-03 14:15:29 -0100", or None if it cannot be parsed."""
    match = ISO_DATE_RE.match(text.lstrip())
    if match is None:
        return None
    yr, mon, day, hr, mn, sec, tz, _ = match.groups()
    return _str2time(day, mon, yr, hr, mn, sec, tz)


# ---------------------------------------------------------------------------
# Header parsing

_TOKEN_RE = re.compile(r'^\s*([^=\s;,]+)')
_QUOTED_VALUE_RE = re.compile(r'^\s*=\s*"([^"\\]*(?:\\.[^"\\]*)*)"')
_PLAIN_VALUE_RE = re.compile(r'^\s*=\s*([^\s;,]*)')
_BACKSLASH_RE = re.compile(r'\\(.)')
_JUNK_RE = re.compile(r'^[=\s;]*')


def split_header_words(header_values):
    r"""Parse header values of the form 'k1=v1; k2="v 2", k3' into lists
    of (name, value) pairs, one list per comma-separated element.

    Quoted values are unquoted; a name without '=' gets the value None.

    >>> split_header_words(['foo="bar"; port="80,81"; discard, bar=baz'])
    [[('foo', 'bar'), ('port', '80,81'), ('discard', None)], [('bar', 'baz')]]
    """
    if isinstance(header_values, str):
        raise TypeError('expected a list of header values, not a string')
    result = []
    for text in header_values:
        pairs = []
        while text:
            match = _TOKEN_RE.search(text)
            if match:
                text = text[match.end():]
                name = match.group(1)
                match = _QUOTED_VALUE_RE.search(text)
                if match:
                    text = text[match.end():]
                    value = _BACKSLASH_RE.sub(r'\1', match.group(1))
                else:
                    match = _PLAIN_VALUE_RE.search(text)
                    if match:
                        text = text[match.end():]
                        value = match.group(1).rstrip()
                    else:
                        value = None
                pairs.append((name, value))
            elif text.lstrip().startswith(','):
                # the end of one element
                text = text.lstrip()[1:]
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                text, count = _JUNK_RE.subn('', text)
                assert count > 0, ('split_header_words bug: %r, %r'
                                   % (text, header_values))
        if pairs:
            result.append(pairs)
    return result


_NEEDS_ESCAPE_RE = re.compile(r'([\"\\])')


def join_header_words(lists):
    """The inverse of split_header_words: values that are not a single
    word are quoted.

    >>> join_header_words([[("text/plain", None), ("charset", "iso-8859-1")]])
    'text/plain; charset="iso-8859-1"'
    """
    elements = []
    for pairs in lists:
        parts = []
        for name, value in pairs:
            if value is not None:
                if not re.search(r'^\w+$', value):
                    value = '"%s"' % _NEEDS_ESCAPE_RE.sub(r'\\\1', value)
                name = '%s=%s' % (name, value)
            parts.append(name)
        if parts:
            elements.append('; '.join(parts))
    return ', '.join(elements)


def strip_quotes(text):
    """*text* without one leading and one trailing double quote."""
    start = 1 if text.startswith('"') else 0
    if start < len(text) and text.endswith('"'):
        return text[start:-1]
    return text[start:]


_NS_KNOWN_ATTRS = ('expires', 'domain', 'path', 'secure',
                   'version', 'port', 'max-age')


def parse_ns_headers(ns_headers):
    """Parse Netscape-style Set-Cookie header values into lists of
    (name, value) pairs like split_header_words does.

    Elements are split at ';' only (an expires date contains a comma);
    known attribute names are lowercased, expires dates are converted to
    seconds since the epoch, and ('version', '0') is added when no version
    attribute is present."""
    result = []
    for header in ns_headers:
        pairs = []
        has_version = False
        for index, param in enumerate(header.split(';')):
            name, sep, value = param.strip().partition('=')
            name = name.strip()
            if not name:
                if index == 0:
                    break
                continue
            value = value.strip() if sep else None
            if index:
                lowered = name.lower()
                if lowered in _NS_KNOWN_ATTRS:
                    name = lowered
                if name == 'version':
                    if value is not None:
                        value = strip_quotes(value)
                    has_version = True
                elif name == 'expires' and value is not None:
                    value = http2time(strip_quotes(value))
            pairs.append((name, value))
        if pairs:
            if not has_version:
                pairs.append(('version', '0'))
            result.append(pairs)
    return result


# ---------------------------------------------------------------------------
# Host names and paths

IPV4_RE = re.compile(r'\.\d+$', re.ASCII)


def is_HDN(text):
    """Whether *text* is a host domain name (not an IP address)."""
    if IPV4_RE.search(text) or not text:
        return False
    return text[0] != '.' and text[-1] != '.'


def domain_match(A, B):
    """Domain matching of RFC 2965: *A* is *B*, or *B* is a dotted suffix
    of the host domain name *A* (with at least one char before it)."""
    A, B = A.lower(), B.lower()
    if A != B and is_HDN(A):
        return (A.rfind(B) > 0 and B.startswith('.')
                and is_HDN(B[1:]))
    return A == B


def liberal_is_HDN(text):
    """Whether *text* is not an IP address (anything else goes)."""
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """The looser matching used for the blocked/allowed domain lists."""
    A, B = A.lower(), B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        # IP addresses only match themselves
        return A == B
    if B.startswith('.'):
        return A.endswith(B)
    return A == B


cut_port_re = re.compile(r':\d+$', re.ASCII)


def request_host(request):
    """The lowercased host of *request*, without any port."""
    host = urllib.parse.urlparse(request.get_full_url())[1]
    if host == '':
        host = request.get_header('Host', '')
    return cut_port_re.sub('', host, 1).lower()


def eff_request_host(request):
    """(request host, effective request host): RFC 2965 appends '.local'
    to a host name without dots."""
    host = request_host(request)
    if '.' not in host:
        return host, host + '.local'
    return host, host


def request_path(request):
    """The escaped path of the request URI (RFC 2965 section 1)."""
    path = escape_path(urllib.parse.urlsplit(request.get_full_url()).path)
    return path if path.startswith('/') else '/' + path


def request_port(request):
    """The port of *request* as a string, or None if it is not a number."""
    host, colon, port = request.host.partition(':')
    if not colon:
        return DEFAULT_HTTP_PORT
    if _is_integer(port):
        return port
    _debug("nonnumeric port: '%s'", port)
    return None


def _is_integer(text):
    try:
        int(text)
    except ValueError:
        return False
    return True


HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r'%([0-9a-fA-F][0-9a-fA-F])')


def uppercase_escaped_char(match):
    return '%' + match.group(1).upper()


def escape_path(path):
    """Percent-encode *path* as RFC 2965 compares paths: unsafe characters
    escaped, escapes in upper case, existing escapes kept."""
    path = urllib.parse.quote(path, HTTP_PATH_SAFE)
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char, path)


def reach(h):
    """The reach of host *h* (RFC 2965 section 1): its parent domain with a
    leading dot, when *h* has one.

    >>> reach('www.acme.com')
    '.acme.com'
    >>> reach('acme.com')
    'acme.com'
    >>> reach('acme.local')
    '.local'
    """
    first_dot = h.find('.')
    if first_dot >= 0:
        parent = h[first_dot + 1:]
        if is_HDN(h) and ('.' in parent or parent == 'local'):
            return '.' + parent
    return h


def is_third_party(request):
    """Whether the request goes to a host outside the reach of the host
    the user originally asked for (RFC 2965 section 3.3.6)."""
    host = request_host(request)
    return not domain_match(host, reach(request.origin_req_host))


# ---------------------------------------------------------------------------
# Cookies and policies

class Cookie:
    """One HTTP cookie, with every attribute of Netscape and RFC 2965
    cookies; attributes the protocols do not define live in ``_rest``."""

    def __init__(self, version, name, value, port, port_specified,
                 domain, domain_specified, domain_initial_dot,
                 path, path_specified, secure, expires, discard,
                 comment, comment_url, rest, rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(float(expires))
        if port is None and port_specified is True:
            raise ValueError('if port is None, port_specified must be false')
        given = locals()
        for field in self._FIELDS:
            setattr(self, field, given[field])
        self.domain = domain.lower()
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    # attributes beyond those of the protocols, such as HttpOnly
    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        port = '' if self.port is None else ':' + self.port
        where = self.domain + port + self.path
        if self.value is None:
            return '<Cookie %s for %s>' % (self.name, where)
        return '<Cookie %s=%s for %s>' % (self.name, self.value, where)

    _FIELDS = ('version', 'name', 'value', 'port', 'port_specified',
                    'domain', 'domain_specified', 'domain_initial_dot',
                    'path', 'path_specified', 'secure', 'expires', 'discard',
                    'comment', 'comment_url')

    def __repr__(self):
        fields = ['%s=%r' % (name, getattr(self, name))
                  for name in self._FIELDS]
        fields.append('rest=%r' % (self._rest,))
        fields.append('rfc2109=%r' % (self.rfc2109,))
        return '%s(%s)' % (type(self).__name__, ', '.join(fields))


class CookiePolicy:
    """Decides which cookies a CookieJar accepts and returns.

    Subclasses must define ``set_ok`` and ``return_ok``; the two quick
    pre-checks ``domain_return_ok`` and ``path_return_ok`` accept all."""

    def set_ok(self, cookie, request):
        """Whether the cookie the server set in reply to *request* may be
        stored."""
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        """Whether *cookie* may be sent with *request*."""
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        """Whether cookies of *domain* could be returned to *request*."""
        return True

    def path_return_ok(self, path, request):
        """Whether cookies of *path* could be returned to *request*."""
        return True


# Second-level domains under which a two-letter country domain gives
# registrable names (".co.uk"): strict_domain refuses cookies set for them.
_GENERIC_SLDS = frozenset((
    'co', 'ac', 'com', 'edu', 'org', 'net', 'gov', 'mil', 'int', 'aero',
    'biz', 'cat', 'coop', 'info', 'jobs', 'mobi', 'museum', 'name', 'pro',
    'travel', 'eu'))


class DefaultCookiePolicy(CookiePolicy):
    """The standard policy for Netscape and RFC 2965 cookies."""

    # bits of strict_ns_domain
    DomainLiberal = 0
    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain
    DomainRFC2965Match = 4

    # the switches of __init__, stored as attributes of the same names
    _SWITCHES = ('netscape', 'rfc2965', 'rfc2109_as_netscape', 'hide_cookie2',
                 'strict_domain', 'strict_rfc2965_unverifiable',
                 'strict_ns_unverifiable', 'strict_ns_domain',
                 'strict_ns_set_initial_dollar', 'strict_ns_set_path',
                 'secure_protocols')

    def __init__(self, blocked_domains=None, allowed_domains=None,
                 netscape=True, rfc2965=False, rfc2109_as_netscape=None,
                 hide_cookie2=False, strict_domain=False,
                 strict_rfc2965_unverifiable=True, strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False, strict_ns_set_path=False,
                 secure_protocols=('https', 'wss')):
        given = locals()
        for switch in self._SWITCHES:
            setattr(self, switch, given[switch])
        self.set_blocked_domains(blocked_domains or ())
        self.set_allowed_domains(allowed_domains)

    def blocked_domains(self):
        """The sequence of blocked domains, as a tuple."""
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked)
                   for blocked in self._blocked_domains)

    def allowed_domains(self):
        """The sequence of allowed domains (a tuple), or None."""
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = (None if allowed_domains is None
                                 else tuple(allowed_domains))

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, allowed)
                       for allowed in self._allowed_domains)

    def _passes(self, prefix, checks, cookie, request):
        return all(getattr(self, prefix + check)(cookie, request)
                   for check in checks)

    def set_ok(self, cookie, request):
        """Whether to accept *cookie*, set in reply to *request*."""
        _debug(' - checking cookie %s=%s', cookie.name, cookie.value)
        assert cookie.name is not None
        return self._passes('set_ok_', ('version', 'verifiability', 'name',
                                        'path', 'domain', 'port'),
                            cookie, request)

    def _version_allowed(self, cookie):
        if cookie.version > 0:
            return bool(self.rfc2965)
        return not (cookie.version == 0 and not self.netscape)

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            # Set-Cookie2 without a version attribute: not a valid cookie
            _debug('   Set-Cookie2 without version attribute (%s=%s)',
                   cookie.name, cookie.value)
            return False
        return self._version_allowed(cookie)

    def _verifiable_enough(self, cookie, request):
        if request.unverifiable and is_third_party(request):
            if cookie.version > 0:
                return not self.strict_rfc2965_unverifiable
            if cookie.version == 0:
                return not self.strict_ns_unverifiable
        return True

    def set_ok_verifiability(self, cookie, request):
        return self._verifiable_enough(cookie, request)

    def set_ok_name(self, cookie, request):
        # Netscape cookies may be named "$..." unless asked to be strict,
        # since RFC 2965 reserves the dollar prefix for attributes.
        return not (cookie.version == 0 and self.strict_ns_set_initial_dollar
                    and cookie.name.startswith('$'))

    def set_ok_path(self, cookie, request):
        if not cookie.path_specified:
            return True
        strict = cookie.version > 0 or (cookie.version == 0
                                        and self.strict_ns_set_path)
        return not (strict and not self.path_return_ok(cookie.path, request))

    def _country_sld(self, domain):
        """Whether *domain* looks like ".co.uk": a generic second-level
        name under a two-letter top-level domain."""
        last = domain.rfind('.')
        before = domain.rfind('.', 0, last)
        if before != 0:
            return False
        tld = domain[last + 1:]
        sld = domain[before + 1:last]
        return sld.lower() in _GENERIC_SLDS and len(tld) == 2

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain):
            _debug('   domain %s is in user block-list', cookie.domain)
            return False
        if self.is_not_allowed(cookie.domain):
            _debug('   domain %s is not in user allow-list', cookie.domain)
            return False
        if not cookie.domain_specified:
            return True
        host, erhn = eff_request_host(request)
        domain = cookie.domain
        if (self.strict_domain and domain.count('.') >= 2
                and self._country_sld(domain)):
            return False
        bare = domain[1:] if domain.startswith('.') else domain
        if '.' not in bare and not erhn.endswith('.local'):
            # a domain with no embedded dot is a top-level domain
            return False
        if cookie.version == 0:
            suffix_ok = (erhn.endswith(domain)
                         or erhn.endswith(f'{bare}.local'))
            if (not suffix_ok and not erhn.startswith('.')
                    and not ('.' + erhn).endswith(domain)):
                return False
        if cookie.version > 0 or (self.strict_ns_domain
                                  & self.DomainRFC2965Match):
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or (self.strict_ns_domain
                                  & self.DomainStrictNoDots):
            # the part of the host before the domain may hold no dot
            prefix = host[:-len(domain)]
            if '.' in prefix and not IPV4_RE.search(host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if not cookie.port_specified:
            return True
        port = request_port(request)
        port = '80' if port is None else str(port)
        for candidate in cookie.port.split(','):
            try:
                int(candidate)
            except ValueError:
                _debug('   bad port %s (not numeric)', candidate)
                return False
            if candidate == port:
                return True
        return False

    def return_ok(self, cookie, request):
        """Whether to send *cookie* with *request*."""
        _debug(' - checking cookie %s=%s', cookie.name, cookie.value)
        return self._passes('return_ok_', ('version', 'verifiability',
                                           'secure', 'expires', 'port',
                                           'domain'),
                            cookie, request)

    def return_ok_version(self, cookie, request):
        return self._version_allowed(cookie)

    def return_ok_verifiability(self, cookie, request):
        return self._verifiable_enough(cookie, request)

    def return_ok_secure(self, cookie, request):
        return not (cookie.secure
                    and request.type not in self.secure_protocols)

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if not cookie.port:
            return True
        port = request_port(request) or '80'
        return port in cookie.port.split(',')

    def return_ok_domain(self, cookie, request):
        host, erhn = eff_request_host(request)
        domain = cookie.domain
        dotted = domain
        if domain and not domain.startswith('.'):
            dotted = '.' + domain
        if (cookie.version == 0
                and self.strict_ns_domain & self.DomainStrictNonDomain
                and not cookie.domain_specified and domain != erhn):
            # a cookie set without a domain goes back to its host only
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ('.' + erhn).endswith(dotted):
            return False
        return True

    def domain_return_ok(self, domain, request):
        # Cheap test run before the per-cookie checks, on a whole domain.
        host, erhn = eff_request_host(request)
        host = host if host.startswith('.') else '.' + host
        erhn = erhn if erhn.startswith('.') else '.' + erhn
        dotted = domain
        if domain and not domain.startswith('.'):
            dotted = '.' + domain
        if not (host.endswith(dotted) or erhn.endswith(dotted)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        if req_path == path:
            return True
        # a prefix ending at a path-segment boundary
        return req_path.startswith(path) and (
            path.endswith('/') or req_path[len(path):len(path) + 1] == '/')


class Absent:
    """Marks an attribute missing from a cookie's header."""


class CookieJar:
    """A collection of cookies, indexed by domain, path and name."""

    non_word_re = re.compile(r'\W')
    quote_re = re.compile(r'([\"\\])')
    strict_domain_re = re.compile(r'\.?[^.]*')
    domain_re = re.compile(r'[^.]*')
    dots_re = re.compile(r'^\.+')

    magic_re = re.compile(r'^\#LWP-Cookies-(\d+\.\d+)', re.ASCII)

    def __init__(self, policy=None):
        import threading
        self._policy = DefaultCookiePolicy() if policy is None else policy
        self._cookies_lock = threading.RLock()
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _stamp_now(self):
        self._policy._now = self._now = int(time.time())

    def _cookies_for_domain(self, domain, request):
        policy = self._policy
        if not policy.domain_return_ok(domain, request):
            return []
        found = []
        for path, by_name in self._cookies[domain].items():
            if not policy.path_return_ok(path, request):
                continue
            found.extend(cookie for cookie in by_name.values()
                         if policy.return_ok(cookie, request))
        return found

    def _cookies_for_request(self, request):
        """The cookies to send with *request*."""
        found = []
        for domain in list(self._cookies):
            found.extend(self._cookies_for_domain(domain, request))
        return found

    def _cookie_attrs(self, cookies):
        """The parts of a Cookie header carrying *cookies* (most specific
        path first), with RFC 2965 $-attributes for versioned cookies."""
        cookies.sort(key=lambda cookie: len(cookie.path), reverse=True)
        parts = []
        first = True
        for cookie in cookies:
            version = cookie.version
            if first:
                first = False
                if version > 0:
                    parts.append('$Version=%s' % version)
            value = cookie.value
            # Netscape cookies cannot be quoted; RFC 2965 ones are escaped
            if (value is not None and version > 0
                    and self.non_word_re.search(value)):
                value = self.quote_re.sub(r'\\\1', value)
            parts.append(cookie.name if cookie.value is None
                         else '%s=%s' % (cookie.name, value))
            if version > 0:
                if cookie.path_specified:
                    parts.append('$Path="%s"' % cookie.path)
                if cookie.domain.startswith('.'):
                    domain = cookie.domain
                    if not cookie.domain_initial_dot:
                        domain = domain[1:]
                    parts.append('$Domain="%s"' % domain)
                if cookie.port is not None:
                    port = '$Port'
                    if cookie.port_specified:
                        port += '="%s"' % cookie.port
                    parts.append(port)
        return parts

    def add_cookie_header(self, request):
        """Add the Cookie (and Cookie2) header the cookies of the jar call
        for to *request*."""
        _debug('add_cookie_header')
        with self._cookies_lock:
            self._stamp_now()
            cookies = self._cookies_for_request(request)
            parts = self._cookie_attrs(cookies)
            if parts and not request.has_header('Cookie'):
                request.add_unredirected_header('Cookie', '; '.join(parts))
            # tell the server we understand RFC 2965 if it sent older ones
            policy = self._policy
            if (policy.rfc2965 and not policy.hide_cookie2
                    and not request.has_header('Cookie2')
                    and any(cookie.version != 1 for cookie in cookies)):
                request.add_unredirected_header('Cookie2', '$Version="1"')
        self.clear_expired_cookies()

    _BOOLEAN_ATTRS = ('discard', 'secure')
    _VALUE_ATTRS = ('version', 'expires', 'max-age', 'domain', 'path',
                    'port', 'comment', 'commenturl')

    def _normalize_attrs(self, attrs):
        """Return (standard, rest) dictionaries of a cookie's attributes,
        or None if the cookie must be ignored."""
        standard = {}
        rest = {}
        has_max_age = False
        for name, value in attrs:
            lowered = name.lower()
            known = lowered in self._VALUE_ATTRS or lowered in \
                self._BOOLEAN_ATTRS
            if known:
                name = lowered
            if name in self._BOOLEAN_ATTRS and value is None:
                value = True
            if name in standard:
                continue  # the first occurrence wins
            if name == 'domain':
                if value is None:
                    return None
                value = value.lower()
            elif name == 'expires':
                if has_max_age:
                    continue  # max-age overrides expires
                if value is None:
                    continue  # unparsable: a session cookie
            elif name == 'max-age':
                has_max_age = True
                try:
                    value = self._now + int(value)
                except ValueError:
                    return None
                name = 'expires'
            if known:
                if value is None and name not in ('port', 'comment',
                                                  'commenturl'):
                    return None
                standard[name] = value
            else:
                rest[name] = value
        return standard, rest

    def _normalized_cookie_tuples(self, attrs_set):
        """(name, value, standard attributes, other attributes) for every
        acceptable cookie of *attrs_set*."""
        result = []
        for attrs in attrs_set:
            name, value = attrs[0]
            normalized = self._normalize_attrs(attrs[1:])
            if normalized is not None:
                result.append((name, value) + normalized)
        return result

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, standard, rest = tup
        domain = standard.get('domain', Absent)
        path = standard.get('path', Absent)
        port = standard.get('port', Absent)
        expires = standard.get('expires', Absent)
        version = standard.get('version', None)
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None

        path_specified = path is not Absent and path != ''
        if path_specified:
            path = escape_path(path)
        else:
            # default: the request path up to its last slash (Netscape
            # browsers leave out the slash itself)
            path = request_path(request)
            slash = path.rfind('/')
            if slash != -1:
                path = path[:slash] if version == 0 else path[:slash + 1]
            path = path or '/'

        domain_specified = domain is not Absent
        domain_initial_dot = domain_specified and domain.startswith('.')
        if not domain_specified:
            domain = eff_request_host(request)[1]
        elif not domain.startswith('.'):
            domain = '.' + domain

        port_specified = False
        if port is Absent:
            port = None  # may go back to any port
        elif port is None:
            port = request_port(request)  # bare "Port": this port only
        else:
            port_specified = True
            port = re.sub(r'\s+', '', port)

        discard = standard.get('discard', False)
        if expires is Absent:
            expires = None
            discard = True
        elif expires <= self._now:
            # an expiry date in the past deletes the cookie
            _debug("Expiring cookie, domain='%s', path='%s', name='%s'",
                   domain, path, name)
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            return None

        return Cookie(version, name, value, port, port_specified,
                      domain, domain_specified, domain_initial_dot,
                      path, path_specified, standard.get('secure', False),
                      expires, discard, standard.get('comment', None),
                      standard.get('commenturl', None), rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        cookies = []
        for tup in self._normalized_cookie_tuples(attrs_set):
            cookie = self._cookie_from_cookie_tuple(tup, request)
            if cookie:
                cookies.append(cookie)
        return cookies

    def _process_rfc2109_cookies(self, cookies):
        as_netscape = getattr(self._policy, 'rfc2109_as_netscape', None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_netscape:
                    # treat version 1 Set-Cookie cookies as Netscape ones
                    cookie.version = 0

    def _parse_headers_safely(self, parse, headers, request):
        try:
            return self._cookies_from_attrs_set(parse(headers), request)
        except Exception:
            _warn_unhandled_exception()
            return []

    def make_cookies(self, response, request):
        """The Cookie objects the headers of *response* set."""
        headers = response.info()
        rfc2965_headers = headers.get_all('Set-Cookie2', [])
        ns_headers = headers.get_all('Set-Cookie', [])
        self._stamp_now()
        rfc2965 = self._policy.rfc2965
        netscape = self._policy.netscape

        if not ((rfc2965_headers and rfc2965) or (ns_headers and netscape)):
            return []
        cookies = self._parse_headers_safely(
            split_header_words, rfc2965_headers, request)
        if ns_headers and netscape:
            ns_cookies = self._parse_headers_safely(
                parse_ns_headers, ns_headers, request)
            self._process_rfc2109_cookies(ns_cookies)
            if rfc2965:
                # a Set-Cookie2 cookie overrides the Set-Cookie one
                taken = {(c.domain, c.path, c.name) for c in cookies}
                ns_cookies = [c for c in ns_cookies
                              if (c.domain, c.path, c.name) not in taken]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        """Store *cookie* if the policy accepts it."""
        with self._cookies_lock:
            self._stamp_now()
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        """Store *cookie* without asking the policy."""
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Store the cookies *response* sets that the policy accepts."""
        _debug('extract_cookies: %s', response.info())
        with self._cookies_lock:
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    _debug(' setting cookie: %s', cookie)
                    self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        """Remove the cookie *name* of *domain* and *path*, or every
        cookie of *domain* and *path*, or of *domain*, or all cookies."""
        if name is None and path is None:
            if domain is None:
                self._cookies = {}
            else:
                del self._cookies[domain]
        elif name is None:
            if domain is None:
                raise ValueError(
                    'domain must be given to remove cookies by path')
            del self._cookies[domain][path]
        else:
            if domain is None or path is None:
                raise ValueError(
                    'domain and path must be given to remove a cookie by name')
            del self._cookies[domain][path][name]

    def _clear_where(self, condition):
        with self._cookies_lock:
            for cookie in list(self):
                if condition(cookie):
                    self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_session_cookies(self):
        """Remove the cookies meant to last only as long as the session."""
        self._clear_where(lambda cookie: cookie.discard)

    def clear_expired_cookies(self):
        """Remove the cookies that have expired."""
        now = time.time()
        self._clear_where(lambda cookie: cookie.is_expired(now))

    def __iter__(self):
        for by_path in list(self._cookies.values()):
            for by_name in list(by_path.values()):
                yield from list(by_name.values())

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return '<%s[%s]>' % (type(self).__name__,
                             ', '.join(repr(cookie) for cookie in self))

    def __str__(self):
        return '<%s[%s]>' % (type(self).__name__,
                             ', '.join(str(cookie) for cookie in self))


class LoadError(OSError):
    """A cookie file could not be read: its format is wrong."""


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        self.filename = None if filename is None else os.fspath(filename)
        self.delayload = bool(delayload)

    def _file_name(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Write the cookies to *filename* (default: self.filename)."""
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies stored in *filename* (default: self.filename)."""
        filename = self._file_name(filename)
        with open(filename) as f:
            self._really_load(f, filename, ignore_discard, ignore_expires)

    def revert(self, filename=None,
               ignore_discard=False, ignore_expires=False):
        """Replace the cookies by those of the file; on an error reading
        it, keep the current ones."""
        filename = self._file_name(filename)
        with self._cookies_lock:
            saved = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = saved
                raise

    def _open_for_writing(self, filename):
        # cookies are private: the file is readable by its owner only
        fd = os.open(filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        return os.fdopen(fd, 'w')

    def _keep(self, cookie, now, ignore_discard, ignore_expires):
        if not ignore_discard and cookie.discard:
            return False
        return ignore_expires or not cookie.is_expired(now)


def lwp_cookie_str(cookie):
    """The Set-Cookie3 header value that describes *cookie*."""
    pairs = [(cookie.name, cookie.value),
             ('path', cookie.path),
             ('domain', cookie.domain)]
    if cookie.port is not None:
        pairs.append(('port', cookie.port))
    for flag, attr in (('path_spec', 'path_specified'),
                       ('port_spec', 'port_specified'),
                       ('domain_dot', 'domain_initial_dot'),
                       ('secure', 'secure')):
        if getattr(cookie, attr):
            pairs.append((flag, None))
    if cookie.expires:
        pairs.append(('expires', time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(('discard', None))
    if cookie.comment:
        pairs.append(('comment', cookie.comment))
    if cookie.comment_url:
        pairs.append(('commenturl', cookie.comment_url))
    pairs.extend((key, str(cookie._rest[key])) for key in sorted(cookie._rest))
    pairs.append(('version', str(cookie.version)))
    return join_header_words([pairs])


class LWPCookieJar(FileCookieJar):
    """Cookies saved in the Set-Cookie3 format of libwww-perl, which keeps
    every attribute of RFC 2965 cookies."""

    _FLAGS = ('port_spec', 'path_spec', 'domain_dot', 'secure', 'discard')
    _VALUES = ('version', 'port', 'path', 'domain', 'expires', 'comment',
               'commenturl')

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        """The cookies as Set-Cookie3 lines, each ending in a newline."""
        now = time.time()
        lines = ['Set-Cookie3: %s\n' % lwp_cookie_str(cookie)
                 for cookie in self
                 if self._keep(cookie, now, ignore_discard, ignore_expires)]
        return ''.join(lines)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_name(filename)
        with self._open_for_writing(filename) as f:
            # the version number makes loading by libwww-perl possible
            f.write('#LWP-Cookies-2.0\n')
            f.write(self.as_lwp_str(ignore_discard, ignore_expires))

    def _cookie_from_words(self, words):
        name, value = words[0]
        standard = dict.fromkeys(self._FLAGS, False)
        rest = {}
        for key, val in words[1:]:
            lowered = key.lower() if key is not None else None
            if lowered in self._VALUES or lowered in self._FLAGS:
                key = lowered  # unknown attributes keep their case
            if key in self._FLAGS:
                standard[key] = True if val is None else val
            elif key in self._VALUES:
                standard[key] = val
            else:
                rest[key] = val
        get = standard.get
        expires = get('expires')
        discard = get('discard')
        if expires is not None:
            expires = iso2time(expires)
            if expires is None:
                discard = True
        domain = get('domain')
        return Cookie(get('version'), name, value,
                      get('port'), get('port_spec'),
                      domain, domain.startswith('.'), get('domain_dot'),
                      get('path'), get('path_spec'), get('secure'),
                      expires, discard, get('comment'), get('commenturl'),
                      rest)

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        if not self.magic_re.search(f.readline()):
            raise LoadError('%r does not look like a Set-Cookie3 (LWP) '
                            'format file' % filename)
        now = time.time()
        prefix = 'Set-Cookie3:'
        line = ''
        try:
            for line in f:
                if not line.startswith(prefix):
                    continue
                text = line[len(prefix):].strip()
                for words in split_header_words([text]):
                    cookie = self._cookie_from_words(words)
                    if self._keep(cookie, now, ignore_discard,
                                  ignore_expires):
                        self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError('invalid Set-Cookie3 format file %r: %r'
                            % (filename, line))


class MozillaCookieJar(FileCookieJar):
    """Cookies saved in the cookies.txt format of Netscape and Mozilla
    browsers (also written by curl and wget).

    The format has no room for RFC 2965 attributes, so saving and loading
    turns such cookies into Netscape ones; a cookie with no value is
    written with an empty name."""

    magic_re = re.compile('#( Netscape)? HTTP Cookie File')
    header = NETSCAPE_HEADER_TEXT

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        if not self.magic_re.search(f.readline()):
            raise LoadError('%r does not look like a Netscape format cookies '
                            'file' % filename)
        line = ''
        try:
            for line in f:
                rest = {}
                # "#HttpOnly_" marks the HttpOnly flag of RFC 6265
                if line.startswith(HTTPONLY_PREFIX):
                    rest[HTTPONLY_ATTR] = ''
                    line = line[len(HTTPONLY_PREFIX):]
                if line.endswith('\n'):
                    # only the newline: a trailing tab ends an empty value
                    line = line[:-1]
                stripped = line.strip()
                if not stripped or stripped.startswith(('#', '$')):
                    continue
                (domain, domain_specified, path, secure, expires,
                 name, value) = line.split('\t')
                domain_specified = domain_specified == 'TRUE'
                if name == '':
                    # cookies.txt writes a cookie without value as one
                    # without name
                    name, value = value, None
                initial_dot = domain.startswith('.')
                assert domain_specified == initial_dot
                discard = expires == ''
                cookie = Cookie(0, name, value, None, False,
                                domain, domain_specified, initial_dot,
                                path, False, secure == 'TRUE',
                                None if discard else expires, discard,
                                None, None, rest)
                if self._keep(cookie, now, ignore_discard, ignore_expires):
                    self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError('invalid Netscape format cookies file %r: %r'
                            % (filename, line))

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_name(filename)
        with self._open_for_writing(filename) as f:
            f.write(NETSCAPE_HEADER_TEXT)
            now = time.time()
            for cookie in self:
                if not self._keep(cookie, now, ignore_discard,
                                  ignore_expires):
                    continue
                if cookie.value is None:
                    name, value = '', cookie.name
                else:
                    name, value = cookie.name, cookie.value
                domain = cookie.domain
                if cookie.has_nonstandard_attr(HTTPONLY_ATTR):
                    domain = HTTPONLY_PREFIX + domain
                fields = [domain,
                          'TRUE' if cookie.domain.startswith('.') else 'FALSE',
                          cookie.path,
                          'TRUE' if cookie.secure else 'FALSE',
                          '' if cookie.expires is None else str(cookie.expires),
                          name, value]
                f.write('\t'.join(fields) + '\n')
