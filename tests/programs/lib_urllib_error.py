# urllib.error and urllib.response: the exceptions and the file wrappers (no network).
import io
import urllib.error as E
import urllib.response as R

e = E.URLError('boom')
print(repr(e), str(e), e.reason, e.args, isinstance(e, OSError))
e = E.URLError('boom', 'name')
print(e.filename, e.reason)
h = E.HTTPError('http://x', 404, 'Not Found', {'a': 'b'}, None)
print(repr(h), str(h), h.reason, h.code, h.msg, h.hdrs, h.headers, h.filename, h.url)
print(h.getcode(), h.geturl(), h.info(), h.status, h.read(), type(h.fp).__name__)
h.headers = {'c': 1}
print(h.hdrs, h.info())
h2 = E.HTTPError('http://y', 500, 'err', {}, io.BytesIO(b'body'))
print(h2.read(), h2.status)
try:
    raise h2
except E.URLError as caught:
    print('caught', type(caught).__name__, caught)
c = E.ContentTooShortError('short', b'content')
print(repr(c), str(c), c.content, c.reason, c.args)
print([cls.__name__ for cls in E.HTTPError.__mro__])

a = R.addinfourl(io.BytesIO(b'abc\ndef\n'), {'h': 1}, 'http://u', 200)
print(repr(a).split(' at ')[0], a.read(2), a.readline(), list(a))
print(a.info(), a.geturl(), a.getcode(), a.status, a.url, a.code, a.headers)
with a as same:
    print(same is a)
print(a.closed)
try:
    a.__enter__()
except ValueError as err:
    print('ValueError', err)
calls = []
hooked = R.addclosehook(io.BytesIO(b'x'), lambda *args: calls.append(args), 1, 2)
hooked.close()
hooked.close()
print(calls)
info = R.addinfo(io.BytesIO(b'x'), {'z': 1})
print(info.info(), info.read(), R.addinfourl(io.BytesIO(), {}, 'u').status)
print(E.__all__, R.__all__)
