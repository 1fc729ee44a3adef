# uuid1/uuid3/uuid4/uuid5, getnode and the `python -m uuid` command line.
import contextlib
import io
import sys
import uuid

# name-based UUIDs are deterministic
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
           uuid.NAMESPACE_X500):
    for name in ("python.org", "http://python.org/", "1.3.6.1", "c=ca",
                 b"bytes name", "", "h\u00e9llo"):
        u3, u5 = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
        print(u3, u3.version, u5, u5.version, u5.variant)
try:
    uuid.uuid3("not a uuid", "x")
except AttributeError as e:
    print("AttributeError", e)
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, 5)
except TypeError as e:
    print("TypeError")

# random ones: only their shape is printed
seen = set()
for _ in range(200):
    u = uuid.uuid4()
    seen.add(u)
    assert u.version == 4 and u.variant == uuid.RFC_4122
print(len(seen))

# time-based ones: the given node and clock sequence appear as they are
for node, seq in [(0, 0), (0x123456789abc, 0x1234), (0xffffffffffff, 0x3fff)]:
    u = uuid.uuid1(node, seq)
    print(u.version, u.variant, hex(u.node), hex(u.clock_seq), u.is_safe)
ones = [uuid.uuid1() for _ in range(300)]
print(len(set(ones)), all(u.version == 1 for u in ones))
print(all(a.time < b.time for a, b in zip(ones, ones[1:])))
print(all(u.node == uuid.getnode() for u in ones))

node = uuid.getnode()
print(0 < node < 1 << 48, node == uuid.getnode())
print(type(node).__name__)
random_node = uuid._random_getnode()
print(bool(random_node & (1 << 40)), 0 < random_node < 1 << 48)


def main(*args):
    out, err = io.StringIO(), io.StringIO()
    sys.argv = ["uuid.py", *args]
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            uuid.main()
        except SystemExit as e:
            code = e.code
    return code, out.getvalue(), err.getvalue()


for args in [("-u", "uuid3", "-n", "@dns", "-N", "python.org"),
             ("--uuid", "uuid5", "--namespace", "@url", "--name", "http://x/"),
             ("-u", "uuid5", "-n", "@oid", "-N", "1.2"),
             ("-u", "uuid3", "-n", "@x500", "-N", "c=ca"),
             ("-u", "uuid5", "-n", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "-N", "n"),
             ("-u", "uuid3",), ("-u", "uuid5", "-n", "@dns"),
             ("-u", "uuid3", "-N", "x"), ("-u", "uuid9",), ("--bogus",)]:
    print(args, main(*args))
for args in [(), ("-u", "uuid4"), ("-u", "uuid1")]:
    code, out, err = main(*args)
    u = uuid.UUID(out.strip())
    print(args, code, u.version, repr(err))
try:
    main("-u", "uuid3", "-n", "nonsense", "-N", "x")
except ValueError as e:
    print("ValueError", e)
code, out, err = main("-h")
print(code, repr(err))
print(out)
