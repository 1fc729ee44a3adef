# A search function registered with codecs.register is consulted by codecs.lookup,
# str.encode, bytes.decode, codecs.encode and codecs.decode for names no builtin codec has.
import codecs


def rot_encode(text, errors="strict"):
    return bytes((ord(c) + 1) % 256 for c in text), len(text)


def rot_decode(data, errors="strict"):
    return "".join(chr((b - 1) % 256) for b in bytes(data)), len(data)


seen = []


def search(name):
    seen.append(name)
    if name == "shift_one":
        return codecs.CodecInfo(rot_encode, rot_decode, name="shift-one")
    if name == "badtext":
        return codecs.CodecInfo(lambda s, e="strict": (s, len(s)), lambda b, e="strict": (b, len(b)), name="badtext")
    if name == "notext":
        info = codecs.CodecInfo(rot_encode, rot_decode, name="notext")
        info._is_text_encoding = False
        return info
    if name == "badtuple":
        return codecs.CodecInfo(lambda s, e="strict": b"x", lambda b, e="strict": "x", name="badtuple")
    return None


codecs.register(search)
print(codecs.lookup("Shift-One").name)
print("abc".encode("shift_one"), b"bcd".decode("shift-one"))
print(codecs.encode("abc", "shift_one"), codecs.decode(b"bcd", "shift_one"))
print(str(b"bcd", "shift_one"), bytes("abc", "shift_one"))
for call in (lambda: "abc".encode("badtext"), lambda: b"abc".decode("badtext"),
             lambda: "abc".encode("notext"), lambda: b"abc".decode("notext"),
             lambda: "abc".encode("badtuple"), lambda: b"abc".decode("badtuple"),
             lambda: "abc".encode("no-such-codec"), lambda: b"abc".decode("no-such-codec")):
    try:
        print(repr(call()))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(codecs.encode("abc", "notext"))
print("no_such_codec" in seen, "shift_one" in seen)
codecs.unregister(search)
try:
    "abc".encode("shift_one")
except LookupError as e:
    print("after unregister:", e)
