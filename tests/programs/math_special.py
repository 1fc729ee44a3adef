# math.gamma and math.lgamma (CPython's own Lanczos method, so exact reprs are checked), and
# erf and erfc (from the C library, checked to 12 digits), with their domain and range errors.
import math

inf, nan = math.inf, math.nan


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [0.5, 1.5, 2.5, 3.0, 4.0, 4.5, 4.999, 5.0, 5.5, 7.25, 10.0, 10.3, 20.0, 23.0, 23.5, 24.0, 30.7, 60.5,
          100.5, 139.9, 140.1, 171.0, 171.6, 171.7, 180.0, 200.5, 1e-5, 1e-19, 1e-21, 0.1, 0.9, 1.1,
          -0.5, -1.5, -2.5, -3.25, -10.1, -100.5, -170.5, -171.5, -180.5, -199.9, -200.5, -1e-21, 1e-310,
          0.0, -0.0, 1.0, 2.0, -1.0, -2.0, -1e20, inf, -inf, nan, 3, 10**20]
for v in values:
    show(f"gamma({v!r})", math.gamma, v)
    show(f"lgamma({v!r})", math.lgamma, v)
for v in [1e300, 2.5e305, 1.7e308]:
    show(f"lgamma({v!r})", math.lgamma, v)
print(all(math.gamma(n) == math.factorial(n - 1) for n in range(1, 24)))
show("gamma('a')", math.gamma, "a")
show("lgamma()", math.lgamma)

for v in [0.0, -0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 6.0, 10.0, 27.0, 30.0, -0.5, -1.0, -3.0, -6.0, -30.0,
          1e-300, inf, -inf]:
    print(f"erf({v!r})", f"{math.erf(v):.12g}", f"erfc({v!r})", f"{math.erfc(v):.12g}")
print(math.isnan(math.erf(nan)), math.isnan(math.erfc(nan)), math.erf(inf), math.erfc(inf), math.erfc(-inf))
show("erf('x')", math.erf, "x")
