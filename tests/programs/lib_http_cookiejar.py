# http.cookiejar: date helpers, header parsing, policies and a jar driven by stand-in requests.
import email
import io
import os
import tempfile
import time
from urllib.parse import urlsplit
from http import cookiejar as cj


class Request:
    """Just enough of urllib.request.Request for a CookieJar."""
    def __init__(self, url, unverifiable=False, origin=None):
        self.full_url = url
        parts = urlsplit(url)
        self.type, self.host = parts.scheme, parts.netloc
        self.origin_req_host = origin or parts.hostname
        self.unverifiable = unverifiable
        self.headers = {}
    def get_full_url(self): return self.full_url
    def has_header(self, name): return name in self.headers
    def get_header(self, name, default=None): return self.headers.get(name, default)
    def header_items(self): return list(self.headers.items())
    def add_unredirected_header(self, name, value): self.headers[name] = value


class Response:
    def __init__(self, headers):
        self.msg = email.message_from_string('\n'.join(headers) + '\n\n')
    def info(self): return self.msg


def interact(jar, url, *set_cookies):
    req = Request(url)
    jar.add_cookie_header(req)
    headers = [h if h.startswith('Set-Cookie') else 'Set-Cookie: ' + h for h in set_cookies]
    jar.extract_cookies(Response(headers), req)
    return req.headers.get('Cookie'), req.headers.get('Cookie2')


for t in [0, 1, 86399, 951782400, 2**31 - 1, 4102444800.5]:
    print(cj.time2isoz(t), '|', cj.time2netscape(t))
for text in ['Wed, 09 Feb 1994 22:23:32 GMT', 'Thursday, 03-Feb-94 00:00:00 GMT',
             '03 Feb 1994 00:00:00 GMT', '09 Feb 1994 22:23:32 +0100', '09-Feb-1994 22:23',
             '08-Feb-1994', '8 Feb 1994 14:15:29 -0800 (PST)', '08-02-1994 00:00', 'Feb 3 1994',
             'Wed, 09 Feb 1994 22:23:32 EST', '09 Feb 2094 10:00:00 PM', '31 Feb 1994', '', 'garbage',
             '01 Jan 1969 00:00:00 GMT', ' 03   Feb   1994  0:00  ']:
    print(repr(text), cj.http2time(text))
for text in ['1994-02-03 14:15:29 -0100', '1994-02-03 14:15:29', '1994-02-03', '1994-02-03T14:15:29Z',
             '19940203T141529Z', '  1994-02-03 ', '1994-13-03', 'x1994']:
    print(repr(text), cj.iso2time(text))

hdrs = ['foo="bar"; port="80,81"; discard, bar=baz', 'text/html; charset="iso-8859-1"',
        'a="\\"quoted\\" \\\\"; b', ', ,x=1,', 'Basic realm="\\"foo\\\\bar\\""']
words = cj.split_header_words(hdrs)
print(words)
print(cj.join_header_words(words))
print(cj.join_header_words([[('a', None), ('b', 'has space'), ('c', 'x"y\\z')]]))
print(cj.parse_ns_headers(['foo=bar; path=/; Domain=.Acme.com; expires=Wed, 09-Feb-1994 22:23:32 GMT; secure',
                           'n="v"; Version="1"; Max-Age=10', '=x; foo', 'expires=01 Jan 2040 00:00:00 GMT',
                           ';skip', 'a=1; =2; ; Weird']))
for a, b in [('www.acme.com', '.acme.com'), ('acme.com', '.acme.com'), ('x.acme.com', 'acme.com'),
             ('192.168.1.1', '.168.1.1'), ('a.b.c', '.b.c'), ('A.B.C', '.b.C')]:
    print(a, b, cj.domain_match(a, b), cj.user_domain_match(a, b), cj.is_HDN(a), cj.reach(a))
print(cj.escape_path('/foo bar/%7e~/\u00e9?q'), cj.escape_path('/a%2fb'))

c = cj.Cookie(0, 'n', 'v', None, False, '.a.com', True, True, '/p', True, True, 4102444800,
              False, 'cm', 'http://x/', {'HttpOnly': None})
print(repr(c)); print(c, c.is_expired(), c.is_expired(5000000000), c.has_nonstandard_attr('HttpOnly'),
                      c.get_nonstandard_attr('x', 'd'))
try:
    cj.Cookie(0, 'n', 'v', None, True, 'a', False, False, '/', False, False, None, True, None, None, {})
except ValueError as e:
    print('ValueError', e)

