# tarfile on disk: add() of a tree, extractall()/extract() with the 3.12 filters and
# their errors, errorlevel, the default-filter warning, python -m tarfile.
import io
import os
import re
import sys
import tarfile
import tempfile
import warnings


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(tmp, "TMP"))


def tree(root):
    found = []
    for path, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(dirs + files):
            full = os.path.join(path, name)
            rel = os.path.relpath(full, root)
            if os.path.islink(full):
                found.append((rel, "symlink"))
            elif os.path.isdir(full):
                found.append((rel, "dir"))
            else:
                with open(full, "rb") as f:
                    found.append((rel, oct(os.stat(full).st_mode & 0o777), f.read()))
    return found


def member(name, data=b"", **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1000000000
    for key, value in fields.items():
        setattr(info, key, value)
    return info, io.BytesIO(data) if data else None


def archive(*members):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for info, data in members:
            tar.addfile(info, data)
    buf.seek(0)
    return buf


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub", "deeper"))
    for rel, text in [("a.txt", b"alpha"), ("sub/b.txt", b"beta"), ("sub/deeper/c.txt", b"gamma")]:
        with open(os.path.join(src, rel), "wb") as f:
            f.write(text)
    path = os.path.join(tmp, "out.tar")
    with tarfile.open(path, "w") as tar:
        tar.add(src, arcname="top")
        tar.add(os.path.join(src, "a.txt"), arcname="flat.txt",
                filter=lambda info: info.replace(mode=0o640, uid=0, gid=0, uname="", gname="", deep=False))
        tar.add(src, arcname="nosub", recursive=False)
        tar.add(src, arcname="filtered", filter=lambda info: None if info.name.endswith("b.txt") else info)
        tar.add(path)  # the archive itself is skipped
        print([(m.name, m.type, m.size) for m in tar.getmembers()])
        info = tar.gettarinfo(os.path.join(src, "sub"), arcname="/abs/sub")
        print(info.name, info.type, info.linkname, info.size)
        with open(os.path.join(src, "a.txt"), "rb") as f:
            info = tar.gettarinfo(fileobj=f)
            print(info.name == os.path.join(src, "a.txt").lstrip("/"), info.size, info.isreg())
    print(tarfile.is_tarfile(path), tarfile.is_tarfile(os.path.join(src, "a.txt")))

    for filt in ("fully_trusted", "tar", "data", tarfile.data_filter):
        dest = os.path.join(tmp, "x-" + str(filt if isinstance(filt, str) else "func"))
        with tarfile.open(path) as tar:
            tar.extractall(dest, filter=filt)
        print(filt if isinstance(filt, str) else "func", tree(dest)[:6])
    dest = os.path.join(tmp, "single")
    with tarfile.open(path) as tar:
        tar.extract("top/sub/b.txt", dest, filter="data")
        tar.extract(tar.getmember("top/sub/deeper"), dest, filter="tar")
        tar.extract("flat.txt", dest, set_attrs=False, filter="data")
        show("bad filter", lambda: tar.extract("flat.txt", dest, filter="nope"))
        members = [m for m in tar.getmembers() if m.name.startswith("top/sub")]
        tar.extractall(os.path.join(tmp, "subset"), members=members, filter="data")
    print(tree(dest))
    print(tree(os.path.join(tmp, "subset")))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with tarfile.open(fileobj=archive(member("w.txt", b"w"))) as tar:
            tar.extractall(os.path.join(tmp, "warn"))
    print([(w.category.__name__, str(w.message)) for w in caught])

    class Strict(tarfile.TarFile):
        extraction_filter = staticmethod(tarfile.data_filter)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Strict(fileobj=archive(member("s.txt", b"s", mode=0o4777))).extractall(os.path.join(tmp, "strict"))
    print(len(caught), tree(os.path.join(tmp, "strict")))
    bad_class = tarfile.TarFile(fileobj=archive(member("s.txt", b"s")))
    bad_class.extraction_filter = "data"
    show("string filter", lambda: bad_class.extractall(os.path.join(tmp, "never")))

    # filters refusing members
    # (label, name, data, fields): a fresh member is built for every extraction
    cases = [
        ("absolute", "/etc/passwd-x", b"root", {}),
        ("dotdot", "../escape.txt", b"x", {}),
        ("abs link", "alink", b"", dict(type=tarfile.SYMTYPE, linkname="/etc/passwd")),
        ("out link", "olink", b"", dict(type=tarfile.SYMTYPE, linkname="../../outside")),
        ("hard out", "hlink", b"", dict(type=tarfile.LNKTYPE, linkname="../outside")),
        ("device", "dev", b"", dict(type=tarfile.CHRTYPE, devmajor=1, devminor=3)),
        ("fifo", "fifo", b"", dict(type=tarfile.FIFOTYPE)),
        ("setuid", "suid", b"s", dict(mode=0o4755)),
        ("no exec", "plain", b"p", dict(mode=0o466)),
    ]
    for label, name, data, fields in cases:
        for filt in ("tar", "data"):
            dest = os.path.join(tmp, "f-" + label.replace(" ", "_") + "-" + filt)
            os.mkdir(dest)
            with tarfile.open(fileobj=archive(member(name, data, **fields))) as tar:
                try:
                    tar.extractall(dest, filter=filt)
                    print(label, filt, tree(dest))
                except tarfile.FilterError as e:
                    print(label, filt, type(e).__name__, str(e).replace(tmp, "TMP"),
                          e.tarinfo.name)
                except KeyError as e:
                    print(label, filt, type(e).__name__, e)
            if label == "absolute" and filt == "tar":
                print(tree(dest))

    # errorlevel with a failing filter
    def failing(kind):
        def filt(info, path):
            raise kind("refused " + info.name)
        return filt
    for level in (0, 1, 2):
        for kind in (tarfile.ExtractError, tarfile.FilterError, OSError):
            dest = os.path.join(tmp, "lvl%d%s" % (level, kind.__name__))
            tar = tarfile.open(fileobj=archive(member("e.txt", b"e")), errorlevel=level)
            try:
                tar.extractall(dest, filter=failing(kind))
                print(level, kind.__name__, tree(dest))
            except Exception as e:
                print(level, kind.__name__, type(e).__name__, e)

    # hard link whose target is extracted first, and one copied from the archive
    dest = os.path.join(tmp, "links")
    with tarfile.open(fileobj=archive(member("t.txt", b"target"),
                                      member("h.txt", type=tarfile.LNKTYPE, linkname="t.txt"))) as tar:
        tar.extractall(dest, filter="data")
        tar.extract("h.txt", os.path.join(tmp, "onlylink"), filter="data")
    print(tree(dest), tree(os.path.join(tmp, "onlylink")))

    # python -m tarfile
    def run(*args):
        old_argv, old_out, old_err = sys.argv, sys.stdout, sys.stderr
        sys.argv = ["tarfile"] + list(args)
        sys.stdout = out = io.StringIO()
        sys.stderr = err = io.StringIO()
        try:
            tarfile.main()
            code = 0
        except SystemExit as e:
            code = e.code
        finally:
            sys.argv, sys.stdout, sys.stderr = old_argv, old_out, old_err
        errors = re.sub(" at 0x[0-9a-f]+", "", err.getvalue())
        print("run", [a.replace(tmp, "TMP") for a in args], code,
              repr(out.getvalue().replace(tmp, "TMP")), repr(errors))
    os.chdir(tmp)
    run("-c", "cli.tar", "src/a.txt", "src/sub")
    run("-v", "-c", "cli.tar.gz", "src/a.txt")
    run("-l", "cli.tar")
    run("-v", "-t", "cli.tar.gz")
    run("-v", "-e", "cli.tar", "cli-out")
    run("-e", "cli.tar.gz", "cli-out2", "--filter", "data")
    run("-v", "-e", "cli.tar.gz")
    print(tree(os.path.join(tmp, "cli-out")), os.path.exists(os.path.join(tmp, "src", "a.txt")))
    run("-l", "src/a.txt")
    run("--filter", "data", "-l", "cli.tar")
    os.chdir("/")
