# List, set, dict comprehensions and generator expressions; nesting and conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
g = (x + 1 for x in range(3))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n != 4])

# The first iterable is evaluated in the enclosing scope, immediately.
def source():
    print("  source evaluated")
    return [1, 2]


gen = (x for x in source())
print("generator built")
print(list(gen))

# Later iterables are evaluated lazily, per outer item.
print([(a, b) for a in range(3) for b in range(a, 3)])

# Conditions can use earlier variables; unpacking targets.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([s * n for n, s in pairs if n != 2])
print({n: [c for c in s] for n, s in pairs})

# Comprehension over a string with a method call in the condition.
print("".join(c.upper() for c in "hello world" if c not in "lo"))

# Errors raised inside comprehensions propagate.
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Nested generator expressions
print(list(x * y for x in (1, 2) for y in (x, 10)))
print(sorted({frozenset({i, i + 1}) for i in range(3)}, key=sorted))
