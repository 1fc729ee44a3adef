# The single-byte code pages: every byte decoded, every defined character encoded back, the
# names and aliases codecs.lookup knows them by, and the 'charmap' errors.
import codecs

NAMES = [
    "cp037", "cp273", "cp437", "cp500", "cp720", "cp737", "cp775", "cp850", "cp852", "cp855",
    "cp857", "cp858", "cp860", "cp862", "cp864", "cp866", "cp869", "cp874", "cp1006", "cp1125",
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_8", "iso8859_11", "iso8859_15", "iso8859_16",
    "koi8_r", "koi8_u", "koi8_t", "kz1048", "mac_roman", "mac_cyrillic", "mac_greek", "mac_turkish",
    "hp_roman8", "ptcp154", "tis_620", "palmos",
]
for name in NAMES:
    text = bytes(range(256)).decode(name, "replace")
    undefined = text.count("\ufffd")
    defined = "".join(c for c in text if c != "\ufffd")
    back = defined.encode(name)
    print(name, codecs.lookup(name).name, undefined, sum(map(ord, text)) % 1000003, len(back), back == bytes(b for b in range(256) if bytes([b]).decode(name, "replace") != "\ufffd"))

for alias in ["IBM437", "windows-1251", "latin2", "ISO-8859-5", "KOI8-R", "macintosh", "cyrillic", "greek", "hebrew", "thai", "850", "csIBM866"]:
    print(alias, "->", codecs.lookup(alias).name)

for name, data in [("cp1252", b"a\x81b"), ("cp437", b"\xff"), ("iso8859_7", b"\xae\xd2")]:
    try:
        print(data.decode(name))
    except UnicodeDecodeError as e:
        print("decode", e)
    print(repr(data.decode(name, "replace")), repr(data.decode(name, "ignore")), repr(data.decode(name, "backslashreplace")))
for name, text in [("cp1251", "Привет, мир é"), ("koi8_r", "Привет €"), ("cp437", "╔═╗ ü ☺ 中")]:
    try:
        print(text.encode(name))
    except UnicodeEncodeError as e:
        print("encode", e)
    print(text.encode(name, "replace"), text.encode(name, "xmlcharrefreplace"), text.encode(name, "ignore"))
print("\u066a".encode("cp864"), b"\x25".decode("cp864"), "abc".encode("cp037"), b"\x81\x82".decode("cp500"))
