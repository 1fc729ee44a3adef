# abs, divmod, round, min, max, sum, pow, bin/oct/hex, int/float constructors.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 3))
print(round(3.14159), round(3.14159, 2), round(-1.5), round(2.5), round(12345, -2), round(0.5 + 1e-9))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(5, 2), round(-0.4))
print(min(3, 1, 2), max(3, 1, 2), min("bca"), max([1, 5, 3]), min([], default="empty"), max((), default=0))
print(min([3, 1, 2], key=lambda v: -v), max(["aa", "b"], key=len), max([1, 1.0]), min([1.0, 1]))
print(max(["b", "a"], key=str.upper, default=None), min(1, 2, key=None))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(5), start=100))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 3, 5), pow(2.0, 3), 2 ** 100 % 7 == pow(2, 100, 7))
print(bin(10), bin(-10), oct(64), hex(4095), hex(0), bin(0))
print(int("42"), int("-0x1A", 16), int("1010", 2), int("  7 "), int(7.99), int("z", 36), int("0o17", 0))
print(float("3.5"), float("-inf"), float(7), float("1e3"), float(" .5 "))
for bad in (lambda: min(), lambda: max(1), lambda: sum("ab"), lambda: sum([1], "s"), lambda: int("1.5"),
            lambda: int("0x10"), lambda: int("", 10), lambda: int("5", 1), lambda: divmod("a", 1),
            lambda: max([], key=len), lambda: round(1.5, "x"), lambda: pow(2, 3, 0)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
