# zlib's gzip container (wbits 16 + 8..15) writes zlib's header: the extra-flags byte follows
# the level (2 for 9, 4 for 0 and 1, else 0) and the OS byte says Unix.
import zlib

for level in (-1, 0, 1, 6, 9):
    packer = zlib.compressobj(level, zlib.DEFLATED, 31)
    data = packer.compress(b"abc") + packer.flush()
    print(level, data[:10].hex(), zlib.decompress(data, 31))
print(zlib.compress(b"abc", 9, wbits=31)[:10].hex())
