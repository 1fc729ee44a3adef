# Comparisons between builtin types: numeric tower, containers, mixed types, identity vs equality.
print(1 == 1.0, 1 == 1 + 0j, 1.0 == 1 + 0j, True == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 == 1e20)
print(1 < 1.5 < 2, -1 < False, True > 0.5, 2 ** 100 > 1e30, 2 ** 1000 < float("inf"))
print(float("nan") < 1, float("nan") > 1, float("nan") == float("nan"), 1 != float("nan"))
print([1, 2] == [1.0, 2.0], (1, 2) == [1, 2], {1: "a"} == {1.0: "a"}, {1, 2} == frozenset({2, 1}))
print("abc" == "abc", "abc" == "ab" + "c", b"a" == "a", None == 0)
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], (1, (2,)) > (1, (1, 9)))
print(range(3) == range(0, 3, 1), range(1) == [0], "a" * 3 == "aaa", [] == (), set() == frozenset())
for a, b in [(1, "1"), ([], ()), ({}, []), (None, None), (1j, 1j)]:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1j, 2j), ({}, {}), (None, 1), ([1], "1"), (set(), 1)]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1} <= {1}, {3} < {1, 2}, {3} > {1, 2}, sorted([{3}, {1, 2}, {1}], key=len))
print(0 == -0.0, 0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16, 2 ** 64 == 2.0 ** 64, 10 ** 16 + 1 == 1e16 + 1)
print([float("nan")] == [float("nan")], (1, "a") < (1, "b"), [1, 2] < [1, 2, -1], "a" < "aa" < "b")
print(max([1, 2.5, 2]), min([3, True, 2.0]), sorted([3, 1.5, True, 2]))
