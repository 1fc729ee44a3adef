# statistics: covariance, correlation (linear and ranked), linear_regression
# and NormalDist.
import copy
import math
import pickle
import random
import statistics as st
from statistics import NormalDist


def show(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(func.__name__, type(result).__name__, repr(result))
    except Exception as e:
        print(func.__name__, type(e).__name__, e)


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show(st.covariance, x, y)
show(st.covariance, x, [9 - v for v in x])
show(st.covariance, [0.1, 0.5], [1e10, -3.5])
show(st.covariance, x, y[:3])
show(st.covariance, [1], [1])
show(st.correlation, x, x)
show(st.correlation, x, y)
show(st.correlation, x, [-v for v in x])
show(st.correlation, [1, 1, 1], [1, 2, 3])
show(st.correlation, [1, 2], [1, 2, 3])
show(st.correlation, [1], [2])
show(st.correlation, x, y, method="ranked")
show(st.correlation, [1, 3, 2, 2, 5], [10, 30, 40, 40, 20], method="ranked")
show(st.correlation, x, y, method="spline")
show(st.linear_regression, [1, 2, 3], [3, 5, 7])
show(st.linear_regression, [1, 2, 3, 4], [2, 4.5, 5.5, 8])
show(st.linear_regression, [1, 2, 3, 4], [2, 4.5, 5.5, 8], proportional=True)
show(st.linear_regression, [1, 1], [2, 3])
show(st.linear_regression, [0, 0], [2, 3], proportional=True)
show(st.linear_regression, [1, 2], [2])
show(st.linear_regression, [1], [2])
lr = st.linear_regression([1, 2, 3], [2, 2, 2])
print(lr.slope, lr.intercept, lr._fields, type(lr).__name__)

rng = random.Random(99)
for _ in range(8):
    n = rng.randrange(2, 40)
    xs = [rng.uniform(-100, 100) for _ in range(n)]
    ys = [v * rng.uniform(-3, 3) + rng.gauss(0, 10) for v in xs]
    print(st.covariance(xs, ys), st.correlation(xs, ys),
          st.correlation(xs, ys, method="ranked"))
    print(st.linear_regression(xs, ys))

print("ranks", st._rank([10, 30, 20, 20, 5]), st._rank([3, 1, 2], start=0),
      st._rank("cab", reverse=True))

print("NormalDist")
z = NormalDist()
iq = NormalDist(100, 15)
print(z, iq, repr(NormalDist(1, 2)), NormalDist(mu=3, sigma=0))
print(iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(type(NormalDist(1, 2).mean).__name__)
for p in (1e-300, 1e-20, 1e-9, 0.001, 0.01, 0.02425, 0.1, 0.25, 0.425, 0.5,
          0.575, 0.6, 0.75, 0.9, 0.975, 0.99, 0.999999, 1 - 1e-15):
    print(p, z.inv_cdf(p), iq.inv_cdf(p))
for v in (-40, -8.5, -1, 0, 0.5, 1, 3, 38.5):
    print(v, z.cdf(v), z.pdf(v), iq.cdf(100 + v), iq.pdf(100 + v), iq.zscore(v))
print(math.isnan(z.inv_cdf(float("nan"))))
print(iq.quantiles(), iq.quantiles(10), z.quantiles(n=1), z.quantiles(2))
print(NormalDist(0, 0).inv_cdf(0.3), NormalDist(7, 0).quantiles())
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(NormalDist(0, 1).overlap(NormalDist(0, 1)), NormalDist(0, 1).overlap(NormalDist(2, 1)))
print(NormalDist(5, 2).overlap(NormalDist(-4, 0.5)))
for bad in (lambda: NormalDist(0, -1), lambda: z.inv_cdf(0), lambda: z.inv_cdf(1),
            lambda: z.inv_cdf(-0.5), lambda: z.inv_cdf(1.5),
            lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
            lambda: NormalDist(1, 0).zscore(1), lambda: z.overlap(3),
            lambda: z.overlap(NormalDist(1, 0)), lambda: NormalDist(1, 0).overlap(z),
            lambda: NormalDist.from_samples([1]), lambda: NormalDist.from_samples([]),
            lambda: z + "x", lambda: NormalDist("a")):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)

print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist.from_samples(iter([1, 2, 3, 4])))
print(NormalDist.from_samples([float("inf"), 1.0]))
print(NormalDist.from_samples([float("nan"), 1.0]))

a, b = NormalDist(10, 3), NormalDist(-4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 4, a / -4, +a, -a)
print(a == NormalDist(10, 3), a == b, a != b, a == 10, a.__eq__(10))
print(hash(NormalDist(1, 0)) == hash((1.0, 0.0)), len({a, NormalDist(10.0, 3.0), b}))
for bad in (lambda: a * b, lambda: a / b, lambda: 3 / a):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(pickle.loads(pickle.dumps(a)) == a, copy.copy(a), copy.deepcopy(b))
print(a.__getstate__(), sorted(NormalDist.__slots__), NormalDist.__doc__)
try:
    a.other = 1
except AttributeError:
    print("no __dict__")

# seeded samples are reproducible
print(NormalDist(0, 1).samples(4, seed=1))
print(NormalDist(100, 15).samples(3, seed="abc"))
print(NormalDist(5, 0).samples(2, seed=3), NormalDist().samples(0))
print(len(NormalDist().samples(5)))
s = NormalDist(50, 10).samples(2000, seed=8675309)
print(round(st.fmean(s), 6), round(st.stdev(s), 6))

class Sub(NormalDist):
    pass
print(Sub(1, 2), type(Sub.from_samples([1, 2, 3])).__name__, type(Sub(1, 2) + 1).__name__)
