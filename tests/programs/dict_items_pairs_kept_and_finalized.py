# dict.items() pairs: kept pairs never change, each step gives a pair of its own to a holder,
# and a value whose last reference was the pair is finalized by the next step at the latest.
d = {"a": 1, "b": 2, "c": 3}
print(list(d.items()), sorted(d.items(), key=lambda kv: -kv[1]))
kept = []
for kv in d.items():
    kept.append(kv)
print(kept, len({id(p) for p in kept}) == 3)
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first is not second)
del first
print(next(it), second)
total = 0
for k, v in {i: i * i for i in range(100)}.items():
    total += k * v
print(total)


class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


loud = {n: Loud(n) for n in range(3)}
for k, v in loud.items():
    loud[k] = None  # the pair now holds the last reference to the old value
    print("got", k, v.n)
    del v
print("after loop")
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
