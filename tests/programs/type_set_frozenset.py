# set and frozenset: operations, methods, operators vs methods, hashing, small-int display order.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}), a.issuperset({1, 2}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 5]))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 5], {9})
print(s, len(s), 2 in s, 7 not in s)
s.discard(100)
s.remove(9)
print(s, s.pop() in {1, 2, 3, 5}, len(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c &= {2, 3, 4}
c |= {10}
c -= {3}
c ^= {2, 20}
print(c)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, frozenset() == set())
print({fs: "frozen keys ok"}[frozenset({1, 2, 3})])
try:
    {a}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    fs.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len), len(words))
print({x % 3 for x in range(10)}, set("aab") == {"a", "b"}, set(), set([]) == frozenset())
print({1, 2} == {2, 1}, {1} != {1.0}, {True, 1, 1.0}, {0, False, 0.0})
copy = a.copy()
copy.clear()
print(a, copy)
print(sorted({-1, 5, -3}), min({4, 2, 8}), max(frozenset([1, 9])), sum({1, 2, 3}))
