# statistics: fmean, geometric_mean, the medians, mode, multimode and
# quantiles, with their errors.
import random
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F


def show(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(func.__name__, type(result).__name__, repr(result))
    except Exception as e:
        print(func.__name__, type(e).__name__, e)


print(st.__all__)

print("fmean")
show(st.fmean, [3.5, 4.0, 5.25])
show(st.fmean, [1, 2, 3])
show(st.fmean, iter([1, 2, 3, 4]))
show(st.fmean, (x for x in [0.1] * 10))
show(st.fmean, [F(1, 3), D("0.5")])
show(st.fmean, [1e308, 1e308])
show(st.fmean, [])
show(st.fmean, iter([]))
show(st.fmean, [85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
show(st.fmean, [1, 2, 3], weights=iter([3, 2, 1]))
show(st.fmean, [1, 2, 3], weights=(0, 0, 5))
show(st.fmean, [1, 2, 3], weights=[1, 2])
show(st.fmean, [1, 2], weights=[1, -1])
show(st.fmean, [], weights=[])
show(st.fmean, ["a"])

print("geometric_mean")
show(st.geometric_mean, [54, 24, 36])
show(st.geometric_mean, [2, 8])
show(st.geometric_mean, [F(1, 2), D("4.5"), 3.0])
show(st.geometric_mean, iter([1e-300, 1e300]))
show(st.geometric_mean, [])
show(st.geometric_mean, [0, 1])
show(st.geometric_mean, [-1, 4])

print("medians")
for data in ([1, 3, 5], [1, 3, 5, 7], [7, 1, 5, 3], [F(1, 2), F(1, 3)],
             [D("1.5"), D("2.5")], ["b", "a", "c", "d"], [2.5], range(10),
             iter([5, 1, 3]), [1, 1, 2, 2, 2, 3], []):
    data = list(data)
    for func in (st.median, st.median_low, st.median_high, st.median_grouped):
        show(func, data)
show(st.median, ["b", "a"])
show(st.median_grouped, [52, 52, 53, 54])
show(st.median_grouped, [1, 3, 3, 5, 7], interval=1)
show(st.median_grouped, [1, 3, 3, 5, 7], interval=2)
show(st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=F(1, 2))
show(st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=D("0.5"))
show(st.median_grouped, ["1", "2", "2"])
show(st.median_grouped, [1, 2, 3], interval="x")
show(st.median_grouped, [1, 2, 3], interval=None)
show(st.median_grouped, [1, 2, 3], interval="2")
show(st.median_grouped, [F(1, 2), F(3, 2)])
show(st.median_grouped, [D("10"), D("20"), D("20")], 10)

print("mode and multimode")
show(st.mode, [1, 1, 2, 3, 3, 3, 3, 4])
show(st.mode, ["red", "blue", "blue", "red", "green", "red", "red"])
show(st.mode, [1, 2, 2, 1])
show(st.mode, "abracadabra")
show(st.mode, iter([4.5, 4.5, 1]))
show(st.mode, [])
show(st.mode, [[1], [1]])
show(st.multimode, "aabbbbccddddeeffffgg")
show(st.multimode, [1, 2, 3])
show(st.multimode, [])
show(st.multimode, iter([2, 1, 2, 1, 3]))
show(st.multimode, [(1, 2), (1, 2), 5])

print("quantiles")
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103,
        109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103,
        103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103,
        107, 101, 81, 109, 104]
show(st.quantiles, data)
show(st.quantiles, data, n=10)
show(st.quantiles, data, n=10, method="inclusive")
for n in (1, 2, 3, 4, 5, 7, 100):
    for method in ("exclusive", "inclusive"):
        result = st.quantiles([1.5, 2.0, 7.25], n=n, method=method)
        print(n, method, result if n < 10 else result[:4] + result[-4:])
show(st.quantiles, [1, 2], n=4)
show(st.quantiles, [F(1, 2), F(3, 4), F(7, 8)], n=3)
show(st.quantiles, [D("1.5"), D("2.5"), D("4")], n=4, method="inclusive")
show(st.quantiles, range(11), n=4)
show(st.quantiles, iter([4, 1, 3, 2]), n=2)
show(st.quantiles, [1], n=4)
show(st.quantiles, [], n=4)
show(st.quantiles, [1, 2, 3], n=0)
show(st.quantiles, [1, 2, 3], n=-3)
show(st.quantiles, [1, 2, 3], method="other")
show(st.quantiles, [1, 2, 3], 4)
rng = random.Random(7)
for _ in range(5):
    sample = [rng.randrange(1000) for _ in range(rng.randrange(2, 30))]
    print(st.quantiles(sample, n=rng.randrange(1, 12)),
          st.quantiles(sample, n=5, method="inclusive"))
