# Bitwise operations on ints, including negatives and big ints, and bool results.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 5), (2 ** 70, 2 ** 70 - 1)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 >> 10, -1 << 10, 1 << 100, (1 << 100) >> 99, -(2 ** 65) >> 64)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(0b1010 & 0b0110, 0o17 | 0o20, 0xF0 ^ 0xFF, ~0b101 & 0xFF)
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(bin(mask), [b for b in range(8) if mask >> b & 1])
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 >> 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(int.bit_count(-7), (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF, 0 >> 1000, 5 >> 1000, -5 >> 1000)
