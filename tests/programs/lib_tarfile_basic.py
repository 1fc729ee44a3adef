# tarfile: writing and reading archives in memory in the three formats, long names,
# pax headers, TarInfo fields, list(), extractfile(), gzip and stream modes, errors.
import io
import tarfile


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0] if str(e) else "")


print(tarfile.__all__[:5], tarfile.DEFAULT_FORMAT, tarfile.BLOCKSIZE, tarfile.RECORDSIZE)
print(tarfile.SUPPORTED_TYPES, tarfile.REGULAR_TYPES, tarfile.GNU_TYPES)
print(tarfile.PAX_FIELDS, sorted(tarfile.PAX_NAME_FIELDS), tarfile.GNU_MAGIC, tarfile.POSIX_MAGIC)
for exc in (tarfile.ReadError, tarfile.EOFHeaderError, tarfile.SubsequentHeaderError,
            tarfile.AbsolutePathError, tarfile.LinkOutsideDestinationError):
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:-2]])

# helpers
print(tarfile.itn(7), tarfile.itn(8 ** 7, 8, tarfile.GNU_FORMAT), tarfile.itn(-2, 8, tarfile.GNU_FORMAT))
print(tarfile.nti(tarfile.itn(-2, 8, tarfile.GNU_FORMAT)), tarfile.nti(b"0000644\0"), tarfile.nti(b"  17 \0  "))
show("itn overflow", lambda: tarfile.itn(8 ** 7))
show("nti bad", lambda: tarfile.nti(b"xyz\0    "))
print(tarfile.stn("abc", 5, "ascii", "strict"), tarfile.nts(b"ab\0cd", "ascii", "strict"))
print(tarfile.calc_chksums(b"\x01" * 256 + b"\xff" * 256))

# TarInfo
info = tarfile.TarInfo("some/file.txt")
print(info.get_info())
print(info.path, info.linkpath, info.isfile(), info.isreg(), info.isdir(), info.issym(), info.islnk(),
      info.ischr(), info.isblk(), info.isfifo(), info.issparse(), info.isdev())
info.path = "renamed"
info.linkpath = "target"
print(info.name, info.linkname)
copy1 = info.replace(name="other", mode=0o600, deep=False)
print(copy1.name, copy1.mode, info.name, info.mode, copy1.pax_headers is info.pax_headers)
copy2 = info.replace(uid=None)
print(copy2.uid, copy2.pax_headers is info.pax_headers)
show("tobuf None", lambda: copy2.tobuf())
show("tobuf format", lambda: info.tobuf(9))
d = tarfile.TarInfo("adir")
d.type = tarfile.DIRTYPE
print(d.get_info()["name"], d.tobuf(tarfile.USTAR_FORMAT)[:6])
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    t = tarfile.TarInfo("f")
    t.size, t.mtime, t.uid, t.gid, t.uname, t.gname = 3, 1000000000, 1000, 100, "user", "group"
    buf = t.tobuf(fmt)
    print(fmt, len(buf), buf[100:160], buf[257:300])
big = tarfile.TarInfo("big")
big.mtime = 2 ** 40
show("ustar big", lambda: big.tobuf(tarfile.USTAR_FORMAT))
print(big.tobuf(tarfile.GNU_FORMAT)[136:148])
print(big.tobuf(tarfile.PAX_FORMAT)[512:540])
frac = tarfile.TarInfo("frac")
frac.mtime = 1.5
print(frac.tobuf(tarfile.PAX_FORMAT)[512:530])
uni = tarfile.TarInfo("caf\u00e9")
print(uni.tobuf(tarfile.PAX_FORMAT)[512:540], uni.tobuf(tarfile.GNU_FORMAT)[:6])
esc = tarfile.TarInfo("x\udcff")
print(esc.tobuf(tarfile.PAX_FORMAT)[512:560])
print(tarfile.TarInfo.create_pax_global_header({"comment": "hi \u00e9"})[512:540])
hdr = tarfile.TarInfo("f").tobuf(tarfile.USTAR_FORMAT)
back = tarfile.TarInfo.frombuf(hdr, "utf-8", "surrogateescape")
print(back.name, back.mode, back.chksum, back.type)
for label, block in [("empty", b""), ("short", hdr[:100]), ("zeros", bytes(512)),
                     ("checksum", hdr[:148] + b"0000000\0" + hdr[156:])]:
    show("frombuf " + label, lambda: tarfile.TarInfo.frombuf(block, "utf-8", "strict"))


def build(fmt, **kwargs):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt, **kwargs) as tar:
        f = tarfile.TarInfo("a.txt")
        f.size, f.mtime, f.uid, f.gid, f.uname, f.gname = 12, 1000000000, 1000, 100, "user", "grp"
        tar.addfile(f, io.BytesIO(b"hello\nworld\n"))
        d = tarfile.TarInfo("dir")
        d.type, d.mode = tarfile.DIRTYPE, 0o755
        tar.addfile(d)
        s = tarfile.TarInfo("dir/link")
        s.type, s.linkname = tarfile.SYMTYPE, "../a.txt"
        tar.addfile(s)
        h = tarfile.TarInfo("hard")
        h.type, h.linkname = tarfile.LNKTYPE, "a.txt"
        tar.addfile(h)
        c = tarfile.TarInfo("dev")
        c.type, c.devmajor, c.devminor = tarfile.CHRTYPE, 1, 3
        tar.addfile(c)
        fifo = tarfile.TarInfo("fifo")
        fifo.type = tarfile.FIFOTYPE
        tar.addfile(fifo)
        longname = "d" * 60 + "/" + "e" * 60 + "/name.txt"
        g = tarfile.TarInfo(longname)
        g.size = 4
        tar.addfile(g, io.BytesIO(b"long"))
        if fmt != tarfile.USTAR_FORMAT:
            ll = tarfile.TarInfo("longlink")
            ll.type, ll.linkname = tarfile.SYMTYPE, "t" * 120
            tar.addfile(ll)
            u = tarfile.TarInfo("\u00fcml\u00e4ut")
            tar.addfile(u)
        show("ustar long", lambda: tar.addfile(tarfile.TarInfo("x" * 120)))
        print(tar.offset, len(tar.getmembers()))
    return buf.getvalue()


