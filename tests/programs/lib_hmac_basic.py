# hmac: new/HMAC with every kind of digestmod, update/copy/digest/hexdigest, attributes, digest().
import hmac, hashlib, types

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

# RFC 4231 test case 2 and RFC 2104's MD5 example.
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.md5).hexdigest())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for key in [b"", b"k", b"\xaa" * 64, b"\xaa" * 131, bytearray(b"long" * 40)]:
        h = hmac.new(key, b"message", digestmod=name)
        d = hmac.digest(bytes(key), b"message", name)
        print(name, len(key), h.name, h.digest_size, h.block_size, h.hexdigest()[:24], d == h.digest())

h = hmac.HMAC(b"key", digestmod=hashlib.sha256)
h.update(b"ab")
h.update(bytearray(b"cd"))
h.update(memoryview(b"ef"))
c = h.copy()
c.update(b"more")
print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hmac.new(b"key", b"abcdef", "sha256").hexdigest())
print(type(h.digest()).__name__, h.digest() == bytes.fromhex(h.hexdigest()))
print(c.name, c.digest_size)
show("copy block_size", lambda: c.block_size)
show("slots", lambda: setattr(h, "other", 1))
print(hmac.HMAC.blocksize, hmac.digest_size, hmac.HMAC.__slots__)
print(type(hmac.HMAC.name).__name__, type(hmac.HMAC.digest_size).__name__)
print(len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[:4], hmac.trans_36[0x36], hmac.trans_5C[0x5C])

# A PEP 247 module as digestmod.
mod = types.SimpleNamespace(new=lambda d=b"": hashlib.sha1(d))
print(hmac.new(b"k", b"m", mod).hexdigest(), hmac.digest(b"k", b"m", mod).hex())
print(hmac.new(b"k", b"m", "sha1").hexdigest(), hmac.digest(b"k", b"m", hashlib.sha1).hex())
print(hmac.digest(bytearray(b"k"), bytearray(b"m"), "sha1").hex())

for label, args in [("str msg", (b"k", "str", "sha256")), ("str key", ("k", b"m", "sha256")),
                    ("unknown", (b"k", b"m", "foo")), ("no digestmod", (b"k", b"m")),
                    ("None digestmod", (b"k", b"m", None)), ("empty digestmod", (b"k", b"m", "")),
                    ("memoryview key", (memoryview(b"k"), b"m", "md5")), ("int msg", (b"k", 5, "md5")),
                    ("int digestmod", (b"k", b"m", 5)), ("int key", (3, b"m", "md5"))]:
    show(label, lambda: hmac.new(*args).hexdigest())
show("update str", lambda: hmac.new(b"k", digestmod="md5").update("x"))
show("kw", lambda: hmac.new(key=b"k", msg=b"m", digestmod="md5").hexdigest())
for label, args in [("str msg", (b"k", "str", "sha256")), ("str key", ("k", b"m", "sha256")),
                    ("unknown", (b"k", b"m", "foo")), ("None msg", (b"k", None, "md5"))]:
    show("digest " + label, lambda: hmac.digest(*args).hex())
show("digest missing", lambda: hmac.digest(b"k", b"m"))
