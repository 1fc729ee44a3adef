# zlib: one-shot and streaming (de)compression in the zlib, raw and gzip containers, checksums,
# constants and errors. Compressed bytes are compared by decompressing them (deflate encoders
# may choose different blocks), except for headers, which are fixed.
import zlib

data = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(400))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_FLUSH, zlib.Z_FULL_FLUSH)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)
print(zlib.crc32(b''), zlib.crc32(b'hello world'), zlib.crc32(b' world', zlib.crc32(b'hello')))
print(zlib.adler32(b''), zlib.adler32(b'hello world'), zlib.adler32(b' world', zlib.adler32(b'hello')))
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')), zlib.crc32(b'abc', -1))

packed = zlib.compress(data)
print(packed[:1], len(packed) < len(data) // 10, zlib.decompress(packed) == data)
for level in (0, 1, 9, -1):
    print(level, zlib.decompress(zlib.compress(data, level)) == data)
print(zlib.compress(b'', 0))
print(zlib.decompress(zlib.compress(b'')))
raw = zlib.compress(data, wbits=-15)
print(zlib.decompress(raw, -15) == data, zlib.decompress(raw, wbits=-zlib.MAX_WBITS) == data)
gz = zlib.compress(data, wbits=31)
print(gz[:4], zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
print(zlib.decompress(packed, 47) == data, zlib.decompress(packed, 0) == data)

# Streaming.
c = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush())
stream = b''.join(parts)
d = zlib.decompressobj(-15)
out = b''.join(d.decompress(stream[i:i + 77]) for i in range(0, len(stream), 77))
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)

c = zlib.compressobj(wbits=31)
stream = c.compress(data) + c.flush(zlib.Z_SYNC_FLUSH)
print(stream[-4:] == b'\x00\x00\xff\xff')
d = zlib.decompressobj(31)
first = d.decompress(stream)
print(first == data, d.eof)
stream2 = c.flush()
print(d.decompress(stream2 + b'TRAILING'), d.eof, d.unused_data)

# max_length and unconsumed_tail.
d = zlib.decompressobj()
piece = d.decompress(packed, 100)
print(len(piece), piece == data[:100], len(d.unconsumed_tail) > 0)
rest = d.decompress(d.unconsumed_tail)
print(piece + rest == data, d.eof, d.flush())
d = zlib.decompressobj()
print(d.decompress(packed + b'xyz') == data, d.unused_data, d.decompress(b'more'), d.unused_data)

# Errors.
for bad, wbits in ((b'not compressed at all', 15), (b'\x1f\x8bjunk', 31)):
    try:
        zlib.decompress(bad, wbits)
    except zlib.error as e:
        print(type(e).__name__, e)
try:
    zlib.decompress(packed[:-10])
except zlib.error as e:
    print(type(e).__name__, e)
try:
    zlib.compress(b'x', 12)
except zlib.error as e:
    print(type(e).__name__, e)
try:
    zlib.compressobj(wbits=99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    zlib.compress('text')
except TypeError as e:
    print(type(e).__name__, e)
broken = bytearray(gz)
broken[-8] ^= 0xff
try:
    zlib.decompress(bytes(broken), 31)
except zlib.error as e:
    print(type(e).__name__, e)
