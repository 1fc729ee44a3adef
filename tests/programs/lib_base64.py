# base64: Base16/32/64, Base85, Ascii85 and the legacy line interface, with their errors.
import base64
import binascii
import io
import array


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, str(e))
    else:
        print(label, '->', repr(result))


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00', b'\x00\x00\x00\x00',
           b'    ', b'\xff\xfe\xfd\xfc\xfb', bytes(range(40)), b'\xfb\xff\xbf',
           bytearray(b'array!'), memoryview(b'view')]

for s in samples:
    for name in ['b64encode', 'standard_b64encode', 'urlsafe_b64encode', 'b32encode',
                 'b32hexencode', 'b16encode', 'b85encode', 'a85encode', 'encodebytes']:
        func = getattr(base64, name)
        show(name, func, s)
    show('b64 alt', base64.b64encode, s, altchars=b'*-')
    show('b85 pad', base64.b85encode, s, pad=True)
    show('a85 pad', base64.a85encode, s, pad=True)
    show('a85 fold', base64.a85encode, s, foldspaces=True)
    show('a85 adobe', base64.a85encode, s, adobe=True)
    show('a85 wrap', base64.a85encode, s, wrapcol=7)
    show('a85 wrap adobe', base64.a85encode, s, wrapcol=4, adobe=True)
    show('a85 wrap1 adobe', base64.a85encode, s, wrapcol=1, adobe=True)
    # round trips
    raw = bytes(s)
    print('rt', base64.b64decode(base64.b64encode(s)) == raw,
          base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == raw,
          base64.b32decode(base64.b32encode(s)) == raw,
          base64.b32hexdecode(base64.b32hexencode(s)) == raw,
          base64.b16decode(base64.b16encode(s)) == raw,
          base64.b85decode(base64.b85encode(s)) == raw,
          base64.a85decode(base64.a85encode(s)) == raw,
          base64.a85decode(base64.a85encode(s, foldspaces=True, adobe=True, wrapcol=5),
                           foldspaces=True, adobe=True) == raw,
          base64.decodebytes(base64.encodebytes(s)) == raw)

show('encodebytes long', base64.encodebytes, bytes(range(256)) * 2)
show('b64encode str', base64.b64encode, 'abc')
show('b64encode alt bad', base64.b64encode, b'abc', altchars=b'-')
show('encodebytes str', base64.encodebytes, 'abc')
show('encodebytes array', base64.encodebytes, array.array('i', [1]))
show('encodebytes 2d', base64.encodebytes, memoryview(b'abcd').cast('B', (2, 2)))
show('decodebytes str', base64.decodebytes, 'YQ==')
show('b32encode str', base64.b32encode, 'abc')

for s in [b'Zm9v', 'Zm9v', b'Zm9vYg==', b'Zm9vYg', b'Zm9vYmFy\n', b'Zm9 vYmFy', b'Zm!9v',
          b'Z', b'Zm9=v', b'-_-_', b'+/+/', bytearray(b'YWI='), memoryview(b'YWI='),
          '\xe9', 12, None]:
    label = 'memoryview' if isinstance(s, memoryview) else repr(s)
    show('b64decode(%s)' % label, base64.b64decode, s)
    show('b64decode(%s, validate)' % label, base64.b64decode, s, validate=True)
    show('b64decode(%s, alt)' % label, base64.b64decode, s, altchars=b'-_')
    show('urlsafe_b64decode(%s)' % label, base64.urlsafe_b64decode, s)
    show('standard_b64decode(%s)' % label, base64.standard_b64decode, s)
show('b64decode alt str', base64.b64decode, 'ab-_', altchars='-_')
show('b64decode alt len', base64.b64decode, 'ab-_', altchars='-')

for s in [b'MZXW6===', 'MZXW6===', b'mzxw6===', b'MZXW6YQ=', b'MZXW6YTB', b'MZXW6YTBOI======',
          b'MZXW6', b'MZXW6==', b'MZXW6YT=', b'M=======', b'MZ======', b'MZX=====',
          b'MZXW====', b'========', b'MZ=W6===', b'MZXW1===', b'MZXW0===', b'', b'01234567',
          b'CPNMU===', b'cpnmu===', b'!!!!!!!!']:
    show('b32decode(%r)' % (s,), base64.b32decode, s)
    show('b32decode(%r, casefold)' % (s,), base64.b32decode, s, casefold=True)
    show('b32decode(%r, L)' % (s,), base64.b32decode, s, map01=b'L')
    show('b32decode(%r, I)' % (s,), base64.b32decode, s, map01='I')
    show('b32hexdecode(%r)' % (s,), base64.b32hexdecode, s)
    show('b32hexdecode(%r, casefold)' % (s,), base64.b32hexdecode, s, casefold=True)
show('b32decode map01 bad', base64.b32decode, b'MZXW6===', map01=b'LL')

for s in [b'', b'666F6F', '666F6F', b'666f6f', b'666F6', b'GG', b'6 6F']:
    show('b16decode(%r)' % (s,), base64.b16decode, s)
    show('b16decode(%r, casefold)' % (s,), base64.b16decode, s, casefold=True)

for s in [b'', b'W^Zp', b'W^Zp|', b'W^Zp|VR8', b'VPa!s', b'00000', b'|NsC0', b'|NsC1', b'{{{{{',
          b'~~~~~', b'0', b'00', b'W^"p|', 'W^Zp|VR8', b'ab cd']:
    show('b85decode(%r)' % (s,), base64.b85decode, s)

for s in [b'', b'AoDTs', b'AoDTs@<)', b'z', b'zz', b'y', b'!!z', b'AoD Ts\n@<)', b'<~AoDTs~>',
          b'AoDTs~>', b'<~AoDTs', b's8W-!', b's8W-"', b'uuuuu', b'AoDTx', b'!', b'!!', b'Ao\x00',
          'AoDTs@<)', b'y!!!!', b'!y!!!', b'<~~>', b'~>']:
    show('a85decode(%r)' % (s,), base64.a85decode, s)
    show('a85decode(%r, fold)' % (s,), base64.a85decode, s, foldspaces=True)
    show('a85decode(%r, adobe)' % (s,), base64.a85decode, s, adobe=True)
    show('a85decode(%r, ign)' % (s,), base64.a85decode, s, ignorechars=b'')

# the file interface
source = io.BytesIO(bytes(range(200)))
target = io.BytesIO()
base64.encode(source, target)
print(target.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(target.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
print(sorted(base64.__all__))
