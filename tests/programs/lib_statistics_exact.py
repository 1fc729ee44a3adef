# statistics: the exact functions (mean, harmonic_mean, variances, standard
# deviations) with ints, floats, Fractions and Decimals, their result types
# and roundings, infinities and NaNs, and the type mixing rules.
import random
import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction as F


def show(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(func.__name__, type(result).__name__, repr(result))
    except AttributeError as e:
        # A NaN or infinity reaching the square root (the message names the
        # Decimal type as the C decimal module spells it).
        print(func.__name__, "AttributeError")
    except TypeError as e:
        # The two types of a failed coercion come in set order.
        message = str(e)
        if message.startswith("don't know how to coerce"):
            message = sorted(message.split()[-3::2])
        print(func.__name__, "TypeError", message)
    except Exception as e:
        print(func.__name__, type(e).__name__, e)


samples = [
    [1, 2, 3, 4, 4],
    [1, 2, 4, 5],
    [True, False, True],
    [0.1, 0.2, 0.3, 0.4],
    [1e308, 1e308, -1e308],
    [F(1, 3), F(2, 3), F(5, 7)],
    [F(1, 3), 2, 3],
    [F(1, 3), 0.5],
    [D("0.1"), D("0.2"), D("0.35")],
    [D("1.1"), D("2.2"), 3],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [-1.0, -2.5, 3.75],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 5],
    [1.5],
    [],
    [float("inf"), 1.0],
    [float("nan"), 1.0],
    [float("inf"), float("-inf")],
    [D("Infinity"), D(1)],
    [F(1), D(1)],
    [1.0, D(1)],
    ["a", "b"],
    [3 + 1j, 2],
]
for data in samples:
    print("data", data)
    for func in (st.mean, st.variance, st.pvariance, st.stdev, st.pstdev,
                 st.harmonic_mean):
        show(func, data)

print("with a given centre")
show(st.variance, [1, 2, 3, 4], 2.5)
show(st.variance, [1, 2, 3, 4], F(5, 2))
show(st.variance, [1, 2, 3, 4], D("2.5"))
show(st.variance, [1, 2, 3, 4], 2)
show(st.pvariance, [1, 2, 3, 4], mu=F(1, 3))
show(st.stdev, [1, 2, 3, 4], xbar=2.5)
show(st.pstdev, [D("1.5"), D("2.5")], mu=D("2"))
show(st.pstdev, [1, 2], mu=0)

print("correct rounding of square roots")
rng = random.Random(12345)
for _ in range(40):
    data = [rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-30, 30) for _ in range(rng.randint(2, 9))]
    print(st.stdev(data), st.pstdev(data))
for _ in range(25):
    data = [F(rng.randint(-10 ** 6, 10 ** 6), rng.randint(1, 999)) for _ in range(5)]
    print(st.stdev(data), st.pstdev(data), st.variance(data))
for _ in range(25):
    data = [D(rng.randint(-10 ** 9, 10 ** 9)).scaleb(rng.randint(-12, 3)) for _ in range(5)]
    print(st.stdev(data), st.pstdev(data), st.variance(data), st.mean(data))
with localcontext() as ctx:
    ctx.prec = 6
    print(st.stdev([D(1), D(2), D(4)]), st.mean([D(1), D(2), D(4)]))
    print(st.pvariance([D("1.23456789"), D("2")]))
print(st.stdev([1, 1]), st.pstdev([5]), st.stdev([D(3), D(3)]))
print(st.stdev([10 ** 200, 3 * 10 ** 200]), st.pstdev([1e-300, 3e-300]))
print(st.stdev([1e-320, 3e-320, 8e-320]))

print("harmonic_mean")
show(st.harmonic_mean, [40, 60])
show(st.harmonic_mean, [40, 60], weights=[5, 30])
show(st.harmonic_mean, [F(1, 2), F(1, 3)])
show(st.harmonic_mean, [D("2.5"), D("3")])
show(st.harmonic_mean, [0, 5])
show(st.harmonic_mean, [2.5, 0.0, 1])
show(st.harmonic_mean, iter([1, 2, 4]))
show(st.harmonic_mean, [1, 2, 4], weights=iter([1, 0, 3]))
show(st.harmonic_mean, [1, 2], weights=[0, 0])
show(st.harmonic_mean, [1, 2], weights=[1, -1])
show(st.harmonic_mean, [1, -2])
show(st.harmonic_mean, [-2])
show(st.harmonic_mean, [7])
show(st.harmonic_mean, [D(7)])
show(st.harmonic_mean, ["x"])
show(st.harmonic_mean, [1, 2, 3], weights=[1, 2])
show(st.harmonic_mean, [])

print("mean of iterators and generators")
show(st.mean, iter([1, 2, 3]))
show(st.mean, (x / 2 for x in range(5)))
show(st.mean, range(10))
show(st.variance, iter([1, 2, 3, 5]))
show(st.pstdev, (F(x, 3) for x in range(4)))
print(issubclass(st.StatisticsError, ValueError))
