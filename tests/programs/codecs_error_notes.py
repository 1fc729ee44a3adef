# Which codec errors get CPython 3.12's note ("encoding with 'cp437' codec failed"): those of
# codecs.encode and codecs.decode, and those of str.encode and bytes.decode but for the few
# spellings CPython reaches without its codec registry. Lookup errors get none.
import codecs


def show(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "__notes__", None))


show("str.encode cp437", lambda: "\u1234".encode("cp437"))
show("bytes.decode cp1252", lambda: b"\x81".decode("cp1252"))
show("str.encode latin-1", lambda: "\u1234".encode("latin-1"))
show("codecs.encode cp437", lambda: codecs.encode("\u1234", "cp437"))
show("codecs.encode ascii", lambda: codecs.encode("\u1234", "ascii"))
show("codecs.decode utf-8", lambda: codecs.decode(b"\xff", "utf-8"))
show("codecs.decode str", lambda: codecs.decode("x", "utf-8"))
show("codecs.encode bytes", lambda: codecs.encode(b"x", "utf-8"))
show("codecs.encode base64", lambda: codecs.encode("x", "base64"))
show("codecs.encode rot13", lambda: codecs.encode(b"x", "rot13"))
show("unknown", lambda: codecs.encode("x", "no-such"))
show("unknown str.encode", lambda: "x".encode("no-such"))
show("not text", lambda: "x".encode("hex"))
show("bad handler", lambda: "\u1234".encode("cp437", "no-such-handler"))
for enc in ["utf-8", "UTF_8", "utf8", "U8", "latin-1", "latin1", "iso8859_1", "iso-8859-1", "l1", "ascii",
            "US-ASCII", "us_ascii", "646", "utf-16", "utf-16-le", "utf_16be", "utf-32", "utf-32-be", "utf-7",
            "utf-8-sig", "unicode_escape", "raw_unicode_escape", "cp1252", "mac-roman"]:
    show("encode " + enc, lambda: "\udc80".encode(enc))
    show("decode " + enc, lambda: b"\xff\xfe\x00\xd8\\N{x".decode(enc))
