# hmac.compare_digest and the warnings about hash objects without a usable block size.
import hmac, hashlib, warnings, array

def label(x):
    return type(x).__name__ + ":" + repr(bytes(x) if isinstance(x, (memoryview, array.array)) else x)

for a, b in [("a", "a"), ("abc", "abd"), ("", ""), ("foo", "foobar"), ("é", "é"), ("a", "é"),
             (b"a", "a"), ("a", b"a"), (1, 1), (1, b"x"), (b"x", 1), (None, b""),
             (b"ab", bytearray(b"ab")), (b"ab", memoryview(b"ab")), (bytearray(b"ab"), b"ac"),
             (b"\xde\xad\xbe\xef", b"\xde\xad"), (b"", b""), (array.array("b", [1, 2]), b"\x01\x02"),
             (b"x", [1]), ([1], [1])]:
    try:
        print(label(a), label(b), hmac.compare_digest(a, b))
    except Exception as e:
        print(label(a), label(b), type(e).__name__, e)

class Small:
    block_size = 8
    digest_size = 4
    name = "small"
    def __init__(self, d=b""):
        self.d = bytes(d)
    def update(self, m):
        self.d += bytes(m)
    def copy(self):
        s = type(self)()
        s.d = self.d
        return s
    def digest(self):
        return hashlib.md5(self.d).digest()[:4]
    def hexdigest(self):
        return self.digest().hex()

class NoBlock(Small):
    def __getattribute__(self, n):
        if n == "block_size":
            raise AttributeError(n)
        return object.__getattribute__(self, n)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    x = hmac.HMAC(b"key", b"msg", Small)
    print(x.hexdigest(), x.block_size, x.name, x.digest_size)
    y = hmac.HMAC(b"key", b"msg", NoBlock)
    print(y.hexdigest(), y.block_size)
    print(hmac.digest(b"key", b"msg", Small).hex(), hmac.digest(b"key", b"msg", NoBlock).hex())
    for ww in w:
        print(ww.category.__name__, ww.message, ww.filename.rsplit("/")[-1])

class Big(hmac.HMAC):
    blocksize = 128
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(Big(b"key", b"msg", Small).hexdigest(), [str(x.message) for x in w])
