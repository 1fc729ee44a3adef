# StringIO and BytesIO: reading, writing, seeking, newline modes, errors.
import io

s = io.StringIO('a\nb\r\nc\rd')
print(s.readlines(), s.tell())
print(repr(s.getvalue()))
for newline in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=newline)
    s.write('x\ny\r\nz\rw')
    s.seek(0)
    print(repr(newline), repr(s.getvalue()), s.readlines())
s = io.StringIO()
print(s.write('hello'), s.tell(), s.seek(10), s.write('!'), repr(s.getvalue()))
print(s.seek(2), s.read(2), s.truncate(), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.readable(), s.writable(), s.seekable())
for args in [(-1,), (1, 1), (1, 2), (0, 3)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for bad in [lambda: io.StringIO(b'x'), lambda: io.StringIO(newline=3), lambda: s.write(b'x'), lambda: s.truncate(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with io.StringIO('l1\nl2\n') as s:
    for line in s:
        print(repr(line))
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)

b = io.BytesIO(b'one\ntwo\nthree')
print(b.readline(), b.read(2), b.read1(2), b.tell(), b.readlines())
print(b.seek(0), b.read(), b.read(), b.seek(-3, 2), b.read())
print(b.write(b'XY'), b.getvalue(), b.seek(20), b.write(b'!'), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
for args in [(-1,), (0, 5)]:
    try:
        b.seek(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    b.write('text')
except TypeError as e:
    print('TypeError', e)
print(list(io.BytesIO(b'a\nb')))
b.close()
print(b.closed)
try:
    b.read()
except ValueError as e:
    print('ValueError', e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.IOBase), issubclass(io.FileIO, io.RawIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.text_encoding(None), io.text_encoding('utf-8'))


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
print('shout', file=u)
print(repr(u.getvalue()))


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(Source(b'raw data here').read(), Source(b'abcdefgh').readall())
r = io.BufferedReader(Source(b'line one\nline two\n'))
print(r.readline(), r.read())
t = io.TextIOWrapper(io.BufferedReader(Source('é\nü\n'.encode())), encoding='utf-8')
print(t.readlines())
