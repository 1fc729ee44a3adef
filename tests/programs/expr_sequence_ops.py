# Sequence operators on builtins: +, *, in, comparisons, concatenation errors.
print([1] + [2], (1,) + (2,), "a" + "b", b"a" + b"b", bytearray(b"a") + b"b")
print([0] * 3, 3 * (1, 2), "-" * 5, b"ab" * 2, [1] * 0, "x" * -2, [[1]] * 2)
print([1, 2] == [1, 2], [1, 2] == (1, 2), "ab" == b"ab", [1, [2]] < [1, [3]], (1, 2) >= (1,))
print("b" > "abc", "Z" < "a", "" < "a", [] < [0], () == (), [None] == [None])
for expr in ["[1] + (2,)", "(1,) + [2]", "'a' + b'b'", "[1] * 1.5", "'a' * 'b'", "[1] - [1]", "'abc' < 1",
             "[1] < (1,)", "[1, 'a'] < [1, 2]", "{} + {}", "range(3) + range(2)"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
big = [0] * 10000
print(len(big), len("ab" * 5000))
print(sum([[1], [2, 3]], []), "".join(["a"] * 3))
t = ([1],) * 2
t[0].append(2)
print(t)
print((1, 2) + (), [] + [], "" + "", b"" * 5, [None] * 2, (0,) * 3)
print([1, 2, 3] * 2 == [1, 2, 3, 1, 2, 3], "ab" in "cab", (1, 2) in [(1, 2)], [1] in [[1]])
print(max("abc", "abd"), min([3, 1], [2, 9]), sorted([(1, "b"), (1, "a"), (0, "z")]))
