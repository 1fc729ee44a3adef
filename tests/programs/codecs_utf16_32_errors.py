# UTF-16 and UTF-32 decoding errors: the codec is named by the byte order it decodes in (a BOM
# chooses it; without one, little-endian), and positions count the BOM.
for encoding in ["utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-be"]:
    for data in [
        b"x",
        b"\xff\xfex",
        b"\xfe\xff\x00",
        b"\x00\xd8\x00\x00",
        b"\xff\xfe\x00\xd8\x00\x00",
        b"\xfe\xff\xd8\x00\x00\x00",
        b"\x00\x00\x11\x00\x00",
        b"\xff\xfe\x00\x00\x00\x00\x11\x00",
        b"\x00\x00\xfe\xff\x00\x11\x00\x00",
    ]:
        try:
            print(encoding, data, "->", ascii(data.decode(encoding)))
        except UnicodeDecodeError as e:
            print(encoding, data, "!", e.encoding, e.start, e.end, e.object == data, "|", e)
    print(encoding, "replace:", ascii(b"\xff\xfea\x00\x00\xd8b\x00".decode(encoding, "replace")))

# Incremental decoding keeps the order the BOM chose; errors name it.
import codecs

decoder = codecs.getincrementaldecoder("utf-16")()
print(ascii(decoder.decode(b"\xfe\xff\x00")))
print(ascii(decoder.decode(b"a\x00")))
try:
    decoder.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)
