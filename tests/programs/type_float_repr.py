# float: shortest repr, arithmetic, inf/nan, methods, conversions and formatting.
for v in (0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123, 1e-5, 1e-4, 1.5e300 * 10,
          -0.0, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e23, 0.30000000000000004, 2.5):
    print(repr(v), str(v))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan)
print(float("-Infinity"), float(" nan "), float("1e500"), float("-1e-500"), float("1_0.5"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((255.5).hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print(max(1.5, 2), min(-0.0, 0.0), abs(-2.5), 2.5 ** 2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1e20, -20))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int(1e10), int(-1.9), float(10 ** 20), float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(f"{0.1:.20f} {1/3:.3e} {1e6:g} {1e-6:g} {123.456:08.2f} {-1.5:+.0f} {2.5:.0f}")
print(float(True), float("  3.25  "), 1.0.__class__.__name__, 3.0 == 3, hash(3.0) == hash(3))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(divmod(-7.0, 2), (-7.0).__floordiv__(2), 7.0 // -0.5)
print(1.0 / 7, 22 / 7, 355 / 113, 2 ** 0.5, 10 ** -3)
