import sys, os, zlib, importlib.metadata as md

def write_zip(path, members):
    # A minimal stored ZIP archive (no compression), little-endian fields by hand.
    def le(value, width):
        return value.to_bytes(width, 'little')
    blobs, central, offset = [], [], 0
    for name, data in members.items():
        raw = name.encode()
        sizes = le(zlib.crc32(data), 4) + le(len(data), 4) + le(len(data), 4)
        local = b'PK\x03\x04' + le(20, 2) + le(0, 8) + sizes + le(len(raw), 2) + le(0, 2) + raw + data
        entry = b'PK\x01\x02' + le(20, 2) + le(20, 2) + le(0, 8) + sizes + le(len(raw), 2) + le(0, 12) + le(offset, 4) + raw
        blobs.append(local)
        central.append(entry)
        offset += len(local)
    directory = b''.join(central)
    count = le(len(members), 2)
    end = b'PK\x05\x06' + le(0, 4) + count + count + le(len(directory), 4) + le(offset, 4) + le(0, 2)
    with open(path, 'wb') as f:
        f.write(b''.join(blobs) + directory + end)


archive = '/tmp/ferrython-metadata-zip-%d.zip' % os.getpid()
write_zip(archive, {
    'zipped_pkg-2.5.dist-info/METADATA': b'Metadata-Version: 2.1\nName: zipped-pkg\nVersion: 2.5\nRequires-Dist: other>=1\n',
    'zipped_pkg-2.5.dist-info/entry_points.txt': b'[console_scripts]\nzp = zipped_pkg:main\n',
    'zipped_pkg/__init__.py': b'def main(): return "main"\n',
})
sys.path.insert(0, archive)
print(md.version('zipped-pkg'), md.version('Zipped_Pkg'), md.requires('zipped-pkg'))
dist = md.distribution('zipped_pkg')
print(dist.metadata['Name'], [ep.name for ep in dist.entry_points], dist.read_text('nothing') is None)
print([d.metadata['Name'] for d in md.distributions(path=[archive])])
import zipped_pkg
print(zipped_pkg.main())
os.remove(archive)
