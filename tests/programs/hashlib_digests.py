# hashlib: md5, sha1 and the SHA-2 family against known inputs of every length around the block
# boundaries, update() in pieces, copy(), the attributes, new() by name, file_digest and the
# errors (pbkdf2_hmac, which the WebAssembly oracle lacks: process_hashlib_pbkdf2).
import hashlib
import io

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
for name in NAMES:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(getattr(hashlib, name)(b"The quick brown fox jumps over the lazy dog").hexdigest())
    total = hashlib.new(name)
    for n in list(range(0, 140)) + [1000, 4096, 100003]:
        data = bytes((i * 7 + n) % 256 for i in range(n))
        total.update(hashlib.new(name, data).digest())
    print(" lengths", total.hexdigest())
    pieces = hashlib.new(name)
    for i in range(300):
        pieces.update(bytes([i % 256]) * (i % 70))
    whole = hashlib.new(name, b"".join(bytes([i % 256]) * (i % 70) for i in range(300)))
    snapshot = pieces.copy()
    pieces.update(b"more")
    print(" pieces", pieces.hexdigest() != snapshot.hexdigest(), snapshot.digest() == whole.digest())
    print(" memoryview", hashlib.new(name, memoryview(b"abc")).hexdigest() == hashlib.new(name, bytearray(b"abc")).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512"}))
print(hashlib.file_digest(io.BytesIO(b"x" * 100000), "sha256").hexdigest())
print(hashlib.sha256(b"abc", usedforsecurity=False).hexdigest()[:16])
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nosuch"), lambda: hashlib.md5(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
