# bytes and bytearray: literals, repr, indexing, methods, mutation, conversions.
b = b"hello\x00\xff\n'\""
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytes.fromhex("de ad BE EF"))
print(b"abc".hex(), b"abc".hex(":"), b"AbC".lower(), b"abc".upper(), b"a,b".split(b","), b" x ".strip())
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc".find(b"c"), b"aaa".count(b"a"))
print(b"hello".replace(b"l", b"L"), b"-".join([b"a", b"b"]), b"abc".startswith(b"ab"), b"%d-%s" % (5, b"x"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"ab\xff".decode("ascii", "ignore"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), ba.pop(), ba)
del ba[0]
ba[1:3] = b"XYZ"
print(ba, ba.decode(), bytes(ba), ba == b"bXYZdef")
ba.insert(0, 33)
ba.reverse()
print(ba, ba.index(b"Z"), ba.isalpha(), bytearray(2))
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"\x00" < b"\x01", sorted([b"b", b"a", b"ab"]))
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128])), bytearray(b"x").__class__.__name__)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([300])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes("str")
except TypeError as e:
    print(type(e).__name__, e)
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[::2]), mv.tobytes(), len(mv), mv.readonly)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), b"x".isascii(), b"12".isdigit())
