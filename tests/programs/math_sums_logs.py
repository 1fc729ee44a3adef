# math.fsum (exactly rounded), prod, sumprod (extended precision), hypot and dist (correctly
# rounded), and the logarithms, whose int arguments may be too large for a float.
import math

inf, nan = math.inf, math.nan


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


show("fsum([])", math.fsum, [])
show("fsum([0.1]*10)", math.fsum, [0.1] * 10)
show("fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])", math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show("fsum([2.0**53, -0.5, -2.0**-54])", math.fsum, [2.0**53, -0.5, -2.0**-54])
show("fsum([2.0**53, 1.0, 2.0**-100])", math.fsum, [2.0**53, 1.0, 2.0**-100])
show("fsum([2.0**53, 1.0])", math.fsum, [2.0**53, 1.0])
show("fsum([2.0**53 + 2, 1.0])", math.fsum, [2.0**53 + 2, 1.0])
show("fsum([1.7e308, 1.7e308])", math.fsum, [1.7e308, 1.7e308])
show("fsum([1.7e308, 1.7e308, -1.7e308])", math.fsum, [1.7e308, 1.7e308, -1.7e308])
show("fsum([inf, 1.0])", math.fsum, [inf, 1.0])
show("fsum([inf, -inf])", math.fsum, [inf, -inf])
show("fsum([nan, 1.0])", math.fsum, [nan, 1.0])
show("fsum([inf, nan])", math.fsum, [inf, nan])
show("fsum([1, 2, 3])", math.fsum, [1, 2, 3])
show("fsum(range(10))", math.fsum, range(10))
show("fsum(['a'])", math.fsum, ["a"])
show("fsum(5)", math.fsum, 5)
show("fsum([10**400])", math.fsum, [10**400])
show("fsum([-0.0])", math.fsum, [-0.0])
show("fsum([-0.0, -0.0])", math.fsum, [-0.0, -0.0])
show("fsum(1/n for n in range(1, 1000))", math.fsum, (1 / n for n in range(1, 1000)))
show("fsum([1e16, 1.0, 1e-16])", math.fsum, [1e16, 1.0, 1e-16])
vals = [(-1) ** i * 10.0 ** (i % 30 - 15) / (i + 1) for i in range(500)]
print(math.fsum(vals), sum(vals) == math.fsum(vals))

show("prod([])", math.prod, [])
show("prod(range(1, 11))", math.prod, range(1, 11))
show("prod([2.5, 4, 0.5])", math.prod, [2.5, 4, 0.5])
show("prod([1, 2], start=10)", math.prod, [1, 2], start=10)
show("prod([], start='x')", math.prod, [], start="x")
show("prod([3], start='ab')", math.prod, [3], start="ab")
show("prod([[1], 3])", math.prod, [[1], 3])
show("prod(['a', 'b'])", math.prod, ["a", "b"])
show("prod(range(1, 30))", math.prod, range(1, 30))
show("prod([1e200, 1e200])", math.prod, [1e200, 1e200])
show("prod([True, True])", math.prod, [True, True])
show("prod(5)", math.prod, 5)
show("prod([1], 2)", math.prod, [1], 2)
show("prod()", math.prod)
show("prod(iterable=[1])", math.prod, iterable=[1])
show("prod([1], begin=2)", math.prod, [1], begin=2)

show("sumprod([], [])", math.sumprod, [], [])
show("sumprod([1, 2, 3], [4, 5, 6])", math.sumprod, [1, 2, 3], [4, 5, 6])
show("sumprod([1.5, 2], [2, 0.25])", math.sumprod, [1.5, 2], [2, 0.25])
show("sumprod([0.1]*10, [1.0]*10)", math.sumprod, [0.1] * 10, [1.0] * 10)
show("sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0])", math.sumprod, [1e16, 1.0, -1e16], [1.0, 1.0, 1.0])
show("sumprod([2**62, 2**62], [2, 2])", math.sumprod, [2**62, 2**62], [2, 2])
show("sumprod([10**30, 1], [2, 3])", math.sumprod, [10**30, 1], [2, 3])
show("sumprod([1, 2.5, 3], [4, 2, 1])", math.sumprod, [1, 2.5, 3], [4, 2, 1])
show("sumprod([1, 'a'], [2, 3])", math.sumprod, [1, "a"], [2, 3])
show("sumprod(['a', 'b'], [2, 3])", math.sumprod, ["a", "b"], [2, 3])
show("sumprod([1, 2], [3])", math.sumprod, [1, 2], [3])
show("sumprod([1], [3, 4])", math.sumprod, [1], [3, 4])
show("sumprod([True, False], [5, 7])", math.sumprod, [True, False], [5, 7])
show("sumprod([1e308, 1e308], [10.0, -10.0])", math.sumprod, [1e308, 1e308], [10.0, -10.0])
show("sumprod([inf, 1.0], [1.0, 2.0])", math.sumprod, [inf, 1.0], [1.0, 2.0])
show("sumprod(iter([1, 2]), (3, 4))", math.sumprod, iter([1, 2]), (3, 4))
show("sumprod(1, [2])", math.sumprod, 1, [2])
show("sumprod([2], 1)", math.sumprod, [2], 1)
xs = [1.1, -2.2, 3.3e-5, 4e10, -4e10, 0.7]
ys = [0.3, 0.6, 7.0, 1.0000001, 1.0, -2.5]
show("sumprod(xs, ys)", math.sumprod, xs, ys)

show("hypot()", math.hypot)
show("hypot(-3)", math.hypot, -3)
show("hypot(3, 4)", math.hypot, 3, 4)
show("hypot(1, 1)", math.hypot, 1, 1)
show("hypot(1, 2, 3, 4, 5)", math.hypot, 1, 2, 3, 4, 5)
show("hypot(1e308, 1e308)", math.hypot, 1e308, 1e308)
show("hypot(1.5e308, 1.5e308)", math.hypot, 1.5e308, 1.5e308)
show("hypot(5e-324, 5e-324)", math.hypot, 5e-324, 5e-324)
show("hypot(1e-320, 3e-320)", math.hypot, 1e-320, 3e-320)
show("hypot(1e200, 1e-200)", math.hypot, 1e200, 1e-200)
show("hypot(inf, nan)", math.hypot, inf, nan)
show("hypot(nan, 1)", math.hypot, nan, 1)
show("hypot(-inf, 1)", math.hypot, -inf, 1)
show("hypot(0.0, -0.0)", math.hypot, 0.0, -0.0)
show("hypot(0.1, 0.2, 0.3)", math.hypot, 0.1, 0.2, 0.3)
show("hypot(*[0.1] * 100)", math.hypot, *[0.1] * 100)
show("hypot('a')", math.hypot, "a")
show("hypot(10**400, 1)", math.hypot, 10**400, 1)
show("dist((1, 2), (4, 6))", math.dist, (1, 2), (4, 6))
show("dist([0, 0, 0], [1, 1, 1])", math.dist, [0, 0, 0], [1, 1, 1])
show("dist(iter([1.5]), range(3, 4))", math.dist, iter([1.5]), range(3, 4))
show("dist((), ())", math.dist, (), ())
show("dist((1,), (1, 2))", math.dist, (1,), (1, 2))
show("dist(1, 2)", math.dist, 1, 2)
show("dist((1,), ('a',))", math.dist, (1,), ("a",))
show("dist((1e308,), (-1e308,))", math.dist, (1e308,), (-1e308,))
show("dist(p=(1,), q=(2,))", math.dist, p=(1,), q=(2,))

for v in [1, 2, 8, 10, 100, 0.5, 1e-300, 2**1000, 10**400, 10**1000, 2**10000 - 1, True, math.e, inf]:
    show(f"log2/log10 of {v if not isinstance(v, int) or v < 10**20 else 'big'}", lambda v: (math.log2(v), math.log10(v)), v)
print(f"{math.log(10**1000):.12g}", f"{math.log(10**400, 10):.12g}", math.log10(10**1000), math.log2(2**5000))
print(f"{math.log(8, 2):.15g}", f"{math.log(100, 10):.15g}", f"{math.log(2.5):.15g}", math.log(1))
for args in [(0,), (-1,), (0.0,), (-0.0,), (-inf,), (nan,), (inf,), (-10**400,), (10, 1), (10, 0), (1, 10),
             (10, -2), ("a",), (10, "b"), (), (1, 2, 3)]:
    show(f"log{args}", math.log, *args)
for v in [0, -5, 0.0, -2**2000, False]:
    show(f"log2({v!r})", math.log2, v)
    show(f"log10({v!r})", math.log10, v)
show("log(x=1)", math.log, x=1)
