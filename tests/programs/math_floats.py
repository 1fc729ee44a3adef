# The math functions on float representation: frexp, ldexp, modf, fmod, remainder, copysign,
# nextafter (with steps), ulp, isclose, isfinite/isinf/isnan, pow and its special values.
import math

inf, nan = math.inf, math.nan


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


for v in [0.0, -0.0, 1.0, -1.0, 0.5, 8.0, 3.75, -1e-310, 5e-324, 1.7976931348623157e308, inf, -inf, nan, 10, 2**100]:
    show(f"frexp({v!r})", math.frexp, v)
    show(f"modf({v!r})", math.modf, v)
for x, i in [(1.0, 10), (0.5, -1073), (0.5, -1074), (0.75, -1074), (1.5, -1075), (3.0, -1076), (1.0, 1023), (1.0, 1024),
             (-1.0, 1024), (1.0, -2000), (-1.0, -2000), (0.0, 5000), (inf, -5), (nan, 3), (1.0, 10**30), (1.0, -10**30),
             (0.0, 10**30), (1.0, True), (5, 2)]:
    show(f"ldexp({x!r}, {i!r})", math.ldexp, x, i)
show("ldexp(1.0, 2.0)", math.ldexp, 1.0, 2.0)
show("ldexp('a', 2)", math.ldexp, "a", 2)
print(all(math.ldexp(*math.frexp(v)) == v for v in [1.5, -3e200, 7e-320, 12345.678]))

pairs = [(5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (1.0, 0.0), (0.0, 1.0), (-0.0, 1.0), (inf, 1.0), (1.0, inf),
         (-1.0, inf), (nan, 1.0), (1.0, nan), (1e300, 1e-300), (7, 3), (6.0, 4.0), (10.0, 4.0), (-10.0, 4.0), (3.0, -inf)]
for x, y in pairs:
    show(f"fmod({x!r}, {y!r})", math.fmod, x, y)
    show(f"remainder({x!r}, {y!r})", math.remainder, x, y)
    show(f"copysign({x!r}, {y!r})", math.copysign, x, y)
for x in range(-6, 7):
    print("remainder", x, [math.remainder(float(x), y) for y in [2.0, 3.0, 4.0, -4.0]])
print(math.copysign(1.0, -0.0), math.copysign(1.0, nan), math.copysign(inf, -1))

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (inf, 0.0), (-inf, 0.0),
             (1.7976931348623157e308, inf), (5e-324, 0.0), (nan, 1.0), (1.0, nan), (-1.0, -2.0)]:
    show(f"nextafter({x!r}, {y!r})", math.nextafter, x, y)
for x, y, steps in [(1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 10), (0.0, 1.0, 3), (0.0, -1.0, 3), (-0.0, 1.0, 1),
                    (5e-324, -5e-324, 1), (5e-324, -5e-324, 2), (5e-324, -5e-324, 5), (1.0, 1.0 + 2**-50, 100),
                    (1.0, -1.0, 2**64), (1.0, -1.0, 10**30), (2.0, 1.0, 4), (-2.0, -1.0, 4), (nan, 1.0, 3),
                    (1.0, nan, 3), (1.0, 2.0, True)]:
    show(f"nextafter({x!r}, {y!r}, steps={steps!r})", math.nextafter, x, y, steps=steps)
show("nextafter(1.0, 2.0, steps=-1)", math.nextafter, 1.0, 2.0, steps=-1)
show("nextafter(1.0, 2.0, steps=1.0)", math.nextafter, 1.0, 2.0, steps=1.0)
show("nextafter(1.0, 2.0, steps=None)", math.nextafter, 1.0, 2.0, steps=None)
show("nextafter(1.0, 2.0, 3)", math.nextafter, 1.0, 2.0, 3)
show("nextafter(1.0)", math.nextafter, 1.0)
show("nextafter(x=1.0, y=2.0)", math.nextafter, x=1.0, y=2.0)
show("nextafter(1.0, 2.0, stepz=2)", math.nextafter, 1.0, 2.0, stepz=2)

for v in [1.0, -1.0, 0.0, 5e-324, 1e300, 1.7976931348623157e308, 2.0**-1022, inf, -inf, nan, 3]:
    show(f"ulp({v!r})", math.ulp, v)

for args, kw in [((1.0, 1.0), {}), ((1.0, 1.0 + 1e-10), {}), ((1.0, 1.0 + 1e-8), {}), ((1.0, 1.1), {"rel_tol": 0.1}),
                 ((0.0, 1e-10), {}), ((0.0, 1e-10), {"abs_tol": 1e-9}), ((inf, inf), {}), ((inf, -inf), {}),
                 ((nan, nan), {}), ((inf, 1e308), {"rel_tol": 1.0}), ((1, 2), {"rel_tol": -1}),
                 ((1, 2), {"abs_tol": -1}), ((), {"a": 1.0, "b": 1.0}), ((1.0,), {"b": 1.0}), ((1.0,), {}),
                 ((1, 2, 3), {}), ((1, 2), {"tol": 1}), ((1, 2), {"a": 1}), (("a", 1), {})]:
    show(f"isclose{args} {kw}", math.isclose, *args, **kw)

for v in [0.0, 1, -1e308, inf, -inf, nan, 10**400 if False else 10**300]:
    print("is", v if v == v else "nan", math.isfinite(v), math.isinf(v), math.isnan(v))
show("isnan('x')", math.isnan, "x")
show("isinf(10**400)", math.isinf, 10**400)

bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan]
exps = [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, -3.0, 0.5, -0.5, inf, -inf, nan]
for x in bases:
    row = []
    for y in exps:
        try:
            row.append(repr(math.pow(x, y)))
        except Exception as e:
            row.append(type(e).__name__)
    print("pow", x, " ".join(row))
show("pow(2, 1024)", math.pow, 2, 1024)
show("pow(10, 400.5)", math.pow, 10, 400.5)
show("pow(2, -1080)", math.pow, 2, -1080)
show("pow(-8, 1/3)", math.pow, -8, 1 / 3)
show("pow(0, -2)", math.pow, 0, -2)
show("pow(2, 10)", math.pow, 2, 10)
show("pow(1.5, 2.5)", math.pow, 1.5, 2.5)
