# binascii: hex, base64, uuencode, quoted-printable and the checksums, with the errors.
import binascii
import array


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, str(e))
    else:
        print(label, '->', repr(result))


print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__name__, binascii.Error.__module__)

samples = [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\xff\x10', bytes(range(0, 256, 7)),
           bytearray(b'bytearray'), memoryview(b'memview'), array.array('B', [1, 2, 250])]

# hex
for s in samples:
    show('hexlify', binascii.hexlify, s)
    show('b2a_hex', binascii.b2a_hex, s)
for args in [(b'\x01\x02\x03\x04\x05', '-'), (b'\x01\x02\x03\x04\x05', b':', 2),
             (b'\x01\x02\x03\x04\x05', ' ', -2), (b'\x01\x02\x03\x04\x05', '.', 3),
             (b'\x01\x02\x03\x04\x05', '.', -3), (b'\x01\x02', '.', 5), (b'\x01\x02', '.', 0),
             (b'ab', 'xx'), (b'ab', ''), (b'ab', '\u0100'), (b'ab', bytearray(b'-')), (b'ab', 5),
             ('ab',), (5,)]:
    show('hexlify%r' % (args,), binascii.hexlify, *args)
show('hexlify kw', binascii.hexlify, data=b'\x10\x20\x30', sep='_', bytes_per_sep=1)
for s in ['', '00', 'ff', 'FF', 'aBcD', '0123456789abcdef', b'dead', bytearray(b'beef'),
          'abc', 'zz', 'g0', ' 0', 'é0', 5, None]:
    show('unhexlify(%r)' % (s,), binascii.unhexlify, s)
    show('a2b_hex(%r)' % (s,), binascii.a2b_hex, s)

# base64
for s in samples:
    show('b2a_base64', binascii.b2a_base64, s)
    show('b2a_base64 nl', binascii.b2a_base64, s, newline=False)
show('b2a_base64 str', binascii.b2a_base64, 'abc')
show('b2a_base64 int', binascii.b2a_base64, 3)
for s in [b'', b'YQ==', b'YWI=', b'YWJj', b'YWJjZA==', 'YWJj', b'YW\nJj', b'Y W J j', b'YQ', b'YWI',
          b'Y', b'YWJjZ', b'YQ==YQ==', b'YQ=', b'Y===', b'=YQ==', b'YQ==\n', b'YQ===', b'YQ=a=',
          b'YW!Jj', b'abcd=', b'abcd==', b'ab=c', b'abc=d', b'ab==c', b'a===', b'abcda',
          b'////', b'+/+/', b'AAAAAAAAA', 'Y\xe9Q==', 3.5]:
    show('a2b_base64(%r)' % (s,), binascii.a2b_base64, s)
    show('a2b_base64(%r, strict)' % (s,), binascii.a2b_base64, s, strict_mode=True)

# uuencode
for s in samples:
    show('b2a_uu', binascii.b2a_uu, s)
    show('b2a_uu bt', binascii.b2a_uu, s, backtick=True)
show('b2a_uu 45', binascii.b2a_uu, b'x' * 45)
show('b2a_uu 46', binascii.b2a_uu, b'x' * 46)
for s in [b'', b' ', b'`', b'!80``\n', b'#86)C\n', b'#86)C', b'#86)', b'$86)C9```\n',
          b'#86)C  \n', b'#86)Cxyz', b'!\x01', b'!\x7f', '#86)C\n',
          binascii.b2a_uu(b'hello world'), binascii.b2a_uu(b'\x00' * 10, backtick=True)]:
    show('a2b_uu(%r)' % (s,), binascii.a2b_uu, s)

# quoted-printable
qp = [b'', b'hello', b'a=b', b'tab\there', b'end space ', b'end tab\t', b'line1\nline2',
      b'line1\r\nline2\r\n', b'trailing \nspace', b'trailing\t\r\nx', b'\xe9t\xe9', b'.\n',
      b'.', b'..\n', b'x\n.\n', b'under_score', b'sp ace', b'\x00\x01\x7f', b'a' * 80,
      b'a' * 74 + b'==', b'b' * 75 + b'\n' + b'c' * 76, b'd' * 200, b'x\ry', b'x\r',
      b'=' * 30]
for s in qp:
    show('b2a_qp', binascii.b2a_qp, s)
    show('b2a_qp q', binascii.b2a_qp, s, quotetabs=True)
    show('b2a_qp bin', binascii.b2a_qp, s, istext=False)
    show('b2a_qp hdr', binascii.b2a_qp, s, header=True)
    enc = binascii.b2a_qp(s)
    print('round', binascii.a2b_qp(enc) == s)
for s in [b'', b'abc', b'a=3Db', b'a=3db', b'=\nx', b'=\r\nx', b'=  \nx', b'==41', b'=4',
          b'=4g', b'=', b'x=', b'a_b', 'a=20b', b'=XY', b'=\rabc']:
    show('a2b_qp(%r)' % (s,), binascii.a2b_qp, s)
    show('a2b_qp(%r, hdr)' % (s,), binascii.a2b_qp, s, header=True)

# checksums
for s in samples:
    show('crc32', binascii.crc32, s)
    show('crc32 v', binascii.crc32, s, 12345)
    show('crc_hqx', binascii.crc_hqx, s, 0)
    show('crc_hqx v', binascii.crc_hqx, s, 0xFFFF)
show('crc32 neg', binascii.crc32, b'abc', -1)
show('crc32 big', binascii.crc32, b'abc', 2**40 + 7)
show('crc_hqx neg', binascii.crc_hqx, b'abc', -1)
show('crc_hqx big', binascii.crc_hqx, b'abc', 2**20 + 3)
show('crc32 str', binascii.crc32, 'abc')
show('crc_hqx str', binascii.crc_hqx, 'abc', 0)
show('crc_hqx missing', binascii.crc_hqx, b'abc')
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
strided = memoryview(bytearray(b'noncontig'))[::-2]
show('b2a_hex strided', binascii.b2a_hex, strided)
show('a2b_base64 strided', binascii.a2b_base64, strided)
show('crc32 strided', binascii.crc32, strided)
