# email.charset, email.base64mime, email.quoprimime: the encodings of bodies and headers.
from email import base64mime, quoprimime, charset
from email.charset import Charset, add_charset, add_alias, add_codec


def show(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['us-ascii', 'UTF-8', 'latin_1', 'iso-8859-15', 'big5', 'gb2312', 'euc-jp',
             'shift_jis', 'koi8-r', 'windows-1252', 'x-unknown', 'ascii', b'utf-8']:
    c = Charset(name)
    print(name, str(c), repr(c), c.input_charset, c.header_encoding, c.body_encoding,
          c.output_charset, c.input_codec, c.output_codec, c.get_output_charset())
    body = c.get_body_encoding() if c.body_encoding != charset.SHORTEST else None
    print('  body encoding', body if isinstance(body, str) else getattr(body, '__name__', body))
show('non-ascii name', Charset, 'ütf')
print('eq', Charset('utf-8') == 'UTF-8', Charset('latin_1') == Charset('iso-8859-1'),
      Charset('utf-8') != 'ascii')
u = Charset('utf-8')
l1 = Charset('iso-8859-1')
a = Charset('us-ascii')
for c in (u, l1, a):
    show('header_encode %s' % c, c.header_encode, 'Hello wörld' if str(c) != 'us-ascii' else 'Hello')
    show('body_encode %s' % c, c.body_encode, 'Grüße\nline two = end \n' if str(c) != 'us-ascii' else 'hi\n')
show('body_encode empty', u.body_encode, '')
show('body_encode bytes', u.body_encode, b'\xc3\xa9')
show('shortest q', u.header_encode, 'mostly ascii with é')
show('lines', u.header_encode_lines, 'é' * 40, iter([30, 40, 40, 40, 40]))
show('lines none', u.header_encode_lines, 'éé', iter([5, 40, 40]))
show('lines latin', l1.header_encode_lines, 'Grüße aus Köln ' * 3, iter([20] * 10))
add_charset('x-test', charset.QP, charset.BASE64, 'utf-8')
add_alias('x-alias', 'x-test')
add_codec('x-test', 'utf-8')
t = Charset('X-Alias')
print('added', t.input_charset, t.header_encoding, t.body_encoding, t.output_charset, t.input_codec)
show('add SHORTEST body', add_charset, 'x-bad', None, charset.SHORTEST)

show('b64 header_length', base64mime.header_length, b'abcd')
show('b64 header_length 0', base64mime.header_length, b'')
show('b64 header_encode', base64mime.header_encode, b'hello')
show('b64 header_encode str', base64mime.header_encode, 'héllo', 'utf-8')
show('b64 header_encode empty', base64mime.header_encode, b'')
show('b64 body_encode', base64mime.body_encode, bytes(range(100)))
show('b64 body_encode crlf', base64mime.body_encode, bytes(range(60)), 40, '\r\n')
show('b64 body_encode empty', base64mime.body_encode, b'')
show('b64 decode', base64mime.decode, 'aGVsbG8=')
show('b64 decode bytes', base64mime.decode, b'aGVsbG8=')
show('b64 decode empty', base64mime.decode, '')
show('b64 decode bad', base64mime.decode, 'a')
print('aliases', base64mime.body_decode is base64mime.decode, base64mime.decodestring is base64mime.decode)

show('qp header_length', quoprimime.header_length, b'hello world=?')
show('qp body_length', quoprimime.body_length, b'hello world=?\t\xff')
print('qp checks', [quoprimime.header_check(o) for o in b' a_=-!'], [quoprimime.body_check(o) for o in b' a_=\t\n'])
show('qp quote', quoprimime.quote, '=')
show('qp unquote', quoprimime.unquote, '=3D')
show('qp header_encode', quoprimime.header_encode, b'hello world_=?!*', 'utf-8')
show('qp header_encode empty', quoprimime.header_encode, b'')
show('qp header_decode', quoprimime.header_decode, 'a_b=3Dc=e9=XZ')
for body in ['hello', 'trailing space \nand tab\t\n', 'x' * 200, 'a=b' * 40,
             ('y' * 74) + ' \n', ('y' * 75) + ' \n', ('y' * 76) + ' \n', ('z' * 73) + '=' + 'z' * 5,
             'é\r\nline\rthree\n', '', 'ends with space ', 'x' * 75 + '\t',
             ('w' * 72) + '=3D' * 3]:
    show('qp body_encode', quoprimime.body_encode, body)
show('qp body_encode 10', quoprimime.body_encode, 'abcdefghijklmnopqrstuvwxyz=' * 2, 10)
show('qp body_encode crlf', quoprimime.body_encode, 'a' * 100 + '\n' + 'b', 76, '\r\n')
show('qp body_encode 3', quoprimime.body_encode, 'abc', 3)
for encoded in ['hello=3Dworld', 'soft=\nbreak', 'a=\r\nb\r\n', 'line  \n\nx', '=4', 'a==',
                'tail=', '=A=', 'x\n', '', 'é=E9=e9', 'many\nlines\nhere', 'z=\n']:
    show('qp decode', quoprimime.decode, encoded)
show('qp decode crlf', quoprimime.decode, 'a\nb', '\r\n')
show('qp decode crlf end', quoprimime.decode, 'a\nb\n', '\r\n')
print('aliases', quoprimime.body_decode is quoprimime.decode, quoprimime.decodestring is quoprimime.decode)
