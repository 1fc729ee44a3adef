# The codecs written in Python that encodings finds: bytes-to-bytes (base64, hex, zlib, uu,
# quopri) and str-to-str (rot13), their aliases, incremental forms, and the notes their errors get.
import codecs
for name in ['base64', 'hex', 'zlib', 'uu', 'quopri', 'rot13']:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, info.encode.__name__, info.decode.__name__)
    data = 'Hello, world!\tx y\n' * 4 if name == 'rot13' else b'Hello, world!\tx y =\xff\n' * 4
    enc = codecs.encode(data, name)
    print(repr(enc)[:150])
    print(codecs.decode(enc, name) == data)
    e = codecs.getincrementalencoder(name)()
    chunks = b''.join([e.encode(data[:10]), e.encode(data[10:], True)]) if name != 'rot13' else ''.join([e.encode(data[:10]), e.encode(data[10:], True)])
    d = codecs.getincrementaldecoder(name)()
    if name not in ('base64', 'uu', 'quopri'):
        print('incremental', d.decode(chunks[:6]) + d.decode(chunks[6:], True) == data)
for bad, name in [(b'', 'uu'), (b'begin 666 x\n', 'uu'), (b'zz', 'hex'), (b'abc', 'base64'), (b'xx', 'zlib')]:
    try:
        codecs.decode(bad, name)
    except Exception as e:
        print(type(e).__name__, e, e.__notes__)
print(codecs.encode(b'a=b \xff\tc\n', 'quopri'), codecs.decode(b'a=3Db=20=FF', 'quopri'))
print(codecs.encode(b'', 'uu'), codecs.encode(b'x' * 50, 'uu'))
for alias in ['base_64', 'BASE64', 'Zip', 'quoted-printable', 'quotedprintable', 'rot_13', 'hex_codec', 'uu_codec', 'zlib_codec']:
    print(alias, codecs.lookup(alias).name)
try:
    codecs.lookup('undefined').encode('x')
except UnicodeError as e:
    print(type(e).__name__, e)
import encodings
print(encodings.search_function('nonexistent'), encodings.normalize_encoding('  utf--8 !'), encodings.normalize_encoding(b'latin 1'))
import encodings.base64_codec as m
print(sorted(n for n in dir(m) if not n.startswith('_')))
import encodings.utf_8, encodings.cp437
print(encodings.utf_8.getregentry().name, encodings.cp437.getregentry().decode(b'\xc2')[0])
import quopri, io
out = io.BytesIO(); quopri.encode(io.BytesIO(b'tab\there =\n'), out, True); print(out.getvalue())
print(quopri.encodestring(b'a b_c', header=True), quopri.decodestring(b'a_b=20', header=True))
print(codecs.encode('Uryyb', 'rot13'))