FUTURE = 'Fri, 01-Jan-2100 00:00:00 GMT'
jar = cj.CookieJar()
print(interact(jar, 'http://www.acme.com/', 'customer=wile; path=/; expires=' + FUTURE))
print(interact(jar, 'http://www.acme.com/shop/', 'part=rocket; path=/shop'))
print(interact(jar, 'http://www.acme.com/shop/x', 'shipping=fedex; path=/shop/; domain=.acme.com'))
print(interact(jar, 'http://www.acme.com/shop/x'))
print(interact(jar, 'http://other.acme.com/shop/x'))
print(interact(jar, 'http://www.acme.com/', 'customer=gone; path=/; expires=Wed, 09-Feb-1994 22:23:32 GMT'))
print(interact(jar, 'http://www.acme.com/', 'tld=1; domain=.com', 'sub=1; domain=www.other.com',
               'secret=1; secure', 'noval', 'local=1; domain=acme.com'))
print(interact(jar, 'https://www.acme.com/'))
print(len(jar), [str(c) for c in jar])
print(str(jar))
jar.clear_session_cookies()
print(len(jar), [c.name for c in jar])
for args in [('x', None, 'n'), (None, '/x'), ]:
    try:
        jar.clear(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    jar.clear('nope')
except KeyError as e:
    print('KeyError', e)

pol = cj.DefaultCookiePolicy(rfc2965=True, blocked_domains=['.blocked.com'], strict_ns_domain=cj.DefaultCookiePolicy.DomainStrict)
jar2 = cj.CookieJar(pol)
print(pol.blocked_domains(), pol.allowed_domains(), pol.is_blocked('www.blocked.com'), pol.is_not_allowed('x'))
print(interact(jar2, 'http://www.acme.com/', 'Set-Cookie2: ' 'a="b c"; Version="1"; Path="/"; Port="80,8080"; Domain=".acme.com"'))
print(interact(jar2, 'http://www.acme.com/', 'Set-Cookie2: n2=v2; Version=1', 'Set-Cookie: ns=1', 'Set-Cookie: n2=dup'))
print(interact(jar2, 'http://www.acme.com/'))
print(interact(jar2, 'http://www.blocked.com/', 'Set-Cookie: b=1'), len(jar2))
print(interact(jar2, 'http://sub.www.acme.com/', 'Set-Cookie: deep=1; domain=.acme.com'))
print([(c.name, c.version, c.domain, c.path, c.port, c.port_specified, c.rfc2109) for c in jar2])
pol.set_allowed_domains(['.acme.com']); print(pol.allowed_domains(), pol.is_not_allowed('x.org'))
pol.set_blocked_domains([]); print(pol.blocked_domains())

jar3 = cj.CookieJar()
print(interact(jar3, 'http://www.acme.com/', 'Set-Cookie: v1=x; Version=1; Path=/'))
print([(c.name, c.version, c.rfc2109) for c in jar3])

tmp = tempfile.mkdtemp()
for cls in (cj.LWPCookieJar, cj.MozillaCookieJar):
    fj = cls()
    interact(fj, 'http://www.acme.com/a/', 'Set-Cookie: keep=1; path=/; expires=' + FUTURE,
             'Set-Cookie: sess=2', 'Set-Cookie: dom=3; domain=.acme.com; secure; expires=' + FUTURE,
             'Set-Cookie: bare; expires=' + FUTURE)
    fj.set_cookie(cj.Cookie(0, 'ho', 'v', None, False, 'www.acme.com', False, False, '/', False, False,
                            4102444800, False, None, None, {'HTTPOnly': ''}))
    path = os.path.join(tmp, cls.__name__)
    fj.save(path)
    print(cls.__name__, open(path).read())
    fj.save(path, ignore_discard=True)
    back = cls(path)
    back.load(ignore_discard=True)
    print([(c.name, c.value, c.domain, c.path, c.secure, c.expires, c.discard, c.domain_specified, c._rest) for c in back])
    back.revert()
    print(len(back))
    try:
        cls().load()
    except ValueError as e:
        print('ValueError', e)
    with open(path, 'w') as f:
        f.write('bogus\n')
    try:
        back.revert()
    except cj.LoadError as e:
        print('LoadError', str(e).replace(tmp, 'TMP'), isinstance(e, OSError))
    print(len(back))
print(cj.LWPCookieJar().as_lwp_str() == '')
with open(os.path.join(tmp, 'bad'), 'w') as f:
    f.write('# Netscape HTTP Cookie File\nonly\ttwo\n')
import warnings
with warnings.catch_warnings(record=True):
    warnings.simplefilter('always')
    try:
        cj.MozillaCookieJar().load(os.path.join(tmp, 'bad'))
    except cj.LoadError as e:
        print('LoadError', str(e).replace(tmp, 'TMP'))
