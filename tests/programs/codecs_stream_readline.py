# codecs.StreamReader: readline at every line boundary str.splitlines knows, with and without
# ends and sizes, a '\r' split from its '\n' between reads, read(size) counting characters, and
# readers of bytes-to-bytes codecs.
import codecs
import io


def reader(text, encoding):
    return codecs.getreader(encoding)(io.BytesIO(text.encode(encoding)))


def all_lines(text, encoding, keepends=True, size=None):
    r = reader(text, encoding)
    lines = []
    while True:
        line = r.readline(size=size, keepends=keepends)
        if not line:
            return lines
        lines.append(line)


text = "foo\nbar\r\nbaz\rspam\u2028eggs\x0bham\x1cend\x85last"
for encoding in ["utf-8", "utf-16", "utf-32-be", "utf-7", "utf-8-sig"]:
    print(encoding, all_lines(text, encoding))
    print(encoding, all_lines(text, encoding, keepends=False))
    print(encoding, all_lines(text, encoding, size=10))
    print(encoding, all_lines(text, encoding, keepends=False, size=3))
for size in range(0, 12):
    s = 3 * (size * "a" + "\r\n" + "xyz\n")
    r = reader(s, "utf-16")
    print(size, [r.readline() for _ in range(7)])
long_lines = "".join((i * 150 + 150) * "\u3042" + end for i, end in enumerate(["\n", "\r\n", "\r", "\u2028"]))
print([len(line) for line in all_lines(long_lines, "utf-8")])
r = reader("Humpty Dumpty sat on a wall,\nHumpty Dumpty had a great fall.\r\n", "utf-16")
print(repr(r.readline()), repr(r.read(1)), repr(r.read(5)), repr(r.readline()), repr(r.read()))
r = reader("abc\ndef", "utf-8")
print(repr(r.read(chars=2)), repr(r.readline()), repr(r.readlines()))
for encoding in ["base64", "hex", "zlib", "quopri", "uu"]:
    data = codecs.encode(b"line one\nline two\x80", encoding)
    r = codecs.getreader(encoding)(io.BytesIO(data))
    print(encoding, r.read())
