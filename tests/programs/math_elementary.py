# The math module's constants and one-argument float functions: results, the domain and range
# errors, argument conversion (__float__, __index__, big ints) and the argument-count messages.
import math


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if isinstance(r, float) and math.isfinite(r) and f.__name__ not in EXACT:
        # Library functions may differ in the last bit between C libraries: 12 digits.
        print(label, f"{r:.12g}")
    else:
        print(label, repr(r))


# Correctly rounded operations can be printed exactly.
EXACT = {"sqrt", "fabs", "degrees", "radians"}

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.pi == 3.141592653589793, math.tau == 2 * math.pi)

names = ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "fabs", "degrees", "radians"]
values = [0.0, -0.0, 0.25, 0.5, 1, -1, 2, 3.5, -7.25, 30, 1e-8, 800, -800, 1e300,
          math.inf, -math.inf, math.nan]
for name in names:
    f = getattr(math, name)
    for v in values:
        show(f"{name}({v!r})", f, v)

# Conversions: __float__, __index__, big ints, bools, and what is refused.
class F:
    def __float__(self):
        return 2.25

class I:
    def __index__(self):
        return 16

class BadFloat:
    def __float__(self):
        return "x"

class FloatSub(float):
    pass

show("sqrt(F())", math.sqrt, F())
show("sqrt(I())", math.sqrt, I())
show("sqrt(True)", math.sqrt, True)
show("sqrt(FloatSub(6.25))", math.sqrt, FloatSub(6.25))
show("sqrt(10**40)", math.sqrt, 10**40)
show("sqrt(10**400)", math.sqrt, 10**400)
show("sqrt('4')", math.sqrt, "4")
show("sqrt(None)", math.sqrt, None)
show("sqrt(BadFloat())", math.sqrt, BadFloat())
show("sqrt(1j)", math.sqrt, 1j)
show("exp(1000)", math.exp, 1000)
show("exp(-1000)", math.exp, -1000)
show("exp2(1024)", math.exp2, 1024)
show("exp2(-1080)", math.exp2, -1080)
show("expm1(710)", math.expm1, 710)
show("log1p(-1)", math.log1p, -1)
show("log1p(-2)", math.log1p, -2)
show("atanh(1)", math.atanh, 1)
show("atanh(-1.0)", math.atanh, -1.0)
show("acosh(0.5)", math.acosh, 0.5)
show("sqrt(-0.0)", math.sqrt, -0.0)
print(math.sqrt(2), math.sqrt(1e-310), math.fabs(-0.0), math.degrees(math.pi), math.radians(180))

# atan2 over the signed zeros and infinities.
for y in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]:
    print("atan2", y, [f"{math.atan2(y, x):.12g}" for x in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]])

# Argument errors.
for call in [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.sqrt(x=1),
             lambda: math.atan2(1), lambda: math.atan2(1, 2, 3), lambda: math.atan2(y=1, x=2),
             lambda: math.cos("a"), lambda: math.atan2(1, "b"), lambda: math.exp([])]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

print(math.sqrt.__name__, type(math.sqrt).__name__, math.__name__)
print(sorted(n for n in dir(math) if not n.startswith("_")))
