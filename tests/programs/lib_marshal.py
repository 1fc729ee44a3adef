# marshal: every builtin value type round-trips through each format version; data CPython writes
# (references included) reads back; bad data and unmarshallable objects raise CPython's errors.
import marshal, io
values = [None, True, False, StopIteration, ..., 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -2**100 + 7,
          1.5, -0.0, float('inf'), 1e300, 1j, complex(1.5, -2.25), "", "abc", "é€\U0010ffff", "a" * 300, "\ud800x",
          b"", b"bytes", bytearray(b"ba"), (), (1, 2), tuple(range(300)), [], [1, [2, [3]]], {}, {"a": 1, 2: [3]},
          set(), {1, 2, 3}, frozenset(), frozenset({"x"}), [(1, "a"), {"k": (None, 2.5)}]]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        assert back == v or (v != v), (v, version, back)
        assert type(back) is (bytes if type(v) is bytearray else type(v)), (v, type(back))
    print(repr(marshal.loads(marshal.dumps(v)))[:60])
print(marshal.version)
for v in [None, True, False, StopIteration, ...]:
    print(marshal.dumps(v)[:12])
print(marshal.dumps(1.5, 1), marshal.dumps(0.1, 0), marshal.dumps(1e300, 1), marshal.dumps(1e-5, 1), marshal.dumps(123456789.0, 1))
# Data CPython writes, with references.
for data in [b'\xe9\x01\x00\x00\x00', b'\xda\x03abc', b'\xa9\x02\xda\x01a\x72\x01\x00\x00\x00',
             b'[\x02\x00\x00\x00\xfa\x01xr\x00\x00\x00\x00', b'\xfb\xda\x01k\xe9\x07\x00\x00\x000',
             b'l\x02\x00\x00\x00\x00\x00\x01\x00', b'l\xfe\xff\xff\xff\x01\x00\x01\x00',
             b'\xf5\x03\x00\x00\x00\xe2\x82\xac', b'f\x031.5', b'x\x011\x012',
             b'\xbc\x01\x00\x00\x00\xe9\x05\x00\x00\x00', b'\xbe\x01\x00\x00\x00\xe9\x05\x00\x00\x00']:
    print(marshal.loads(data))
for bad in [b'', b'i\x01', b'Q', b'r\x05\x00\x00\x00', b'(\x01\x00\x00\x00', b'{N', b'l\x01\x00\x00\x00\x00\x80',
            b'u\x01\x00\x00\x00\xff']:
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [object(), type, print, [object()], 1 .__class__, lambda: 0]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
class I(int): pass
try: marshal.dumps(I(3))
except ValueError as e: print("ValueError", e)
nested = []
for _ in range(3000):
    nested = [nested]
try: marshal.dumps(nested)
except ValueError as e: print("ValueError", e)
f = io.BytesIO()
marshal.dump((1, "two"), f); marshal.dump([3.0], f, 2)
f.seek(0)
print(marshal.load(f), marshal.load(f), f.read())
try: marshal.load(f)
except EOFError as e: print("EOFError", e)
print(marshal.loads(memoryview(b'T')), marshal.loads(b'Nxyz'))
try: marshal.loads("T")
except TypeError as e: print("TypeError", e)
try: marshal.dumps(1, version=2)
except TypeError as e: print("TypeError", e)
