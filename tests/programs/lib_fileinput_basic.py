# fileinput: FileInput and the module functions over several files, binary mode,
# in-place editing with and without a backup, hooks, and the errors.
import fileinput
import gzip
import os
import sys
import tempfile


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


with tempfile.TemporaryDirectory() as tmp:
    def write(name, data):
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    one = write("one.txt", b"a1\na2\n")
    empty = write("empty.txt", b"")
    two = write("two.txt", b"b1\nb2 no newline")
    rel = lambda p: os.path.relpath(p, tmp) if p and os.path.isabs(p) else p

    with fileinput.FileInput([one, empty, two], encoding="utf-8") as fi:
        print(fi.filename(), fi.lineno(), fi.filelineno(), fi.fileno(), fi.isfirstline(), fi.isstdin())
        for line in fi:
            print(repr(line), rel(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(),
                  fi.isstdin(), fi.fileno() > 2)
        print(rel(fi.filename()), fi.lineno(), fi.fileno(), repr(fi.readline()))

    fi = fileinput.FileInput(one, mode="rb")
    print(fi.readline(), fi.readline(), fi.readline(), fi.readline())
    fi.close()
    fi = fileinput.FileInput((one, two), encoding="utf-8")
    print(repr(next(fi)), rel(fi.filename()))
    fi.nextfile()
    print(repr(next(fi)), rel(fi.filename()), fi.lineno(), fi.filelineno())
    fi.close()
    show("after close", lambda: next(fi))
    import pathlib
    print(list(fileinput.FileInput(pathlib.Path(two), encoding="utf-8")))
    print(fileinput.FileInput[str])

    # module functions
    show("no input", fileinput.filename)
    show("no input lineno", fileinput.lineno)
    for line in fileinput.input([one, two], encoding="utf-8"):
        if fileinput.isfirstline():
            print("first of", rel(fileinput.filename()))
        if fileinput.filelineno() == 1 and rel(fileinput.filename()) == "one.txt":
            show("again", lambda: fileinput.input([one]))
            fileinput.nextfile()
    print(fileinput.lineno(), fileinput.filelineno(), fileinput.isstdin(), fileinput.fileno())
    fileinput.close()
    show("closed", fileinput.lineno)
    fileinput.close()

    # in-place editing
    edit = write("edit.txt", b"x\ny\n")
    with fileinput.input(edit, inplace=True, encoding="utf-8") as fi:
        for line in fi:
            print(line.upper(), end="")
            print("#", fi.filelineno())
    with open(edit) as f:
        print(repr(f.read()), sorted(os.listdir(tmp)))
    with fileinput.input(edit, inplace=True, backup=".orig", encoding="utf-8") as fi:
        for line in fi:
            if not line.startswith("#"):
                sys.stdout.write(line.lower())
    with open(edit) as f, open(edit + ".orig") as g:
        print(repr(f.read()), repr(g.read()), sorted(os.listdir(tmp)))

    # hooks
    latin = write("latin.txt", "caf\u00e9\n".encode("latin-1"))
    print(list(fileinput.input(latin, openhook=fileinput.hook_encoded("latin-1"))))
    print(list(fileinput.input(latin, openhook=fileinput.hook_encoded("ascii", "replace"))))
    packed = os.path.join(tmp, "packed.gz")
    with gzip.open(packed, "wb") as g:
        g.write(b"zipped\nlines\n")
    print(list(fileinput.input(packed, openhook=fileinput.hook_compressed, encoding="utf-8")))
    print(list(fileinput.input(packed, mode="rb", openhook=fileinput.hook_compressed)))
    print(list(fileinput.input(one, openhook=fileinput.hook_compressed, encoding="utf-8")))
    calls = []
    def hook(name, mode):
        calls.append((rel(name), mode))
        return open(name, mode, encoding="utf-8")
    print(list(fileinput.input(one, openhook=hook)), calls)

    show("bad mode", lambda: fileinput.FileInput(one, mode="w"))
    show("bad mode U", lambda: fileinput.FileInput(one, mode="rU"))
    show("hook inplace", lambda: fileinput.FileInput(one, inplace=True, openhook=hook))
    show("hook callable", lambda: fileinput.FileInput(one, openhook="nope"))
    try:
        list(fileinput.FileInput(os.path.join(tmp, "missing"), encoding="utf-8"))
    except FileNotFoundError as e:
        print("missing", type(e).__name__, rel(e.filename))
    print(fileinput.FileInput([])._files, fileinput.FileInput("x")._files)
    print(fileinput.__all__)
