# random: seeded sequences must be CPython's number for number (the Mersenne Twister, int/float/
# str/bytes seeds, getrandbits, random, randrange, randint, choice, shuffle, sample, choices,
# randbytes) and the state must save and restore.
import random

for seed in [0, 1, 42, -42, 2**32, 2**100 + 7, 12345678901234567890]:
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(31), r.getrandbits(32),
          r.getrandbits(33), r.getrandbits(100), r.getrandbits(0))
# (A float seed goes through hash(), whose width depends on the platform: only -0.0 is portable.)
for seed in ["", "hello", "héllo ✓", b"bytes", bytearray(b"bytes"), -0.0, None]:
    r = random.Random(seed)
    if seed is not None:
        print(repr(seed), r.random(), r.randrange(1000))
r = random.Random()
r.seed("hello", version=1)
print("v1", r.random(), r.randrange(100))
r.seed(b"hello", version=1)
print("v1 bytes", r.random())
r.seed("", version=1)
print("v1 empty", r.random())
r.seed(5, version=1)
print("v1 int", r.random())
r.seed(b"abc", version=2)
a = r.random()
r.seed(bytearray(b"abc"))
print("bytes == bytearray", a == r.random())
r.seed("abc")
b = r.random()
r.seed(b"abc")
print("str == its utf-8", b == r.random())

r = random.Random(2024)
print([r.randrange(10) for _ in range(10)], [r.randrange(5, 15) for _ in range(5)], [r.randrange(0, 100, 7) for _ in range(5)])
print([r.randrange(10, 0, -3) for _ in range(5)], r.randrange(10**30), r.randrange(-10**20, 10**20), r.randrange(1, 2**64, 2**32))
print([r.randint(1, 6) for _ in range(12)], r.randint(-5, -5), r.randint(0, 2**70))
print([r.choice("abcdefg") for _ in range(8)], r.choice(range(10**6)), r.choice([[1], [2]]))
items = list(range(20))
r.shuffle(items)
print(items)
letters = list("abcdef")
r.shuffle(letters)
print(letters)
print(r.sample(range(100), 10), r.sample("abcdefgh", 8), r.sample(range(10**9), 5), r.sample(range(30), 0))
print(r.sample(range(10000), 40)[:10], r.sample(["x", "y", "z"], 2, counts=[1, 2, 3]), r.sample("ab", k=5, counts=[2, 3]))
print(r.choices("abc", k=6), r.choices("abc", [10, 1, 1], k=6), r.choices("abc", cum_weights=[1, 2, 30], k=6))
print(r.choices(range(5)), r.choices([1, 2], [0.5, 0.5], k=3), r.choices("ab", weights=[1, 0], k=4))
print(r.randbytes(0), r.randbytes(1), r.randbytes(9), len(r.randbytes(100)))

r = random.Random(7)
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)], state[0], len(state[1]), state[1][-1], state[2])
other = random.Random()
other.setstate(state)
print(other.random() == first[0])
r.gauss()
print(r.getstate()[2] is not None)
s2 = r.getstate()
g1 = r.gauss()
r.setstate(s2)
print(g1 == r.gauss())
old = (2, tuple(x + 2**32 if i < 10 else x for i, x in enumerate(state[1])), None)
r.setstate(old)
print(r.random() == first[0])
import _random
base = _random.Random(5)
print(base.random(), len(base.getstate()), base.getstate()[-1], base.getrandbits(8))
base.seed(5)
print(base.random())
base.seed("not hashed with sha512 here") if False else None
for x in [1, -1, 10**20, 0]:
    base.seed(x)
    print(x, base.getrandbits(16))

random.seed(99)
print(random.random(), random.randint(1, 10), random.choice("xyz"), random.getrandbits(12))
st = random.getstate()
v = random.random()
random.setstate(st)
print(v == random.random())
random.seed(99)
print(random.random())
