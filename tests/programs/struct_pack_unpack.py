# struct.pack and unpack for every format code in every byte order (native only for the codes
# whose native size is the same on every platform), sizes and alignment, and round trips.
import struct

orders = ["<", ">", "!", "="]
samples = {
    "b": [0, 1, -1, 127, -128], "B": [0, 1, 255, 128], "h": [0, -2, 32767, -32768], "H": [0, 65535, 258],
    "i": [0, -1, 2**31 - 1, -2**31, 305419896], "I": [0, 2**32 - 1, 305419896], "l": [0, -5, 2**31 - 1],
    "L": [0, 2**32 - 1], "q": [0, -1, 2**63 - 1, -2**63, 81985529216486895], "Q": [0, 2**64 - 1, 81985529216486895],
    "e": [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 5.960464477539063e-08, 0.1, float("inf"), -float("inf")],
    "f": [0.0, -0.0, 1.5, -3.25, 3.4028234663852886e38, 1e-45, 0.1, float("inf")],
    "d": [0.0, -0.0, 1.5, 0.1, -1e308, 5e-324, float("inf")], "?": [True, False], "c": [b"a", b"\x00", b"\xff"],
}
for order in orders:
    for code, values in samples.items():
        fmt = order + code
        for v in values:
            packed = struct.pack(fmt, v)
            back = struct.unpack(fmt, packed)
            print(fmt, repr(v), packed, back, back[0] == v)
for code in "bBhHiIqQefd?c":
    native = struct.pack("@" + code, samples[code][-1])
    print("@" + code, struct.calcsize(code), struct.calcsize("@" + code), native == struct.pack("=" + code, samples[code][-1]))
print(struct.pack("<e", float("nan")), struct.pack(">e", -float("nan")), struct.pack("<f", float("nan")))
print([str(x) for x in struct.unpack("<eeee", bytes.fromhex("007c00fc017e00fe"))])
print(struct.unpack("<4e", bytes.fromhex("0100ff030004ff7b")))
for x in [65519.0, 65519.99, 1e-8, 2.98e-8, 2.99e-8, 1.00048828125, 1.00146484375, 0.333333, 1e-5, 3.0517578125e-05]:
    print("e", x, struct.pack("<e", x), struct.unpack("<e", struct.pack("<e", x)))
for x in [3.4028235e38, 1.401298464324817e-45, 7e-46, 0.1, 16777217.0]:
    print("f", x, struct.pack(">f", x), struct.unpack(">f", struct.pack(">f", x)))

print(struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcdef"), struct.pack("<0s", b"abc"), struct.pack("s", b"x"))
print(struct.pack("<5p", b"ab"), struct.pack("<3p", b"abcdef"), struct.pack("<0p", b"abc"), struct.pack("<1p", b"abc"))
print(len(struct.pack("<300p", b"a" * 300)), struct.pack("<300p", b"a" * 300)[0], struct.unpack("<300p", struct.pack("<300p", b"a" * 300))[0][:3])
print(struct.unpack("<5s", b"ab\x00de"), struct.unpack("<5p", b"\x02abcd"), struct.unpack("<3p", b"\x09ab"), struct.unpack("<0p", b""))
print(struct.pack("<3s", bytearray(b"xyz")), struct.pack("<4p", bytearray(b"xy")))
print(struct.pack("<2xh2x", 7), struct.unpack("<2xh2x", b"\x01\x02\x03\x00\x04\x05"), struct.pack("x"))
print(struct.pack("<3c", b"a", b"b", b"c"), struct.unpack("<c3c", b"abcd"), struct.pack(">?3?", 0, [], [1], "x"))
print(struct.unpack("<??", b"\x05\x00"), struct.unpack("??", b"\xff\x01"))
print(struct.pack("<i", True), struct.pack("<q", False), struct.pack(">H", True))


class Idx:
    def __index__(self):
        return 513


class Fl:
    def __float__(self):
        return 2.5


print(struct.pack("<h", Idx()), struct.pack("<d", Fl()), struct.pack("<f", Idx()), struct.pack("<e", 3))
for fmt in ["", "i", "xi", "ii ", " i", " i h  q ", "0s", "2x", "!e", "4?", "10s", "3i2h", "<qbq", "@bi", "@bih",
            "@bq", "@bd", "@b0i", "=bi", "@ci", "@?hq", "@?xh", "@5s2h", "@ef", "@cd", "@ihd?", "@hb", "@3e", b"<i"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("@bi", 1, 2), struct.pack("@?h", True, 3), struct.pack("@h?", 3, True), struct.unpack("@bh", b"\x01\x00\x02\x00"))
print(struct.pack("<bhiq", 1, 2, 3, 4), struct.pack(">bhiq", 1, 2, 3, 4), struct.pack("@bhiq", 1, 2, 3, 4))
print(struct.unpack(">bhiq", struct.pack(">bhiq", -1, -2, -3, -4)), struct.pack("<3i", 1, 2, 3), struct.unpack("<2H", b"\x01\x02\x03\x04"))
record = struct.pack("<10sHHb", b"raymond   ", 4658, 264, 8)
print(record, struct.unpack("<10sHHb", record))
