# Files through open(): text and binary modes, newline translation, buffering, seek/tell,
# closed-file errors. Writes /tmp/ferrython_io_file_roundtrip.* (no os module to remove them yet).
import io

path = '/tmp/ferrython_io_file_roundtrip.txt'

with open(path, 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write('héllo\nworld\r\nlast\rline'))
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(list(f))
with open(path, newline='\r') as f:
    print(f.readlines())
with open(path, newline='\n') as f:
    print([f.readline(), f.readline(3), f.readline()])

with open(path, 'rb') as f:
    print(f.read(3), f.tell(), f.peek(2)[:2], f.read1(2), f.readline(), f.read())
    print(f.seek(0), f.read(1), f.seek(-2, 2), f.read(), f.seek(1, 1))

with open(path) as f:
    first = f.readline()
    pos = f.tell()
    print(repr(first), pos, repr(f.read(3)), f.tell())
    f.seek(pos)
    print(repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))

with open(path, 'a') as f:
    f.write('\nappended')
with open(path, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('HEY')
    f.seek(0)
    print(repr(f.readline()))
with open(path, 'rb') as f:
    data = f.read()
    print(len(data), data[-9:])

with open(path, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())

with open(path, 'wb', buffering=0) as f:
    print(type(f).__name__, f.write(b'raw bytes'), f.mode, f.closefd)
with open(path, 'rb', buffering=0) as f:
    print(f.read(), f.read(), f.readall())
    b = bytearray(4)
    f.seek(0)
    print(f.readinto(b), b)

with open(path, 'w', encoding='utf-16') as f:
    f.write('ab€')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-16') as f:
    print(repr(f.read()))
with open(path, 'w', encoding='latin-1', errors='replace') as f:
    f.write('café ☕')
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
with open(path, 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('naïve')
with open(path) as f:
    print(repr(f.read()))

f = open(path)
f.close()
for op in [f.read, f.readline, lambda: f.write('x'), f.tell, lambda: next(f)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
f = open(path, 'rb')
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)

with open(path) as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
with open(path, 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
with open(path, 'rb') as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
