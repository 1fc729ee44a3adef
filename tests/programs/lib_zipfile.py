# zipfile: writing stored and deflated members to a file and to memory, reading them
# back, ZipInfo, appending, extraction, Path, and the errors on bad input.
import io
import os
import shutil
import tempfile
import zipfile

STAMP = (2021, 3, 4, 5, 6, 8)


def member(name, **fields):
    info = zipfile.ZipInfo(name, STAMP)
    for key, value in fields.items():
        setattr(info, key, value)
    return info


buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(member('plain.txt'), 'just text\n' * 3)
    z.writestr(member('packed.txt', compress_type=zipfile.ZIP_DEFLATED), b'abc' * 500)
    z.writestr(member('dir/inner.bin', external_attr=0o644 << 16), bytes(range(256)))
    z.writestr(member('caf\u00e9.txt'), 'unicode name')
    z.writestr(member('folder/', external_attr=0o40755 << 16 | 0x10), b'')
    z.comment = b'archive comment'
    print(repr(z)[:30])
data = buf.getvalue()
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'nope' * 10)))

with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist())
    print(z.comment)
    for info in z.infolist():
        print(' ', info.filename, info.date_time, info.file_size, info.CRC,
              info.compress_type, info.is_dir(), info.flag_bits, oct(info.external_attr >> 16))
    print(repr(z.getinfo('plain.txt')))
    print(repr(z.getinfo('folder/')))
    print(repr(z.getinfo('dir/inner.bin')))
    print(z.read('plain.txt'))
    print(len(z.read('packed.txt')), z.read('packed.txt')[:9])
    print(z.read('caf\u00e9.txt'))
    with z.open('plain.txt') as f:
        print(f.readline(), f.read(4), f.tell(), f.seek(0), f.read(4), f.seekable())
        print(list(f))
    with z.open('packed.txt') as f:
        print(f.read(3), f.seek(1200), f.read(6), f.tell(), f.seek(-3, 2), f.read())
    with z.open(z.getinfo('dir/inner.bin')) as f:
        print(f.read(5), f.peek(1)[:1], f.read1(2))
    print(z.testzip())
    z.printdir(file=None) if False else None
    out = io.StringIO()
    z.printdir(file=out)
    print(out.getvalue().splitlines()[0])
    print(out.getvalue().splitlines()[1])
    try:
        z.getinfo('missing')
    except KeyError as e:
        print('KeyError', e)
    try:
        z.writestr('x', b'y')
    except ValueError as e:
        print('ValueError', e)
    try:
        z.open('plain.txt', 'q')
    except ValueError as e:
        print('ValueError', e)

# Bad archives
for blob in [b'', b'PK\x05\x06', b'garbage' * 20, data[:len(data) // 2]]:
    try:
        zipfile.ZipFile(io.BytesIO(blob))
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
corrupt = bytearray(data)
spot = bytes(corrupt).find(b'just text')
corrupt[spot] ^= 0x20
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as z:
    try:
        z.read('plain.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
    print(z.testzip())
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
for bad in [lambda: zipfile.ZipFile(io.BytesIO(), 'z'),
            lambda: zipfile.ZipFile(io.BytesIO(), 'w', compression=99),
            lambda: zipfile.ZipInfo('old', (1970, 1, 1, 0, 0, 0)),
            lambda: zipfile.ZipFile(io.BytesIO(), 'w', metadata_encoding='utf-8')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# Files on disk: write, append, extract.
work = tempfile.mkdtemp()
try:
    src = os.path.join(work, 'src')
    os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'one.txt'), 'w') as f:
        f.write('first file\n')
    with open(os.path.join(src, 'sub', 'two.txt'), 'w') as f:
        f.write('second file\n' * 50)
    archive = os.path.join(work, 'a.zip')
    with zipfile.ZipFile(archive, 'w', zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(src, 'one.txt'), 'one.txt')
        z.write(os.path.join(src, 'sub'), 'sub')
        z.write(os.path.join(src, 'sub', 'two.txt'), 'sub/two.txt')
        with z.open('streamed.txt', 'w') as w:
            w.write(b'streamed ')
            w.write(b'content')
    with zipfile.ZipFile(archive, 'a') as z:
        z.writestr(member('added.txt'), 'appended later')
        z.writestr(member('../evil.txt'), 'kept inside')
    with zipfile.ZipFile(archive) as z:
        print(z.namelist())
        print([i.compress_type for i in z.infolist()])
        print(z.getinfo('sub/').is_dir(), z.read('streamed.txt'))
        target = os.path.join(work, 'out')
        print(os.path.relpath(z.extract('one.txt', target), work))
        z.extractall(target)
    found = []
    for folder, dirs, files in os.walk(os.path.join(work, 'out')):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(folder, name)
            with open(full) as f:
                found.append((os.path.relpath(full, work), len(f.read())))
    print(found)
    root = zipfile.Path(archive)
    print(sorted(p.name for p in root.iterdir()))
    two = root / 'sub' / 'two.txt'
    print(os.path.relpath(str(two), work), two.exists(), two.is_file(), two.suffix, two.stem, two.parent.name)
    print(two.read_text()[:12], (root / 'sub').is_dir(), (root / 'nope').exists())
    print(sorted(str(p.name) for p in root.glob('*.txt')))
    root.root.close()
    with open(os.path.join(work, 'notzip'), 'wb') as f:
        f.write(b'plain bytes')
    print(zipfile.is_zipfile(os.path.join(work, 'notzip')),
          zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(work, 'missing')))
finally:
    shutil.rmtree(work)