for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    data = build(fmt)
    print("format", fmt, len(data))
    tar = tarfile.open(fileobj=io.BytesIO(data))
    print(tar.getnames())
    tar.list()
    tar.list(verbose=False)
    m = tar.getmember("a.txt")
    print(m.size, m.mtime, m.uid, m.gid, m.uname, m.gname, m.offset, m.offset_data, m.chksum, m.pax_headers)
    f = tar.extractfile(m)
    print(type(f).__name__, f.name, f.readable(), f.seekable(), f.read(3), f.tell(), f.readline(), f.read())
    f.seek(2)
    print(f.read(4), f.seek(-3, 2), f.read(), f.seek(0), f.readlines(), f.peek(1)[:0])
    f.seek(0)
    print(list(f), f.read1(2))
    f.close()
    show("closed read", lambda: f.read())
    print(tar.extractfile("dir"), tar.extractfile("dev"), tar.extractfile("hard").read(),
          tar.extractfile("dir/link").read())
    show("getmember", lambda: tar.getmember("missing"))
    show("extractfile", lambda: tar.extractfile("missing"))
    print(tar.getmember("dir/").name, [m.name for m in tar][:3])
    print(tarfile.is_tarfile(io.BytesIO(data)))
    tar.close()
    show("closed", lambda: tar.getnames())

# pax: header records on read
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", pax_headers={"comment": "global"}) as tar:
    t = tarfile.TarInfo("p")
    t.pax_headers = {"path": "from-pax", "uid": "77", "mtime": "12.5", "custom": "x"}
    tar.addfile(t)
    print(tar.pax_headers)
tar = tarfile.open(fileobj=io.BytesIO(buf.getvalue()))
m = tar.getmembers()[0]
print(m.name, m.uid, m.mtime, sorted(m.pax_headers.items()), tar.pax_headers)
show("pax ustar", lambda: tarfile.open(fileobj=io.BytesIO(), mode="w", format=tarfile.USTAR_FORMAT,
                                       pax_headers={"a": "b"}).pax_headers)

# gzip and streams
for mode in ("w:gz", "w|gz", "w|", "w:"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tar:
        t = tarfile.TarInfo("x.txt")
        t.size = 5
        tar.addfile(t, io.BytesIO(b"12345"))
    data = buf.getvalue()
    print(mode, data[:3] == b"\x1f\x8b\x08", tarfile.is_tarfile(io.BytesIO(data)))
    for rmode in ("r", "r:*", "r|*", "r:gz" if "gz" in mode else "r:", "r|gz" if "gz" in mode else "r|"):
        with tarfile.open(fileobj=io.BytesIO(data), mode=rmode) as tar:
            names = []
            for member in tar:
                names.append((member.name, tar.extractfile(member).read()))
            print(" ", rmode, names)
stream = tarfile.open(fileobj=io.BytesIO(build(tarfile.PAX_FORMAT)), mode="r|")
first = stream.next()
print(first.name, stream.extractfile(first).read(5))
stream.getmembers()
show("stream back", lambda: stream.extractfile(first).read())
show("stream link", lambda: stream.extractfile("hard"))

# appending
buf = io.BytesIO(build(tarfile.GNU_FORMAT))
with tarfile.open(fileobj=buf, mode="a") as tar:
    tar.addfile(tarfile.TarInfo("appended"))
buf.seek(0)
print(tarfile.open(fileobj=buf).getnames()[-2:])

# errors
show("nothing", lambda: tarfile.open())
show("bad mode", lambda: tarfile.open(fileobj=io.BytesIO(), mode="q"))
show("bad mode2", lambda: tarfile.open(fileobj=io.BytesIO(), mode="rw"))
show("bad comp", lambda: tarfile.open(fileobj=io.BytesIO(), mode="r:zz"))
show("bad stream", lambda: tarfile.open(fileobj=io.BytesIO(), mode="a|"))
show("TarFile mode", lambda: tarfile.TarFile(fileobj=io.BytesIO(), mode="rb"))
show("a:gz", lambda: tarfile.open(fileobj=io.BytesIO(), mode="a:gz"))
show("empty r:", lambda: tarfile.open(fileobj=io.BytesIO(b""), mode="r:"))
show("junk r:", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1024), mode="r:"))
show("junk r:gz", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1024), mode="r:gz"))
show("junk r|gz", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1024), mode="r|gz"))
show("junk r", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1024)))
show("short r:", lambda: tarfile.open(fileobj=io.BytesIO(b"\0" * 100), mode="r:"))
print(tarfile.is_tarfile(io.BytesIO(b"nope")))
w = tarfile.open(fileobj=io.BytesIO(), mode="w")
show("extractfile on w", lambda: w.extractfile("x"))
show("next on w", lambda: w.next())
print(w.getnames())
w.close()
show("add closed", lambda: w.addfile(tarfile.TarInfo("x")))
truncated = build(tarfile.USTAR_FORMAT)[:700]
tar = tarfile.open(fileobj=io.BytesIO(truncated))
show("truncated", lambda: tar.getnames())
