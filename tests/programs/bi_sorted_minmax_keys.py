# sorted/min/max with keys, stability, reverse, ties, and errors from key functions.
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([1, 3, 3, 2], key=lambda v: v), max(["a", "bb", "cc"], key=len), min(["bb", "a", "c"], key=len))
print(sorted("Hello World".split(), key=str.lower), sorted([3, -1, 2, -5], key=abs, reverse=True))
lst = [5, 2, 8]
lst.sort(key=lambda v: -v)
print(lst)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 2), (1,), ()]), sorted([0.5, -1, 2, True]))


def bad_key(v):
    if v == 3:
        raise ValueError("key failed on 3")
    return v


try:
    sorted([1, 2, 3], key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
data = [4, 1, 3]
try:
    data.sort(key=lambda v: "x" if v == 3 else v)
except TypeError as e:
    print(type(e).__name__, e, data)
print(sorted({3: "c", 1: "a"}.items()), sorted(set([5, 1, 3])), sorted(range(5, 0, -2)))
try:
    min([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
print(min([], default=None, key=len), max(iter([2, 9, 4])), min("zebra"))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
