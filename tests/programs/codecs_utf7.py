# The utf-7 codec: direct characters, shifted base64 runs of UTF-16 units (surrogate pairs,
# lone surrogates), every error of the decoder with each handler, incremental decoding of an
# open run, and text streams.
import codecs
texts = ["hello", "A+B", "Hi Mom -\u263a-!", "\u65e5\u672c\u8a9e", "a\U0001F600b", "\ud800", "\udc00x", "~\\", "a-b+c", "\u00e9-", "\u00e9a", "\u00e9.", "+\u00e9", "", " \t\r\n", "\x00\x01", "\U0010ffff\ud800\udc00"]
for t in texts:
    e = t.encode("utf-7")
    print(repr(t), e, e.decode("utf-7") == t)
for c in range(1024):
    assert str(chr(c).encode("utf-7"), "utf-7") == chr(c), c
for data in [b"+AGEAYgBj-", b"+AGE", b"+AG", b"+A", b"+", b"a+-b", b"+!", b"\xe9", b"+AGEA-", b"+AGE-x", b"+2D3cAA-", b"+2D0-", b"+2D0x", b"+3AA-", b"+ZeVnLIqe-", b"+ZeVnLIqe", b"abc+", b"+AGEAYgBj"]:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
        try:
            print(data, errors, repr(data.decode("utf-7", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, "UnicodeDecodeError", e, e.start, e.end)
dec = codecs.getincrementaldecoder("utf-7")()
out = []
for b in b"a+ZeVnLIqe-b+AGE-":
    out.append(dec.decode(bytes([b])))
print(out, repr(dec.decode(b"", True)))
print(codecs.utf_7_decode(b"a+ZeV", "strict", False), codecs.utf_7_decode(b"a+ZeVnLIqe-", "strict", False))
print(codecs.utf_7_encode("\u00e9"), codecs.lookup("UTF7").name, codecs.lookup("u7").name, codecs.lookup("unicode-1-1-utf-7").name)
import io
f = io.TextIOWrapper(io.BytesIO(), encoding="utf-7")
f.write("\u00e9t\u00e9 +1"); f.flush(); print(f.buffer.getvalue())
f = io.TextIOWrapper(io.BytesIO("\u00e9t\u00e9 +1 \U0001F600".encode("utf-7")), encoding="utf-7"); print(repr(f.read()))
