# mimetypes: guessing types and extensions with the default tables (no system files), data
# URLs, suffix and encoding maps, add_type, reading mime.types files, init, the command line.
import io
import mimetypes
import os
import sys
import tempfile

print('inited at import:', mimetypes.inited, mimetypes._db)
mimetypes.knownfiles = []  # this machine's /etc/mime.types must not matter
mimetypes.init()
print('inited:', mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types))
print(list(mimetypes.types_map.items())[:6])
print(mimetypes.suffix_map)
print(mimetypes.encodings_map)
print(mimetypes.common_types)

for url in ('index.html', 'INDEX.HTML', 'a.tar.gz', 'a.tgz', 'a.TGZ', 'x.svgz', 'a.tar.Z', 'a.tar.z',
            'p.py', 'photo.JPG', 'x.webp', 'noext', '.bashrc', 'dir.d/file', 'http://h/x.png?q=1',
            'http://h/a.b/', 'file:///x/y.pdf', 'data:,hello', 'data:image/png;base64,AAA',
            'data:a=b,c', 'data:nocomma', 'data:;base64,xx', 'song.mid', 'x.txt.br', 'x.xz'):
    print(f'{url!r:32}', mimetypes.guess_type(url), mimetypes.guess_type(url, strict=False))

class P:
    def __fspath__(self):
        return 'dir/report.pdf'

print(mimetypes.guess_type(P()))
for t in ('text/html', 'TEXT/PLAIN', 'image/jpeg', 'image/jpg', 'application/octet-stream',
          'audio/midi', 'text/javascript', 'no/such'):
    print(t, mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, strict=False),
          mimetypes.guess_extension(t), mimetypes.guess_extension(t, False))

mimetypes.add_type('application/x-demo', '.demo')
mimetypes.add_type('application/x-demo', '.dmo', strict=False)
print(mimetypes.guess_type('a.demo'), mimetypes.guess_type('a.dmo'), mimetypes.guess_type('a.dmo', False))
print(mimetypes.guess_all_extensions('application/x-demo', False))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'mime.types')
    with open(path, 'w') as f:
        f.write('# comment\napplication/x-first fst fir # tail comment\n\ntext/x-thing thing\n'
                'image/png png2\n')
    print('read_mime_types:', mimetypes.read_mime_types(path))
    print('missing:', mimetypes.read_mime_types(os.path.join(tmp, 'nope')))
    db = mimetypes.MimeTypes([path])
    print(db.guess_type('a.fir'), db.guess_extension('application/x-first'),
          db.guess_all_extensions('image/png'))
    db2 = mimetypes.MimeTypes()
    db2.read(path, strict=False)
    print(db2.guess_type('a.fst'), db2.guess_type('a.fst', strict=False))
    db2.readfp(io.StringIO('a/b c\n'))
    print(db2.guess_type('x.c'), db2.types_map_inv[True]['a/b'])
    print('same before init:', mimetypes.guess_type('a.thing'))
    mimetypes.init([path])
    print('after init(files):', mimetypes.guess_type('a.thing'), mimetypes.guess_type('a.demo'))
    mimetypes.init()
    print('after init():', mimetypes.guess_type('a.thing'), mimetypes.guess_type('a.demo'))
    mimetypes.init([path])
    print('fresh db then files:', mimetypes.guess_type('a.thing'))

for argv in (['-h'], ['--bogus'], ['-e', 'text/html', 'x/y'], ['-l', 'x.webp'], ['x.webp', 'a.tar.gz']):
    sys.argv = ['mimetypes.py'] + argv
    try:
        mimetypes._main()
    except SystemExit as e:
        print('exit', e.code)
