# uuid.UUID: every way of building one, every view, the errors,
# comparisons, immutability, pickling and copying.
import copy
import pickle
import uuid

print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT,
      uuid.RESERVED_FUTURE, sep=" | ")
print(list(uuid.SafeUUID), uuid.SafeUUID(0), uuid.SafeUUID(None), uuid.SafeUUID(-1))
print(repr(uuid.SafeUUID.unknown), uuid.SafeUUID.safe.value)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
           uuid.NAMESPACE_X500):
    print(repr(ns), ns.version, ns.variant)


def views(u):
    print(repr(u), str(u))
    print("  int", u.int, "hex", u.hex, "urn", u.urn)
    print("  bytes", u.bytes, "bytes_le", u.bytes_le)
    print("  fields", u.fields)
    print("  time_low", u.time_low, "time_mid", u.time_mid,
          "time_hi_version", u.time_hi_version)
    print("  clock_seq_hi_variant", u.clock_seq_hi_variant,
          "clock_seq_low", u.clock_seq_low, "node", u.node)
    print("  time", u.time, "clock_seq", u.clock_seq)
    print("  variant", u.variant, "version", u.version, "is_safe", u.is_safe)


text = "12345678-1234-5678-1234-567812345678"
for u in [uuid.UUID(text),
          uuid.UUID("{" + text + "}"),
          uuid.UUID("urn:uuid:" + text),
          uuid.UUID(text.replace("-", "").upper()),
          uuid.UUID(hex=text),
          uuid.UUID(bytes=bytes(range(16))),
          uuid.UUID(bytes_le=bytes(range(16))),
          uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
          uuid.UUID(int=0),
          uuid.UUID(int=(1 << 128) - 1),
          uuid.UUID("00000000-0000-0000-c000-000000000000"),
          uuid.UUID("00000000-0000-0000-e000-000000000000"),
          uuid.UUID("00000000-0000-0000-8000-000000000000"),
          uuid.UUID("d82579ce6642a0de7ddf490a7aec7aa5", is_safe=uuid.SafeUUID.safe)]:
    views(u)

# version= forces the RFC 4122 variant and the version nibble
for v in range(1, 6):
    for base in (0, (1 << 128) - 1):
        u = uuid.UUID(int=base, version=v)
        print(v, u, u.variant, u.version)
print(uuid.UUID(bytes=b"\xff" * 16, version=4))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6), version=3))

errors = [
    dict(hex=""), dict(hex="abc"), dict(hex="1234567812345678123456781234567"),
    dict(hex="123456781234567812345678123456789"),
    dict(hex="123456781234567812345678z2345678"),
    dict(bytes=b"abc"), dict(bytes=b"\0" * 17), dict(bytes_le=b"\0" * 15),
    dict(bytes="\0" * 16), dict(bytes_le="\0" * 16),
    dict(fields=(1,)), dict(fields=(1, 2, 3, 4, 5, 6, 7)),
    dict(fields=(-1, 0, 0, 0, 0, 0)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
    dict(fields=(0, -1, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
    dict(fields=(0, 0, 1 << 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
    dict(fields=(0, 0, 0, 0, -1, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
    dict(int=-1), dict(int=1 << 128), dict(hex="0" * 32, version=0),
    dict(hex="0" * 32, version=6), dict(), dict(hex="0" * 32, int=0),
    dict(bytes=b"\0" * 16, bytes_le=b"\0" * 16), dict(hex=5),
]
for kw in errors:
    try:
        print("ok", uuid.UUID(**kw))
    except Exception as e:
        print(type(e).__name__, e)
for args in [("0" * 32, b"\0" * 16), ("0" * 32, None, None, None, None, 1)]:
    try:
        print(uuid.UUID(*args))
    except Exception as e:
        print(type(e).__name__, e)

u = uuid.UUID(text)
for name in ["hex", "int", "bytes", "node", "is_safe", "other", "time"]:
    try:
        setattr(u, name, 1)
    except TypeError as e:
        print(name, type(e).__name__, e)
print(hasattr(u, "__dict__"), uuid.UUID.__slots__)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=1))
print(a == 1, a != 1, a == "00000000-0000-0000-0000-000000000001")
for op in ["<", ">", "<=", ">="]:
    try:
        eval("a %s 1" % op)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([uuid.UUID(int=n) for n in (5, 3, 9, 1)]))
print(hash(uuid.UUID(int=7)) == hash(7), int(uuid.UUID(int=99)))
print(len({uuid.UUID(int=3), uuid.UUID(int=3), uuid.UUID(int=4)}))
import weakref
print(weakref.ref(u)() is u)

# pickling keeps the safety only when it is known
for safe in uuid.SafeUUID:
    u = uuid.UUID("d82579ce6642a0de7ddf490a7aec7aa5", is_safe=safe)
    print(u.__getstate__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(u, proto))
        assert back == u and back.is_safe is safe, (proto, safe)
    c, d = copy.copy(u), copy.deepcopy(u)
    print(c == u, c.is_safe, d == u, d.is_safe)
v = uuid.UUID.__new__(uuid.UUID)
v.__setstate__({"int": 42})
print(v, v.is_safe)
v.__setstate__({"int": 43, "is_safe": -1})
print(v, v.is_safe)
