# Floor division and modulo signs, divmod identities, true division, rounding of ints.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 5), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, (q, r), q * b + r == a, a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.1, 0.03), (-0.0, 1), (1e300, 1e-300)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(10 / 4, 10 / 5, -10 / 4, 1 / 3, 2 / 3, 10 ** 20 / 3)
print(2 ** 1000 // 3 ** 500)
print((2 ** 1000) / (2 ** 999))
try:
    (2 ** 2000) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(round(7 / 2), round(-7 / 2), round(5 / 2), 7 // 2.0, int(7 / 2))
for z in (0, 0.0):
    for op in ("1 / z", "1 // z", "1 % z", "divmod(1, z)"):
        try:
            eval(op)
        except ZeroDivisionError as e:
            print(op, z, "->", e)
