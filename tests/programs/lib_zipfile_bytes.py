# zipfile writes the very bytes CPython writes (stored members, fixed timestamps): seekable
# and unseekable output (data descriptors), forced ZIP64, mkdir, comments and extra fields,
# appending (also after data that is not an archive), and reading those back.
import io, zipfile, json, zlib

class Unseekable(io.RawIOBase):
    def __init__(self): self.buf = io.BytesIO()
    def writable(self): return True
    def write(self, b): return self.buf.write(b)
    def flush(self): pass

def info(name, **kw):
    z = zipfile.ZipInfo(name, (2021, 6, 7, 8, 9, 10))
    for k, v in kw.items(): setattr(z, k, v)
    return z

def build(target, mode='w', **opts):
    with zipfile.ZipFile(target, mode, **opts) as z:
        z.writestr(info('a.txt'), 'hello\n' * 10)
        z.writestr(info('unicodé.txt', comment=b'c1', extra=b'\x99\x99\x02\x00ab'), b'x')
        z.writestr(info('dir/', external_attr=0o40755 << 16 | 0x10), b'')
        with z.open(info('stream.bin'), 'w') as w:
            w.write(b'abc' * 100)
        with z.open(info('big.bin'), 'w', force_zip64=True) as w:
            w.write(b'z' * 50)
        z.mkdir(info('made/', external_attr=0o40700 << 16 | 0x10, CRC=0))
        z.comment = b'archive'
    return target

out = {}
b = build(io.BytesIO()); out['seekable'] = b.getvalue().hex()
u = Unseekable(); build(u); out['unseekable'] = u.buf.getvalue().hex()
b2 = io.BytesIO(b.getvalue())
with zipfile.ZipFile(b2, 'a') as z:
    z.writestr(info('appended.txt'), b'more')
out['append'] = b2.getvalue().hex()
b3 = io.BytesIO()
with zipfile.ZipFile(b3, 'w') as z:
    for i in range(70000 if False else 300):
        z.writestr(info('f%d' % i), b'')
out['many'] = [len(b3.getvalue()), zlib.crc32(b3.getvalue())]
b4 = io.BytesIO(b'PREFIX' * 10)
b4.seek(0, 2)
with zipfile.ZipFile(b4, 'a') as z:
    z.writestr(info('x'), b'y')
out['prefixed'] = b4.getvalue().hex()
with zipfile.ZipFile(io.BytesIO(b4.getvalue())) as z:
    out['prefixed_read'] = [z.namelist(), z.read('x').decode(), [i.header_offset for i in z.infolist()]]
with zipfile.ZipFile(io.BytesIO(u.buf.getvalue())) as z:
    out['unseekable_read'] = [(i.filename, i.flag_bits, i.CRC, i.file_size, len(z.read(i))) for i in z.infolist()]
for key in out:
    value = out[key]
    if isinstance(value, str):
        raw = bytes.fromhex(value)
        print(key, len(raw), zlib.crc32(raw), raw[:40].hex())
    else:
        print(key, value)
