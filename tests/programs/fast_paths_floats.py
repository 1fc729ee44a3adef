# Float arithmetic and comparisons the eval loop does inline (floats with floats, and with ints
# that convert exactly), with their edge cases: NaN, infinities, signed zeros, huge ints, and
# powers that raise or give complex numbers.

nan = float("nan")
inf = float("inf")
values = [0.0, -0.0, 1.5, -2.25, 3, -7, nan, inf, -inf, 2**53, 2**53 + 1, 10**20]
for a in values:
    for b in values:
        row = []
        for op in ("+", "-", "*", "/", "**", "<", "<=", "==", "!=", ">", ">="):
            if op == "**" and type(a) is int and type(b) is int:
                continue
            try:
                row.append(repr(eval(f"a {op} b")))
            except (ZeroDivisionError, OverflowError, ValueError) as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), " ".join(row))

print(2.0**0.5, 2**0.5, 0.5**2, (-8.0) ** (1 / 3), 1.0**nan, nan**0.0, 4**-0.5)
for base, exp in [(0.0, -1.0), (10.0, 400.0), (10.0, -400.0), (1e308, 2)]:
    try:
        print(base**exp)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    except OverflowError as e:
        # Not its message: the oracle's errno numbers are WebAssembly's.
        print(type(e).__name__)
x = 0.0
for i in range(5):
    if x < 2.5:
        x += 1.25
    elif x >= 2.5 and x != 3.75:
        x *= 2
print(x, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, nan == nan, nan != nan, -0.0 == 0.0)
