# The surrogateescape and surrogatepass handlers called directly (as Python codecs call them),
# and the generic charmap codec.
import codecs
se = codecs.lookup_error('surrogateescape'); sp = codecs.lookup_error('surrogatepass')
print(se.__name__, sp.__name__)
def t(h, e):
    try: print(h(e))
    except Exception as x: print(type(x).__name__, x)
t(se, UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'x'))
t(se, UnicodeDecodeError('utf-8', b'a\x7fb', 1, 2, 'x'))
t(se, UnicodeEncodeError('ascii', 'a\udcff\udc80b', 1, 3, 'x'))
t(se, UnicodeEncodeError('ascii', 'a\udc7fb', 1, 2, 'x'))
t(se, UnicodeTranslateError('a', 0, 1, 'x'))
t(se, ValueError())
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'utf-16', 'utf-32', 'utf8', 'ascii']:
    t(sp, UnicodeEncodeError(enc, 'a\ud800\udfffb', 1, 3, 'x'))
    t(sp, UnicodeEncodeError(enc, 'ab', 1, 2, 'x'))
t(sp, UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 2, 'x'))
t(sp, UnicodeDecodeError('utf-16-le', b'a\x00\x00\xd8b\x00', 2, 4, 'x'))
t(sp, UnicodeDecodeError('utf-16-be', b'\xd8\x00', 0, 2, 'x'))
t(sp, UnicodeDecodeError('utf-32-le', b'\x00\xd8\x00\x00', 0, 4, 'x'))
t(sp, UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'x'))
t(sp, UnicodeDecodeError('latin-1', b'a\xffb', 1, 2, 'x'))
print(codecs.lookup('charmap').name, codecs.encode('abc', 'charmap'), codecs.decode(b'\xe9', 'charmap'))
