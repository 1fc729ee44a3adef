# importlib.resources: files() and Traversable over packages on disk, namespace packages, ZIP
# archives and the standard library; as_file; the older functions (deprecated in 3.12).
import os
import sys
import zlib
import importlib.resources as resources
from pathlib import Path
from importlib.resources.abc import Traversable

sys.dont_write_bytecode = True
base = '/tmp/ferrython_import_resources'


def remove_tree(top):
    if not os.path.exists(top):
        return
    for folder, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(top)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


def write_zip(path, members):
    body, directory = bytearray(), bytearray()
    for name, data in members:
        raw, packed = name.encode(), zlib.compress(data, 9, -15)
        fixed = ((8).to_bytes(2, 'little') + bytes(4) + zlib.crc32(data).to_bytes(4, 'little')
                 + len(packed).to_bytes(4, 'little') + len(data).to_bytes(4, 'little')
                 + len(raw).to_bytes(2, 'little'))
        offset = len(body)
        body += b'PK\x03\x04' + (20).to_bytes(2, 'little') + bytes(2) + fixed + bytes(2) + raw + packed
        directory += (b'PK\x01\x02' + (20).to_bytes(2, 'little') * 2 + bytes(2) + fixed + bytes(12)
                      + offset.to_bytes(4, 'little') + raw)
    end = (b'PK\x05\x06' + bytes(4) + len(members).to_bytes(2, 'little') * 2
           + len(directory).to_bytes(4, 'little') + len(body).to_bytes(4, 'little') + bytes(2))
    write(path, bytes(body + directory + end))


def show(traversable):
    entries = sorted(entry.name for entry in traversable.iterdir() if entry.name != '__pycache__')
    print(traversable.name, traversable.is_dir(), traversable.is_file(), entries)


remove_tree(base)
write(base + '/disk/rpkg/__init__.py', b'')
write(base + '/disk/rpkg/greeting.txt', b'hello from disk\n')
write(base + '/disk/rpkg/blob.bin', bytes(range(8)))
write(base + '/disk/rpkg/nested/deeper.txt', b'deep\n')
write(base + '/one/rns/first.txt', b'first portion\n')
write(base + '/two/rns/second.txt', b'second portion\n')
write_zip(base + '/res.zip', [('zres/__init__.py', b''), ('zres/notes.txt', b'zipped notes\n'),
                              ('zres/sub/inner.txt', b'inner text\n')])
sys.path[:0] = [base + '/disk', base + '/one', base + '/two', base + '/res.zip']

root = resources.files('rpkg')
print(isinstance(root, Traversable))
# Packages on disk are pathlib paths, as in CPython.
print(type(root).__name__, type(root / 'greeting.txt').__name__, root == Path(base + '/disk/rpkg'))
show(root)
text = root / 'greeting.txt'
print(text.name, text.is_file(), text.is_dir(), repr(text.read_text()), text.read_bytes())
print(root.joinpath('blob.bin').read_bytes(), root.joinpath('nested', 'deeper.txt').read_text())
print((root / 'nested/deeper.txt').read_text(encoding='utf-8'))
with (root / 'greeting.txt').open() as f:
    print(repr(f.read()))
with (root / 'blob.bin').open('rb') as f:
    print(f.read(3))
show(root / 'nested')
import rpkg

print(resources.files(rpkg).joinpath('greeting.txt').read_text() == text.read_text())
with resources.as_file(text) as real:
    print(os.fspath(real) == base + '/disk/rpkg/greeting.txt', os.path.isfile(real), real is text)

ns = resources.files('rns')
print(sorted(entry.name for entry in ns.iterdir()), ns.is_dir(), ns.is_file())
print(ns.joinpath('second.txt').read_text(), (ns / 'first.txt').read_text())

zipped = resources.files('zres')
show(zipped)
print((zipped / 'notes.txt').read_text(), zipped.joinpath('sub', 'inner.txt').read_bytes())
show(zipped / 'sub')
with (zipped / 'notes.txt').open('rb') as f:
    print(f.read())
with resources.as_file(zipped / 'notes.txt') as real:
    print(os.path.isfile(real), open(real).read(), type(real).__name__)
    kept = os.fspath(real)
print(os.path.exists(kept))
with resources.as_file(zipped / 'sub') as real:
    print(sorted(os.listdir(real)))
    kept = os.fspath(real)
print(os.path.exists(kept))
try:
    (zipped / 'missing.txt').read_bytes()
except FileNotFoundError as e:
    print(type(e).__name__)

library = resources.files('importlib')
names = [entry.name for entry in library.iterdir()]
print('__init__.py' in names, 'util.py' in names, 'resources' in names)
print(library.joinpath('util.py').is_file(), library.joinpath('resources').is_dir())
print('def find_spec' in (library / 'util.py').read_text())
print((resources.files('importlib.resources') / '__init__.py').is_file())

# Each of these warns (DeprecationWarning, shown: the caller is __main__).
print(resources.read_text('rpkg', 'greeting.txt'), resources.read_binary('zres', 'notes.txt'))
with resources.open_text('rpkg', 'greeting.txt') as f:
    print(f.read())
with resources.open_binary('rpkg', 'blob.bin') as f:
    print(f.read())
print(sorted(n for n in resources.contents('rpkg') if n != '__pycache__'))
print(resources.is_resource('rpkg', 'greeting.txt'), resources.is_resource('rpkg', 'nested'))
with resources.path('rpkg', 'greeting.txt') as p:
    print(os.path.basename(p))
try:
    resources.files('no_such_package_here')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

for entry in (base + '/disk', base + '/one', base + '/two', base + '/res.zip'):
    sys.path.remove(entry)
remove_tree(base)
print(os.path.exists(base))
