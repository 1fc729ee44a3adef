# A BufferedReader over a raw stream written in Python asks the raw stream's tell() for its
# position (the raw seek here ignores whence, as a simple one may).
import io


class Raw(io.RawIOBase):
    DATA = b"abcdefghijkl\nline2\nend"

    def __init__(self):
        self.pos = 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self.pos

    def seek(self, offset, whence=0):
        self.pos = offset
        return offset

    def readinto(self, buffer):
        chunk = self.DATA[self.pos:self.pos + min(len(buffer), 4)]
        buffer[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


b = io.BufferedReader(Raw(), buffer_size=8)
print(b.read(1), b.tell(), b.read(2), b.tell())
print(b.peek(1)[:1], b.readline(), b.tell())
print(b.read1(3), b.tell(), b.read(4), b.tell(), b.read())

# A raw stream without readall() (here a BytesIO) is read to its end with read().
print(io.BufferedReader(io.BytesIO(b"abc")).read())
reader = io.BufferedReader(io.BytesIO(b"line1\nline2\n"), buffer_size=4)
print(reader.readline(), reader.read())
