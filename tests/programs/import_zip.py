# zipimport: modules, packages, namespace folders and data from a ZIP archive on sys.path, with
# stored and deflated members. The archive is written here by a small writer (no zipfile).
import os
import sys
import zlib
import zipimport
import importlib.util

sys.dont_write_bytecode = True
base = '/tmp/ferrython_import_zip'
archive = base + '/bundle.zip'


def write_zip(path, members, prefix=b''):
    """A ZIP file of (name, bytes, deflate?) members, after `prefix` bytes."""
    body = bytearray(prefix)
    directory = bytearray()
    for name, data, deflate in members:
        raw = name.encode()
        packed = zlib.compress(data, 9, -15) if deflate else data
        method = 8 if deflate else 0
        fixed = (method.to_bytes(2, 'little') + (0).to_bytes(4, 'little')
                 + zlib.crc32(data).to_bytes(4, 'little') + len(packed).to_bytes(4, 'little')
                 + len(data).to_bytes(4, 'little') + len(raw).to_bytes(2, 'little'))
        offset = len(body) - len(prefix)
        body += b'PK\x03\x04' + (20).to_bytes(2, 'little') + (0).to_bytes(2, 'little') + fixed
        body += (0).to_bytes(2, 'little') + raw + packed
        directory += (b'PK\x01\x02' + (20).to_bytes(2, 'little') + (20).to_bytes(2, 'little')
                      + (0).to_bytes(2, 'little') + fixed + bytes(8) + (0).to_bytes(4, 'little')
                      + offset.to_bytes(4, 'little') + raw)
    end = (b'PK\x05\x06' + bytes(4) + len(members).to_bytes(2, 'little') * 2
           + len(directory).to_bytes(4, 'little') + (len(body) - len(prefix)).to_bytes(4, 'little')
           + bytes(2))
    with open(path, 'wb') as f:
        f.write(bytes(body) + bytes(directory) + end)


def remove_tree(top):
    if not os.path.exists(top):
        return
    for folder, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(top)


remove_tree(base)
os.makedirs(base)
write_zip(archive, [
    ('zmod.py', b'VALUE = "from the zip"\ndef where():\n    return __file__\n', True),
    ('zpkg/__init__.py', b'from .inner import twice\nPKG = __name__\n', False),
    ('zpkg/inner.py', b'def twice(x):\n    return 2 * x\n', True),
    ('zpkg/data.txt', b'some data\nsecond line\n', True),
    ('zpkg/sub/__init__.py', b'', False),
    ('zpkg/sub/deep.py', b'from .. import PKG\nDEEP = PKG + ".sub.deep"\n', True),
    ('znsp/', b'', False),
    ('znsp/part.py', b'PART = 1\n', False),
    ('unlisted/part.py', b'PART = 2\n', False),
    ('lib/hidden.py', b'HIDDEN = True\n', True),
])
sys.path.insert(0, archive)
import zmod

print(zmod.VALUE, zmod.where() == archive + '/zmod.py', zmod.__file__ == archive + '/zmod.py')
print(type(zmod.__loader__).__name__, zmod.__spec__.origin == archive + '/zmod.py')
print(isinstance(sys.path_importer_cache[archive], zipimport.zipimporter))
import zpkg.sub.deep

print(zpkg.PKG, zpkg.twice(21), zpkg.sub.deep.DEEP, zpkg.__path__ == [archive + '/zpkg'])
print(zpkg.__spec__.submodule_search_locations == [archive + '/zpkg'], zpkg.__package__)
print(zpkg.__loader__.get_data(archive + '/zpkg/data.txt'))
print(zpkg.__loader__.get_data('zpkg/data.txt'))
import znsp.part

print(znsp.part.PART, znsp.__file__, list(znsp.__path__) == [archive + '/znsp'])
try:
    import unlisted.part
except ImportError as e:
    print(type(e).__name__, e)

importer = zipimport.zipimporter(archive)
print(importer.archive == archive, repr(importer.prefix), repr(importer) == f'<zipimporter object "{archive}/">')
print(importer.is_package('zpkg'), importer.is_package('zmod'), importer.get_filename('zmod') == archive + '/zmod.py')
print(zipimport.zipimporter(archive + '/zpkg').get_source('zpkg.inner'))
code = importer.get_code('zmod')
print(type(code).__name__, code.co_filename == archive + '/zmod.py')
spec = importer.find_spec('zmod')
print(spec.name, spec.loader is importer, spec.origin == archive + '/zmod.py', spec.submodule_search_locations)
print(importer.find_spec('nothing'))
for call in (lambda: importer.get_source('nothing'), lambda: importer.is_package('nothing')):
    try:
        call()
    except zipimport.ZipImportError as e:
        print(type(e).__name__, e, issubclass(zipimport.ZipImportError, ImportError))
try:
    importer.get_data('absent.txt')
except OSError as e:
    print(type(e).__name__, e.args)

inner = zipimport.zipimporter(archive + '/lib')
print(repr(inner.prefix), inner.archive == archive)
sys.path.insert(0, archive + '/lib')
import hidden

print(hidden.HIDDEN, hidden.__file__ == archive + '/lib/hidden.py')

package_importer = zipimport.zipimporter(archive + '/zpkg/')
module = importlib.util.module_from_spec(package_importer.find_spec('zpkg.inner'))
package_importer.exec_module(module)
print(module.twice(5))

# Not archives.
with open(base + '/plain.txt', 'w') as f:
    f.write('just text, no archive here')
for path in (base + '/plain.txt', base, base + '/missing.zip'):
    try:
        zipimport.zipimporter(path)
    except zipimport.ZipImportError as e:
        print(type(e).__name__, str(e).replace(base, '$BASE'))

# An archive after other bytes (a launcher stub) still works.
write_zip(base + '/stub.zip', [('stubbed.py', b'S = "stub ok"\n', True)], prefix=b'#!/bin/sh\nexit 0\n' * 10)
sys.path.insert(0, base + '/stub.zip')
import stubbed

print(stubbed.S)
for entry in (archive, archive + '/lib', base + '/stub.zip'):
    sys.path.remove(entry)
remove_tree(base)
print(os.path.exists(base))
