# The math module's integer functions: factorial, comb, perm, gcd, lcm, isqrt, and floor, ceil
# and trunc with their special methods, on ints of any size, with CPython's error messages.
import math


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 1, 2, 5, 10, 20, 21, 25, 30]:
    show(f"factorial({n})", math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.factorial(3000) == math.prod(range(1, 3001)))
show("factorial(-1)", math.factorial, -1)
show("factorial(5.0)", math.factorial, 5.0)
show("factorial('5')", math.factorial, "5")
show("factorial(True)", math.factorial, True)
# factorial(2**63) names C long's maximum, which depends on the platform.
show("factorial(-2**70)", math.factorial, -2**70)

for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (10**20, 3), (10**20, 10**20 - 2)]:
    show(f"comb({n}, {k})", math.comb, n, k)
    show(f"perm({n}, {k})", math.perm, n, k)
show("perm(6)", math.perm, 6)
show("perm(6, None)", math.perm, 6, None)
show("perm(-1)", math.perm, -1)
for args in [(-1, 2), (5, -1), (-1, -1), (5.0, 2), (5, 2.0), ("5", 2)]:
    show(f"comb{args}", math.comb, *args)
    show(f"perm{args}", math.perm, *args)
show("comb(2**64*3, 2**64)", math.comb, 2**64 * 3, 2**64)
show("perm(2**64*3, 2**64)", math.perm, 2**64 * 3, 2**64)
show("comb(2**64, 2)", math.comb, 2**64, 2)
print(sum(math.comb(20, k) for k in range(21)) == 2**20)

for args in [(), (0,), (-12,), (12, 18), (-12, 18), (0, 0), (0, -7), (2**100, 2**60 * 3), (12, 18, 27), (True, 4),
             (10**30, 10**20, 10**25)]:
    show(f"gcd{args}", math.gcd, *args)
    show(f"lcm{args}", math.lcm, *args)
show("gcd(1.0, 2)", math.gcd, 1.0, 2)
show("gcd(1, 2, '3')", math.gcd, 1, 2, "3")
show("lcm(0, 'x')", math.lcm, 0, "x")
show("gcd(1, 'x')", math.gcd, 1, "x")

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

show("gcd(Idx(12), Idx(8))", math.gcd, Idx(12), Idx(8))
show("comb(Idx(6), Idx(3))", math.comb, Idx(6), Idx(3))
show("factorial(Idx(6))", math.factorial, Idx(6))

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 + 1, 2**64 - 1, 10**40, 10**41, True]:
    show(f"isqrt({n})", math.isqrt, n)
show("isqrt(-1)", math.isqrt, -1)
show("isqrt(4.0)", math.isqrt, 4.0)
print(all(math.isqrt(n * n + n) == n for n in [3, 10**30, 2**200 + 5]))
print(math.isqrt(10**200) == 10**100)

for v in [2.5, -2.5, 2.0, -0.5, 1e20, -1e20, 1e300, 7, -7, True, 10**30]:
    show(f"floor({v!r})", math.floor, v)
    show(f"ceil({v!r})", math.ceil, v)
    show(f"trunc({v!r})", math.trunc, v)
for v in [math.inf, -math.inf, math.nan]:
    show(f"floor({v!r})", math.floor, v)
    show(f"ceil({v!r})", math.ceil, v)
    show(f"trunc({v!r})", math.trunc, v)

class Rounding:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

class OnlyFloat:
    def __float__(self):
        return 3.7

class FloatSub(float):
    def __floor__(self):
        return "sub-floor"

show("floor(Rounding())", math.floor, Rounding())
show("ceil(Rounding())", math.ceil, Rounding())
show("trunc(Rounding())", math.trunc, Rounding())
show("floor(OnlyFloat())", math.floor, OnlyFloat())
show("ceil(OnlyFloat())", math.ceil, OnlyFloat())
show("trunc(OnlyFloat())", math.trunc, OnlyFloat())
show("floor(FloatSub(2.5))", math.floor, FloatSub(2.5))
show("floor('x')", math.floor, "x")
show("trunc('x')", math.trunc, "x")
show("trunc(None)", math.trunc, None)
print(type(math.floor(2.5)).__name__, type(math.ceil(True)).__name__, math.floor(-0.0))
for call in [lambda: math.factorial(), lambda: math.comb(1), lambda: math.perm(), lambda: math.perm(1, 2, 3),
             lambda: math.gcd(a=1), lambda: math.isqrt(n=4), lambda: math.floor(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
