# Dicts and sets whose keys change kind: str and int keys (which carry their own hashes) mixed
# with tuples, big ints, floats, NaNs and objects with their own __hash__/__eq__, through
# growth, deletion and compaction; values that are big ints, NaNs and floats.
import math


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n or other == self.n

    def __repr__(self):
        return "Key(%r)" % self.n


def check(d, label):
    print(label, len(d), list(d.items())[:6], list(d.items())[-3:])


d = {}
for i in range(20):
    d["k%d" % i] = i
d[(1, 2)] = "tuple"
d[2**70] = "big"
d[1.5] = "float"
d[Key(3)] = "key3"
check(d, "mixed")
print(d[3], d["k3"], d[(1, 2)], d[2**70], d[1.5], d[Key("k4")])
for i in range(0, 20, 2):
    del d["k%d" % i]
check(d, "after deletes")
for i in range(200):
    d[i * 1.0] = -i
check(d, "floats as ints")
print(d[True], d[1], d[1.0], d.get(2**70), d.get(2**70 + 1))

s = set(range(100))
s |= {"a", "b", (3, 4), 2**64, -(2**63) - 1}
s -= set(range(0, 100, 3))
print(len(s), sorted(x for x in s if isinstance(x, int))[:10], "a" in s, (3, 4) in s, 2**64 in s)

nan = float("nan")
negnan = -nan
e = {nan: 1, 0.0: 3, -0.0: 4, 1e300: 5, -1e-300: 6}
print(len(e), e[nan], e[0.0], sorted(v for v in e.values()))
vals = {"big": 2**60, "neg": -(2**60), "huge": 10**30, "nan": nan, "negnan": negnan, "inf": -math.inf}
print(vals["big"], vals["neg"], vals["huge"], vals["nan"] is nan, vals["negnan"] is negnan, vals["inf"])
print(math.copysign(1, vals["negnan"]), math.copysign(1, vals["nan"]))
vals["big"] += 1
print(vals["big"], vals.pop("huge"), list(vals))

big = {}
for i in range(70000):
    big[i] = i * 2**40
print(len(big), big[69999], big[12345])
for i in range(0, 70000, 2):
    del big[i]
print(len(big), big[69999], sum(big.keys()) % 1000003, 2 in big, 3 in big)
words = dict.fromkeys(["w%d" % i for i in range(1000)], None)
words[Key(5)] = 5
print(len(words), words.get("w999", "missing"), words[Key(5)], words.get(5))
print({1: "int", True: "bool", 1.0: "float"})
wide = {2**50 + i: i for i in range(20)}
wide[-(2**50)] = "neg"
print(wide[2**50 + 7], (2**50 + 7) in wide, 2.0**50 + 7 in wide, wide[-(2.0**50)], (2**50 + 99) in wide)
del wide[2**50 + 3]
print(len(wide), sorted(wide.values(), key=str)[:5])
