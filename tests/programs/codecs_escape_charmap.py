# The functions of _codecs that codecs re-exports: escape_encode/escape_decode (bytes-literal
# escapes), readbuffer_encode, utf_16_ex_decode/utf_32_ex_decode, charmap_decode/encode/build.
import codecs, warnings
warnings.simplefilter('always')
print(codecs.escape_encode(b'abc\x00\t\n\r\\\'"\x7f\x80\xff '))
for data in [b'\\x41\\n', b'abc', b'\\\\', b"\\'", b'\\"', b'\\a\\b\\f\\n\\r\\t\\v', b'\\101\\7\\777', b'\\\n', b'\\x4', b'\\x', b'\\xzz', b'\\q', b'\\', b'\\8', b'\\N{x}', b'\\u1234', '\\x41', b'\\x4g']:
    for errors in ['strict', 'replace', 'ignore']:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            try: r = codecs.escape_decode(data, errors)
            except Exception as e: r = (type(e).__name__, str(e))
        print(data, errors, r, [str(x.message) for x in w])
try: codecs.escape_decode(b'x', 'bogus')
except Exception as e: print(type(e).__name__, e)
print(codecs.escape_decode(b'\\x41', None))
print(codecs.readbuffer_encode(b'ab'), codecs.readbuffer_encode('ab\xe9'), codecs.readbuffer_encode(memoryview(b'xy'), 'strict'))
print(codecs.utf_16_ex_decode(b'\xff\xfea\x00b\x00'), codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.utf_16_ex_decode(b'a\x00'), codecs.utf_16_ex_decode(b'a\x00b', 'strict', 0, False), codecs.utf_16_ex_decode(b'a\x00', 'strict', 1))
print(codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
for m in [None, 'xyz', {97: 'X', 98: 'YY', 99: 0x263a}, {97: 98}]:
    try: print(codecs.charmap_decode(b'abc', 'strict', m))
    except Exception as e: print(type(e).__name__, e)
for m in [None, {ord('a'): 1, ord('b'): b'BB', ord('c'): None}, codecs.charmap_build('abc')]:
    try: print(codecs.charmap_encode('abc', 'strict', m))
    except Exception as e: print(type(e).__name__, e)
print(type(codecs.charmap_build('abc')).__name__, codecs.charmap_decode(b'\x00\x01\x05', 'replace', 'ab'))
print(codecs.charmap_encode('ab\u1234', 'replace', codecs.charmap_build('ab?')))
