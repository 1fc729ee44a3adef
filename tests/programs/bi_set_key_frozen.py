# A set used as a key of a set means the equal frozenset (in, remove, discard).
s = {frozenset({1, 2}), frozenset()}
print({1, 2} in s, set() in s, {3} in s, {1, 2} not in s)
s.remove({1, 2})
print(s)
s.discard(set())
s.discard({9})
print(s)
try:
    s.remove({7})
except KeyError as e:
    print("KeyError", e)
f = frozenset({frozenset({"a"})})
print({"a"} in f)
try:
    {1} in {1: 2}
except TypeError as e:
    print("TypeError", e)
try:
    [1] in {1}
except TypeError as e:
    print("TypeError", e)
