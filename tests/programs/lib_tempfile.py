import os, tempfile
print(tempfile.gettempprefix(), tempfile.gettempdir() == tempfile.gettempdir(), os.path.isdir(tempfile.gettempdir()))
fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre_")
print(os.path.basename(path).startswith("pre_"), path.endswith(".txt"), oct(os.stat(path).st_mode & 0o777), len(os.path.basename(path)))
os.write(fd, b"hi"); os.close(fd); os.unlink(path)
d = tempfile.mkdtemp(prefix="d_")
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777)); os.rmdir(d)
fd, path = tempfile.mkstemp(dir=d.encode() if False else None, prefix=b"b_"); os.close(fd); print(type(path).__name__); os.unlink(path)
try: tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e: print(e)
with tempfile.NamedTemporaryFile("w+") as f:
    f.write("data"); f.flush(); f.seek(0); print(f.read(), os.path.exists(f.name)); name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False); f.write(b"x"); f.close(); print(os.path.exists(f.name)); os.unlink(f.name)
with tempfile.TemporaryFile() as f:
    f.write(b"abc"); f.seek(0); print(f.read())
with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "a"), "w").close(); os.mkdir(os.path.join(d, "sub")); print(sorted(os.listdir(d)))
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(suffix="_s"); print(td.name.endswith("_s"), repr(td).startswith("<TemporaryDirectory")); td.cleanup(); print(os.path.exists(td.name))
with tempfile.SpooledTemporaryFile(max_size=10) as s:
    s.write(b"12345"); print(s._rolled); s.write(b"678901"); print(s._rolled); s.seek(0); print(s.read())
print(len(tempfile.mktemp()) > 0)
