# gzip: compress/decompress, GzipFile reading and writing in memory and on disk,
# multi-member files, headers (mtime, file name, extra fields), errors, python -m gzip.
import gzip
import io
import os
import struct
import sys
import tempfile
import zlib


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(gzip.__all__)
print(gzip.READ, gzip.WRITE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
print(gzip.READ_BUFFER_SIZE, issubclass(gzip.BadGzipFile, OSError))
print(issubclass(gzip.GzipFile, io.BufferedIOBase))

# compress(): the header bytes depend on level and mtime
for level in (0, 1, 6, 9):
    print(level, gzip.compress(b"hello", level, mtime=0)[:10], gzip.compress(b"hello", level, mtime=77)[:10])
print(gzip.compress(b"", mtime=0))
print(gzip.compress(b"hello world", mtime=1))
print(gzip.decompress(gzip.compress(bytearray(b"ba"))), gzip.decompress(memoryview(gzip.compress(b"mv"))))
show("bad level", lambda: gzip.compress(b"x", 10))
show("str", lambda: gzip.compress("text"))
show("str", lambda: gzip.decompress("text"))

one = gzip.compress(b"first\n", mtime=5)
two = gzip.compress(b"second\n", mtime=6)
print(gzip.decompress(one + two), gzip.decompress(one + b"\0\0\0" + two + b"\0"))
for label, data in [("empty", b""), ("one byte", b"\x1f"), ("magic only", b"\x1f\x8b"),
                    ("not gzip", b"hello"), ("bad method", b"\x1f\x8b\x07" + bytes(7)),
                    ("short header", one[:6]), ("truncated", one[:-3]),
                    ("garbage after", one + b"zz"),
                    ("bad crc", one[:-8] + bytes([one[-8] ^ 1]) + one[-7:]),
                    ("bad size", one[:-1] + b"\x01")]:
    show(label + " decompress", lambda: gzip.decompress(data))
    show(label + " GzipFile", lambda: gzip.GzipFile(fileobj=io.BytesIO(data)).read())

# a header with every optional field
payload = b"payload"
deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
body = deflater.compress(payload) + deflater.flush()
flags = gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC
header = b"\x1f\x8b\x08" + bytes([flags]) + struct.pack("<I", 99) + b"\x00\x03"
header += b"\x04\x00abcd" + b"name\x00" + b"comment\x00" + b"\x00\x00"
full = header + body + struct.pack("<II", zlib.crc32(payload), len(payload))
print(gzip.decompress(full))
f = gzip.GzipFile(fileobj=io.BytesIO(full))
print(f.mtime, f.read(), f.mtime, repr(f.name))
for cut in (12, 16, 20, 27, 30):
    show("cut %d" % cut, lambda: gzip.decompress(full[:cut]))

# writing to a BytesIO: the name in the header, mtime, compresslevel
for name in ("data.txt.gz", "data.txt", "dir/sub.gz", b"bytes.gz", "caf\u00e9.gz", "\u20ac.gz"):
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=123, compresslevel=1) as w:
        print(repr(w.name), w.mode, w.write(b"abc"), w.tell())
    print(buf.getvalue())

buf = io.BytesIO()
w = gzip.GzipFile(fileobj=buf, mode="w", mtime=0)
print(w.readable(), w.writable(), w.seekable(), w.closed)
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fghi")[1:3]), w.tell())
import array
print(w.write(array.array("B", [65, 66])), w.tell())
show("write str", lambda: w.write("text"))
try:
    w.read()
except OSError as e:
    print("read", type(e).__name__, e.strerror)
show("seek back", lambda: w.seek(-1, 1))
show("seek end", lambda: w.seek(0, 2))
print(w.seek(20), w.tell(), w.seek(2, 1), w.tell())
show("seek below", lambda: w.seek(3))
show("rewind", lambda: w.rewind())
print(len(buf.getvalue()))
w.flush()
print(len(buf.getvalue()) > 10)
w.writelines([b"x", b"y"])
w.close()
w.close()
print(w.closed, w.fileobj, w.myfileobj)
show("write closed", lambda: w.write(b"x"))
show("tell closed", lambda: w.tell())
data = buf.getvalue()
print(gzip.decompress(data))

