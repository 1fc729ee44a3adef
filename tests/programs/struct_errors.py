# struct's error messages: struct.error for bad formats, wrong counts, out-of-range integers,
# values of the wrong type, short buffers and bad offsets; TypeError for bad arguments.
import struct


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
for fmt in ["<b", "<B", ">h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q", "@b", "@B", "@h", "@H", "@i", "@I", "@q", "@Q"]:
    for v in [2**7, -2**7 - 1, 2**8, -1, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64, 10**30]:
        try:
            struct.pack(fmt, v)
        except struct.error as e:
            print(fmt, v, e)
for fmt in ["<i", "<e", "<f", "<d", "<?", "<c", "<3s", "<3p"]:
    for v in [1.5, "a", b"a", None, [1], bytearray(b"a"), memoryview(b"a"), 10**400, 70000, 1e300]:
        show(f"pack({fmt!r}, {type(v).__name__})", struct.pack, fmt, v)
show("pack('<f', 1e40)", struct.pack, "<f", 1e40)
show("pack('<f', 10**40)", struct.pack, "<f", 10**40)
show("pack('<e', 65520.0)", struct.pack, "<e", 65520.0)
show("pack('<e', -70000.0)", struct.pack, "<e", -70000.0)
show("pack('<e', 65536)", struct.pack, "<e", 65536)
show("pack('<c', b'ab')", struct.pack, "<c", b"ab")
show("pack('<c', 1)", struct.pack, "<c", 1)


class BadIndex:
    def __index__(self):
        raise ZeroDivisionError("from __index__")


class BadFloat:
    def __float__(self):
        raise ZeroDivisionError("from __float__")


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("from __bool__")


show("pack('<i', BadIndex())", struct.pack, "<i", BadIndex())
show("pack('<d', BadFloat())", struct.pack, "<d", BadFloat())
show("pack('<?', BadBool())", struct.pack, "<?", BadBool())
for fmt in ["2i2", "3", "z", "i z", "<n", "<N", "<P", "=n", "!P", "2 i", "i\0", "\0", "99999999999999999999i", "é", b"\xe9", 5, None, b"<i"]:
    show(f"calcsize({fmt!r})", struct.calcsize, fmt)
show("pack('i')", struct.pack, "<i")
show("pack('i', 1, 2)", struct.pack, "<i", 1, 2)
show("pack('<x', 1)", struct.pack, "<x", 1)
show("pack('<3s2i', b'a')", struct.pack, "<3s2i", b"a")
show("pack()", struct.pack)
show("pack(5)", struct.pack, 5)
show("pack('<i', x=1)", struct.pack, "<i", x=1)
show("unpack('<i', b'ab')", struct.unpack, "<i", b"ab")
show("unpack('<i', b'abcde')", struct.unpack, "<i", b"abcde")
show("unpack('<i', 'abcd')", struct.unpack, "<i", "abcd")
show("unpack('<i')", struct.unpack, "<i")
show("unpack('<3s2xc', b'abcdefg')", struct.unpack, "<3s2xc", b"abcdefg")
show("unpack_from('<i', b'ab')", struct.unpack_from, "<i", b"ab")
show("unpack_from('<i', b'abcdef', 4)", struct.unpack_from, "<i", b"abcdef", 4)
show("unpack_from('<i', b'abcdef', -10)", struct.unpack_from, "<i", b"abcdef", -10)
show("unpack_from('<i', b'abcdef', -2)", struct.unpack_from, "<i", b"abcdef", -2)
show("unpack_from('<i', b'abcdef', 'x')", struct.unpack_from, "<i", b"abcdef", "x")
show("unpack_from()", struct.unpack_from)
show("unpack_from('<i')", struct.unpack_from, "<i")
show("unpack_from(format='<i', buffer=b'abcd')", struct.unpack_from, format="<i", buffer=b"abcd")
ba = bytearray(6)
show("pack_into('<i', ba, 4, 5)", struct.pack_into, "<i", ba, 4, 5)
show("pack_into('<i', ba, -2, 5)", struct.pack_into, "<i", ba, -2, 5)
show("pack_into('<i', ba, -10, 5)", struct.pack_into, "<i", ba, -10, 5)
show("pack_into('<i', b'abcdef', 0, 5)", struct.pack_into, "<i", b"abcdef", 0, 5)
show("pack_into('<i', memoryview(b'abcdef'), 0, 5)", struct.pack_into, "<i", memoryview(b"abcdef"), 0, 5)
show("pack_into('<i', ba)", struct.pack_into, "<i", ba)
show("pack_into('<i')", struct.pack_into, "<i")
show("pack_into()", struct.pack_into)
show("pack_into('<i', ba, 0)", struct.pack_into, "<i", ba, 0)
show("pack_into('<i', ba, 'x', 1)", struct.pack_into, "<i", ba, "x", 1)
show("pack_into('<i', ba, 0, 'x')", struct.pack_into, "<i", ba, 0, "x")
show("pack_into('<i', 5, 0, 1)", struct.pack_into, "<i", 5, 0, 1)
print(ba)
show("iter_unpack('<h', b'abc')", struct.iter_unpack, "<h", b"abc")
show("iter_unpack('', b'abc')", struct.iter_unpack, "", b"abc")
show("iter_unpack('<h')", struct.iter_unpack, "<h")
show("iter_unpack('<h', 5)", struct.iter_unpack, "<h", 5)
show("Struct()", struct.Struct)
show("Struct(5)", struct.Struct, 5)
show("Struct('z')", struct.Struct, "z")
show("Struct('i', 'j')", struct.Struct, "i", "j")
show("Struct(fmt='i')", struct.Struct, fmt="i")
s = struct.Struct("<i")
show("s.unpack()", s.unpack)
show("s.unpack(1, 2)", s.unpack, 1, 2)
show("s.unpack_from()", s.unpack_from)
show("s.unpack_from(b'abcd', 0, 1)", s.unpack_from, b"abcd", 0, 1)
show("s.unpack_from(b'abcd', offset='x')", s.unpack_from, b"abcd", offset="x")
show("s.iter_unpack()", s.iter_unpack)
show("s.pack_into()", s.pack_into)
show("s.pack_into(ba)", s.pack_into, ba)
show("s.pack()", s.pack)
show("s.size = 3", setattr, s, "size", 3)
show("s.format = 3", setattr, s, "format", 3)
try:
    struct.pack("<h", 99999)
except struct.error as e:
    print(type(e).__name__, type(e).__module__, e.args)
