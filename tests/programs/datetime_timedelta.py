# timedelta: normalization, float rounding, arithmetic, comparisons, text.
from datetime import timedelta


def show(label, f, message=True):
    try:
        print(label, repr(f()))
    except Exception as e:
        # Messages naming the operand types differ: CPython's classes are C types.
        print(label, type(e).__name__, e if message else "")


cases = [
    timedelta(), timedelta(1), timedelta(seconds=-1), timedelta(microseconds=-1),
    timedelta(days=1, seconds=2, microseconds=3), timedelta(weeks=3, hours=-5),
    timedelta(milliseconds=1500, minutes=61), timedelta(days=-2, hours=47),
    timedelta(days=1.5), timedelta(seconds=0.1), timedelta(microseconds=0.5),
    timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(hours=-1.25),
    timedelta(days=0.3, seconds=0.7, microseconds=0.4), timedelta(minutes=1e-7),
    timedelta.min, timedelta.max, timedelta.resolution,
]
for td in cases:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())

a = timedelta(days=1, hours=3)
b = timedelta(minutes=-45, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 3, 3 * a, a * -1, a * 0.5, b * 2.5, 0.1 * a, a * 1e-12)
print(a / 7, a / 2.5, a / b, a // b, a // 5, a % b, divmod(a, b), divmod(-a, timedelta(hours=5)))
print(timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=-3) / 2)
print(a == timedelta(hours=27), a != b, a < b, a > b, a <= a, b >= a, a == 27, bool(timedelta(0)), bool(b))
print(hash(a) == hash(timedelta(hours=27)), len({a, timedelta(seconds=97200), b}))
print(timedelta.max == timedelta(999999999, 86399, 999999), timedelta.min.days)
show("overflow", lambda: timedelta(days=10**9))
show("overflow add", lambda: timedelta.max + timedelta.resolution)
show("bad type", lambda: timedelta("1"))
show("bad kw type", lambda: timedelta(hours=[1]))
show("lt int", lambda: a < 1, False)
show("add int", lambda: a + 1, False)
show("div zero", lambda: a / 0)
show("floordiv zero", lambda: a // timedelta(0))
show("mul str", lambda: a * "x", False)
show("reduce", lambda: b.__reduce__())
print(timedelta(*b.__reduce__()[1]) == b)
