# struct.Struct objects (format, size, every method, re-initialisation, subclasses), and
# pack_into, unpack_from and iter_unpack over bytes, bytearrays and memoryviews.
import struct

s = struct.Struct("<ih")
print(s.format, s.size, type(s).__name__, type(s).__module__, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"))
print(struct.Struct(b">q").format, struct.Struct(b">q").size, struct.Struct(format="=H").size)
print(s.unpack(bytearray(b"\x01\x00\x00\x00\x02\x00")), s.unpack(memoryview(b"\x01\x00\x00\x00\x02\x00")))
print(s.unpack_from(b"xx\x01\x00\x00\x00\x02\x00", 2), s.unpack_from(b"\x01\x00\x00\x00\x02\x00zz"))
print(s.unpack_from(buffer=b"\x01\x00\x00\x00\x02\x00", offset=0), s.unpack_from(b"..\x01\x00\x00\x00\x02\x00", -6))
ba = bytearray(10)
print(s.pack_into(ba, 1, -1, 3), ba)
print(s.pack_into(ba, -6, 5, 6), ba)
mv = memoryview(ba)
struct.pack_into("<h", mv, 0, 0x4142)
print(ba, bytes(mv[:2]))
struct.pack_into("<h", mv[4:], 2, 0x4344)
print(ba)
struct.pack_into("<i", ba, 0, 7)
print(ba, struct.unpack_from("<i", ba), struct.unpack_from("<h", mv, 8))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, type(it).__module__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(it), iter(it) is it, list(s.iter_unpack(s.pack(1, 2) * 3)), list(struct.iter_unpack("<h", b"")))
try:
    type(it)()
except TypeError as e:
    print("TypeError", e)
t = struct.Struct("<h")
print(t.__init__("<q"), t.size, t.format, t.pack(-1))


class Point(struct.Struct):
    def __init__(self):
        super().__init__("<dd")
        self.label = "point"

    def make(self, x, y):
        return self.pack(x, y)


p = Point()
print(p.label, p.size, p.format, p.make(1.5, -2.0), p.unpack(p.make(1.5, -2.0)), isinstance(p, struct.Struct))
print(struct.Struct("").size, struct.Struct("").pack(), struct.Struct("").unpack(b""), struct.Struct("3x").pack())
print(struct.calcsize(struct.Struct("<i").format), struct.pack(struct.Struct("<i").format, 3))
print(struct._clearcache(), struct.__all__)
import _struct
print(_struct.Struct is struct.Struct, _struct.error is struct.error, _struct.pack is struct.pack)
print(sorted(n for n in dir(struct) if not n.startswith("__")))
many = struct.Struct("<100i")
print(many.size, sum(many.unpack(many.pack(*range(100)))))
