# http.cookies: parsing real-world headers, quoting, Morsel attributes and output, errors.
from http import cookies
import pickle

def show(c):
    print(repr(c))
    for k in sorted(c):
        m = c[k]
        print(' ', k, repr(m.value), repr(m.coded_value), sorted((a, v) for a, v in m.items() if v != ''))

for header in [
    'chips=ahoy; vienna=finger',
    'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"',
    'keebler=E=mc2',
    'key:term=value:term',
    'a=b; c=[d]; e=f',
    'Customer="WILE_E_COYOTE"; Version=1; Path=/acme',
    '$Version=1; Customer="WILE_E_COYOTE"; $Path="/acme"',
    'foo=bar; expires=Wed, 09 Jun 2021 10:18:14 GMT; Path=/; secure; HttpOnly; SameSite=Lax',
    'eggs  =  scrambled  ;  secure  ;  path  =  bar   ; foo=foo   ',
    'Path=/; a=b',
    'a=b; secure=; httponly',
    'a=b; domain',
    'a=b; $Foo=bar',
    'good=1; bad',
    'x="\\303\\251t\\351"',
    'a=b;;c=d',
    '',
    'a="unterminated',
]:
    c = cookies.SimpleCookie()
    try:
        c.load(header)
        show(c)
    except cookies.CookieError as e:
        print('CookieError', e)

for v in ['plain', 'has space', 'semi;colon', 'comma,x', 'quote"x', 'back\\slash', '\x7f\xe9\u0100', '', 'a=b', 'tab\t']:
    print(repr(v), repr(cookies._quote(v)), cookies._unquote(cookies._quote(v)) == v)
print(repr(cookies._unquote('"\\141\\x"')), repr(cookies._unquote('"')), repr(cookies._unquote('abc')))

c = cookies.SimpleCookie()
c['sid'] = 'abc def'
c['num'] = 42
m = c['sid']
m['path'] = '/x'
m['domain'] = '.example.com'
m['max-age'] = 3600
m['secure'] = True
m['httponly'] = False
m['comment'] = 'a comment; yes'
m['samesite'] = 'Strict'
m['version'] = 1
m['expires'] = 'Fri, 01 Jan 2100 00:00:00 GMT'
print(c.output())
print(c.output(attrs=['path'], header='Cookie:', sep='|'))
print(repr(m))
print(m.OutputString(['domain', 'secure']))
print(c.js_output())
print(repr(c))
print(str(m))
b = cookies.BaseCookie()
b['x'] = 'a b'
b.load({'y': 3})
print(repr(b), b.output())
for bad in [lambda: m.__setitem__('bogus', 1), lambda: m.setdefault('Nope'),
            lambda: m.update({'Path': '/', 'Other': 2}), lambda: m.set('path', 'v', 'v'),
            lambda: m.set('bad key', 'v', 'v'), lambda: c.__setitem__('bad key', 'v')]:
    try:
        bad()
    except cookies.CookieError as e:
        print('CookieError', e)
m2 = m.copy()
print(m2 == m, m2 is m, m2 != m, type(m2).__name__)
m2['path'] = '/other'
print(m2 == m, m == 'x', m.isReservedKey('MAX-AGE'), m.isReservedKey('foo'))
print(m.setdefault('PATH', 'z'), m.setdefault('samesite'))
m.update({'Domain': 'd.org'})
print(m['domain'], m.key, m.value, m.coded_value)
p = pickle.loads(pickle.dumps(c))
print(repr(p), p == c)
print(pickle.loads(pickle.dumps(m)) == m)
mo = cookies.Morsel()
print(repr(mo), sorted(mo.keys()))
try:
    mo.key = 'x'
except AttributeError as e:
    print('AttributeError')
print(cookies.SimpleCookie('a=1; b=2') == cookies.SimpleCookie({'a': '1', 'b': '2'}))
print(cookies.Morsel[int], cookies.BaseCookie[str, int])
