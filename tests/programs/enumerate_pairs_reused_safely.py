# enumerate gives back its last pair with new items once nothing else holds it (as CPython
# does); a pair that is kept, compared or collected must never change under its holder.
import gc

letters = "abcdef"
print(list(enumerate(letters)))
kept = []
for pair in enumerate(letters, start=10):
    kept.append(pair)
print(kept, len({id(p) for p in kept}) == len(kept))

e = enumerate(["x", "y", "z"])
first = next(e)
second = next(e)
print(first, second, first is not second)
del first
third = next(e)
print(second, third)

total = 0
for i, word in enumerate(["aa", "b", "cccc"] * 3):
    total += i * len(word)
print(total)

# Items that are containers: the reused pair must be seen by the collector.
class Node:
    def __init__(self):
        self.me = None

nodes = [Node() for _ in range(5)]
for pair in enumerate(nodes):
    pair[1].me = pair
    del pair
del nodes
print("collected", gc.collect() >= 0)

class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

for i, x in enumerate(Loud(n) for n in range(3)):
    print("got", i, x.n)
    del x
print("big start", next(enumerate("q", 2**70)), list(enumerate("ab", -1)))
