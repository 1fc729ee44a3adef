# random's distributions with a fixed seed, which must give CPython's numbers exactly (each
# method draws its random() numbers in the same order and computes the same way), and the
# argument errors.
import random


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


r = random.Random(31337)
print([r.uniform(1, 5) for _ in range(3)], r.uniform(5, 1), r.uniform(-1e10, 1e10))
print([r.triangular() for _ in range(2)], r.triangular(0, 10, 9), r.triangular(1, 1), r.triangular(5, 0, 4))
print([r.normalvariate() for _ in range(3)], r.normalvariate(100, 15))
print([r.gauss() for _ in range(4)], r.gauss(10, 2))
print([r.lognormvariate(0, 0.5) for _ in range(2)], r.expovariate(), r.expovariate(3.5), r.expovariate(lambd=0.1))
print([r.vonmisesvariate(1.0, k) for k in (0.0, 1e-7, 0.5, 4.0, 100.0)])
print([r.gammavariate(a, 2.0) for a in (0.3, 0.9, 1.0, 1.5, 7.0, 100.0)])
print([r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (10, 3))])
print([r.paretovariate(a) for a in (1.0, 2.5)], [r.weibullvariate(1.5, b) for b in (0.5, 1.0, 3.0)])
print([r.binomialvariate() for _ in range(8)], r.binomialvariate(1, 0.9), r.binomialvariate(0, 0.3))
print([r.binomialvariate(20, 0.3) for _ in range(5)], [r.binomialvariate(1000, 0.4) for _ in range(5)])
print([r.binomialvariate(500, 0.9) for _ in range(3)], r.binomialvariate(10, 0.0), r.binomialvariate(10, 1.0))
print([r.binomialvariate(10**6, 0.001) for _ in range(3)], r.binomialvariate(n=40, p=0.5))
print(r.random())
show("gammavariate(0, 1)", r.gammavariate, 0, 1)
show("gammavariate(1, -1)", r.gammavariate, 1, -1)
show("binomialvariate(-1)", r.binomialvariate, -1)
show("binomialvariate(5, 1.5)", r.binomialvariate, 5, 1.5)
show("binomialvariate(5, -0.5)", r.binomialvariate, 5, -0.5)
show("expovariate(0)", r.expovariate, 0)
show("uniform('a', 'b')", r.uniform, "a", "b")
show("lognormvariate()", r.lognormvariate)
for args in [(0,), (-3,), (5, 2), (1, 5, 0), (1.5,), (1, 2.0), (1, 2, 3.0), (5, None, 2), (0, 10, -1), ("a",), (2, 1, 1)]:
    show(f"randrange{args}", r.randrange, *args)
show("randint(1, 0)", r.randint, 1, 0)
show("randint(1.0, 3)", r.randint, 1.0, 3)
show("choice([])", r.choice, [])
show("choice(5)", r.choice, 5)
show("sample({1, 2}, 1)", r.sample, {1, 2}, 1)
show("sample([1, 2], 3)", r.sample, [1, 2], 3)
show("sample([1, 2], -1)", r.sample, [1, 2], -1)
show("sample('ab', 1, counts=[1])", r.sample, "ab", 1, counts=[1])
show("sample('ab', 1, counts=[0, 0])", r.sample, "ab", 1, counts=[0, 0])
show("sample('ab', 1, counts=[1.5, 1])", r.sample, "ab", 1, counts=[1.5, 1])
show("choices('ab', [1])", r.choices, "ab", [1])
show("choices('ab', 2)", r.choices, "ab", 2)
show("choices('ab', [1, 2], cum_weights=[1, 2])", r.choices, "ab", [1, 2], cum_weights=[1, 2])
show("choices('ab', [0, 0])", r.choices, "ab", [0, 0])
show("choices('ab', [1, float('inf')])", r.choices, "ab", [1, float("inf")])
show("choices([], k=2)", r.choices, [], k=2)
show("seed([1])", r.seed, [1])
show("seed({})", r.seed, {})
show("setstate((1,))", r.setstate, (1,))
show("setstate((3, (1,) * 624, None))", r.setstate, (3, (1,) * 624, None))
show("setstate((3, (1,) * 624 + (625,), None))", r.setstate, (3, (1,) * 624 + (625,), None))
show("setstate((3, (1,) * 624 + (626,), None))", r.setstate, (3, (1,) * 624 + (626,), None))
show("setstate((3, [1] * 625, None))", r.setstate, (3, [1] * 625, None))
show("setstate((3, (-1,) * 625, None))", r.setstate, (3, (-1,) * 625, None))
show("getrandbits(-1)", r.getrandbits, -1)
show("getrandbits(1.5)", r.getrandbits, 1.5)
show("randbytes(-1)", r.randbytes, -1)
show("shuffle('ab')", r.shuffle, "ab")
show("Random(1, 2)", random.Random, 1, 2)
s = random.SystemRandom()
x = s.random()
print(type(s).__name__, 0.0 <= x < 1.0, 0 <= s.getrandbits(10) < 1024, len(s.randbytes(5)), s.seed(5), s.randrange(3) in range(3))
show("SystemRandom().getstate()", s.getstate)
show("SystemRandom().setstate(None)", s.setstate, None)
show("SystemRandom().getrandbits(-1)", s.getrandbits, -1)
print(len(set(s.sample(range(100), 10))), sorted(s.sample("abc", 3)))


class OnlyRandom(random.Random):
    """A generator with its own random() only: integers then come from random() too."""

    def __init__(self):
        super().__init__(0)
        self.n = 0

    def random(self):
        self.n = (self.n * 7 + 3) % 101
        return self.n / 101


o = OnlyRandom()
print(o._randbelow.__name__, [o.randrange(10) for _ in range(6)], o.choice("abc"), o.random())


class OwnBits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 5


print(OwnBits._randbelow.__name__, OwnBits(1).randrange(6))
print(sorted(n for n in random.__all__))
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(random.Random.VERSION, random.Random(3).__reduce__()[0].__name__, type(random._inst).__name__)
