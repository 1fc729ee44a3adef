# int: big integers, arithmetic identities, conversions, bit operations.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a * b, a + b, b - a, a // 7, a % 7, -a // 7, -a % 7)
print(a ** 3)
print(2 ** 64 - 1, -(2 ** 63), (2 ** 64) // (2 ** 32), 10 ** 30 // 10 ** 29)
fact = 1
for i in range(1, 41):
    fact *= i
print(fact, len(str(fact)))
print(int("9" * 50) + 1)
print(int("-123456789012345678901234567890"), int("ff" * 10, 16), int("z" * 5, 36))
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70), hex(-255))
print((2 ** 70).bit_length(), (0).bit_length(), (-1).bit_length(), (255).bit_count())
print(a >> 90, a << 3, ~a, -a & 0xFFFF, a | 1, a ^ (a - 1))
print(divmod(a, 12345), divmod(-a, 12345), divmod(a, -12345))
print(pow(3, 200, 10 ** 9 + 7), pow(2, -1, 7), pow(5, 3, 13))
print((12345678901234567890).to_bytes(9, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(abs(-a) == a, a == 2.0 ** 100, a < 2 ** 100 + 0.5, 10 ** 400 > 1e308)
print(int(1e20), int(-2.5), int(2 ** 53 + 1.0), float(2 ** 53 + 1))
print(1 / 3 * 3 == 1, 7 // 2, -7 // 2, 7 % -2, 2 ** -2, 0 ** 0, (-8) // 3)
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((10).as_integer_ratio(), int(True), True + 1)
print(1_000_000, 0x_FF, 0o_17, 0b_1010)
print(sum(range(10 ** 6)))
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(len(str(10 ** 4299)))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (2 ** 100).to_bytes(2, "big")
except OverflowError as e:
    print(type(e).__name__, e)
