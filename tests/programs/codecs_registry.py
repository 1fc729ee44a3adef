# codecs: lookup and CodecInfo, encode/decode, the getters, error handlers, BOMs, search functions.
import codecs

for name in ["utf-8", "UTF8", "utf_8", "latin-1", "Latin_1", "ascii", "utf-16", "utf-16-le", "utf-32-be", "utf-8-sig", "cp1252"]:
    info = codecs.lookup(name)
    text = "hello" if name == "ascii" else "héllo"
    print(name, "->", info.name, isinstance(info, tuple), len(info), info[0] is info.encode)
    print("  ", info.encode(text), info.decode(info.encode(text)[0]))

try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.lookup(42)
except TypeError as e:
    print("TypeError", e)

print(codecs.encode("abc€", "utf-8"), codecs.decode(b"abc\xe2\x82\xac"), codecs.decode(b"\xff", "latin-1"))
print(codecs.encode("x€", "ascii", "replace"), codecs.encode("x€", "ascii", "xmlcharrefreplace"))
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

print(codecs.getencoder("utf-8")("ab"), codecs.getdecoder("latin-1")(b"ab"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)

print(codecs.strict_errors is codecs.lookup_error("strict"), callable(codecs.replace_errors))
try:
    codecs.encode("a€", "ascii", "test.missing")
except LookupError as e:
    print("LookupError", e)
seen = []
def keep(exc):
    seen.append(exc)
    return ("", exc.end)
codecs.register_error("test.keep", keep)
codecs.encode("a€é", "ascii", "test.keep")
codecs.decode(b"a\xffb", "utf-8", "test.keep")
exc, dexc = seen[0], seen[1]
print(type(exc).__name__, exc.start, exc.end, type(dexc).__name__, dexc.start, dexc.end)
for name in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    print(name, codecs.lookup_error(name)(exc))
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc), codecs.ignore_errors(dexc))
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print("raised", e)
def handler(exc):
    return ("<%d-%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("test.angle", handler)
print(codecs.encode("a€b€", "ascii", "test.angle"), codecs.lookup_error("test.angle") is handler)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)

def search(name):
    print("search", repr(name))
    if name == "rot_x":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="rot-x")
    return None
codecs.register(search)
info = codecs.lookup("ROT X")
print(info.name, codecs.encode("abc", "rot-x"), codecs.decode(b"ABC", "rot-x"))
print(codecs.lookup("rot-x") is info)
codecs.unregister(search)
try:
    codecs.lookup("rot-y")
except LookupError as e:
    print("LookupError", e)