# reading: read/read1/peek/readline/readlines/seek/tell/iteration
text = b"".join(b"line %d\n" % i for i in range(40))
stream = gzip.compress(text[:100], mtime=0) + gzip.compress(text[100:], mtime=0)
r = gzip.GzipFile(fileobj=io.BytesIO(stream))
print(r.mode, repr(r.name), r.mtime, r.readable(), r.writable(), r.seekable())
print(r.read(5), r.tell(), r.peek(3)[:3], r.tell())
print(r.readline(), r.readline(3), r.readline(0), r.readline(-1))
print(r.read1(4), r.tell())
print(r.seek(95), r.read(10), r.tell())
print(r.seek(-10, 1), r.read(10))
print(r.seek(5), r.readline())
print(r.seek(-5, 2), r.read(), r.read(), r.read1(), r.peek(1))
print(r.seek(0), r.readlines()[-2:])
r.rewind()
print(r.read(7), r.tell())
r.seek(0)
print(sum(1 for _ in r))
b = bytearray(6)
r.seek(0)
print(r.readinto(b), b, r.readinto1(b), b)
try:
    r.write(b"x")
except OSError as e:
    print("write on read", type(e).__name__, e.strerror)
show("fileno", lambda: r.fileno())
r.close()
for op in ("read()", "read1()", "peek(1)", "readline()", "seek(0)", "tell()", "flush()", "rewind()"):
    show(op + " closed", lambda: eval("r." + op))
print(r.readable(), r.closed)

# read returns the data even when the trailer is missing
r = gzip.GzipFile(fileobj=io.BytesIO(one[:-8]))
print(r.read(6))
show("then", lambda: r.read())

# mode checks
for mode in ("rt", "z", "wU", "r+", "ab", "xb"):
    show("mode " + mode, lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode=mode).mode)
show("no file", lambda: gzip.GzipFile())

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sample.txt.gz")
    with gzip.open(path, "wb", compresslevel=6) as g:
        g.write(b"binary\n")
    with gzip.open(path, "ab") as g:
        g.write(b"appended\n")
    with gzip.open(path) as g:
        print(os.path.basename(g.name), g.read(), g.mtime is not None)
    with open(path, "rb") as raw:
        print(raw.read(4), raw.read(4) != b"\0\0\0\0", raw.read(2))
    try:
        gzip.open(path, "xb")
    except FileExistsError as e:
        print("x exists", type(e).__name__, e.strerror is not None)
    with gzip.open(path, "wt", encoding="utf-8", newline="\r\n") as g:
        print(type(g).__name__, g.write("caf\u00e9\nline\n"))
    with gzip.open(path, "rt", encoding="utf-8", newline="") as g:
        print(repr(g.read()))
    with gzip.open(path, "rb") as g:
        print(g.read())
    with open(path, "rb") as raw, gzip.open(raw) as g:
        print(g.read(4), os.path.basename(g.name))
    with open(path, "rb") as raw:
        with gzip.GzipFile(fileobj=raw) as g:
            print(g.mode, g.read(3))
    with open(os.path.join(tmp, "new.gz"), "wb") as raw:
        import warnings
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            g = gzip.GzipFile(fileobj=raw)
        print(g.mode, [(c.category.__name__, str(c.message)) for c in caught])
        g.close()
    xpath = os.path.join(tmp, "x.gz")
    with gzip.open(xpath, "x") as g:
        g.write(b"exclusive")
    print(gzip.open(xpath).read())
    with gzip.open(xpath, "w") as g:
        print(g.myfileobj.mode, g.fileobj is g.myfileobj)
    import pathlib
    with gzip.open(pathlib.Path(xpath), "rb") as g:
        print(g.read(), type(g.name).__name__)
    for args in [(path, "rbt"), (path, "rb", 9, "utf-8"), (path, "rb", 9, None, "strict"),
                 (path, "rb", 9, None, None, "\n"), (123,), (None,)]:
        show("open%r" % (args[1:],), lambda: gzip.open(*args))

    # python -m gzip, through gzip.main()
    src = os.path.join(tmp, "plain.txt")
    with open(src, "wb") as out:
        out.write(b"command line\n" * 3)
    def run(*args):
        old = sys.argv
        sys.argv = ["gzip"] + list(args)
        try:
            gzip.main()
        except SystemExit as e:
            print("exit", str(e.code).replace(tmp, "TMP"))
        finally:
            sys.argv = old
    run(src)
    print(sorted(os.listdir(tmp)))
    with open(src + ".gz", "rb") as packed:
        head = packed.read(10)
        print(head[:4], head[8:], packed.read(10))
    os.remove(src)
    run("-d", src + ".gz")
    with open(src, "rb") as out:
        print(out.read())
    run("-d", src)
    run("--fast", "--best", src)
