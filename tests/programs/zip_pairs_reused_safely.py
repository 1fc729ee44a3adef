# zip over two iterables gives back its last pair with new items once nothing else holds it;
# pairs that are kept never change, and strict/length rules are unchanged.
print(list(zip("abc", range(3))), list(zip()), list(zip("ab")), list(zip("ab", "cd", "ef")))
kept = [p for p in zip("xyz", "123")]
print(kept, len({id(p) for p in kept}) == 3)
z = zip([1, 2, 3], [4, 5, 6])
a = next(z)
b = next(z)
print(a, b, a is not b)
del a
print(next(z), b)
print(sum(x * y for x, y in zip(range(100), range(100, 200))))
for bad in (lambda: list(zip("ab", "abc", strict=True)), lambda: list(zip("abc", "ab", strict=True)),
            lambda: list(zip("a", "ab", "abc", strict=True))):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(list(zip("ab", "ab", strict=True)))

class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

for x, y in zip((Loud(n) for n in range(3)), "abc"):
    print("got", x.n, y)
    del x
import gc
class Box:
    pass
boxes = [Box() for _ in range(3)]
for pair in zip(boxes, boxes):
    pair[0].pair = pair
del pair, boxes
print("collected", gc.collect() >= 3)
