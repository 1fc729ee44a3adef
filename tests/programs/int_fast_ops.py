# Int and float operators on machine-sized and big operands: the eval loop's fast paths and the
# general path must agree (floor division and modulo signs, shifts, exact true division).
vals = [0, 1, -1, 2, -3, 7, -7, 9223372036854775807, -9223372036854775808, -(2**40), 63, 64]
out = []
for a in vals:
    for b in vals:
        for name, f in (("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
                        ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), (">>", lambda a, b: a >> b),
                        ("<<", lambda a, b: a << b if b < 200 else 0), ("/", lambda a, b: a / b),
                        ("+", lambda a, b: a + b), ("*", lambda a, b: a * b), ("-", lambda a, b: a - b)):
            try:
                out.append(f"{a}{name}{b}={f(a, b)!r}")
            except Exception as e:
                out.append(f"{a}{name}{b}:{type(e).__name__}:{e}")
x = 5; x //= -2; out.append(repr(x)); x %= -3; out.append(repr(x)); x <<= 3; out.append(repr(x))
y = 2.5; y /= 0.5; out.append(repr(y))
for a, b in ((1.0, 0.0), (0.0, 0.0), (-1.5, 2.0)):
    try:
        out.append(repr(a / b))
    except ZeroDivisionError as e:
        out.append(str(e))
print(len(out))
print("\n".join(out))
big = [10**30, -(10**30), 3**100, 2**1100, 7, 2**64 + 1, 10**400, 1, 2**53 + 1]
for a in big:
    for b in big:
        try:
            print(f"{a % 1000}/{b % 1000}:", a / b)
        except OverflowError as e:
            print("OverflowError", e)
print(1 / (2**1074 * 3), 2**1074 // 3 / 2**1074, (2**60 + 1) / 2**60, 10**300 / 10**-0 if False else 10**308 / 10**-0)
