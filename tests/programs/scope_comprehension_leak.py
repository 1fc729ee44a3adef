# PEP 709: comprehension iteration variables do not leak, and shadow outer names only inside.
x = "outer x"
result = [x for x in range(3)]
print(result, x)

y = "outer y"
squares = {y: y * y for y in range(3)}
print(squares, y)

z = "outer z"
s = {z for z in "ab"}
print(sorted(s), z)


def f():
    i = "local i"
    lst = [i for i in range(2)]
    return lst, i


print(f())


def uses_outer():
    n = 10
    return [n + k for k in range(3)]


print(uses_outer())

# The comprehension's variable is not visible after it, even if never bound outside.
[unique_name_42 for unique_name_42 in range(1)]
try:
    unique_name_42
except NameError as e:
    print(type(e).__name__, e)


# locals() inside a comprehension in a function includes the outer locals (inlined).
def loc():
    outer_val = 1
    return [sorted(k for k in locals()) for _ in range(1)][0]


print(loc())


# A comprehension in a function does not make the variable local to the function.
def no_local():
    val = "function val"
    _ = [val for val in "x"]
    return val


print(no_local())


# Nested comprehension scoping
print([[a * b for b in range(a)] for a in range(4)])
a = "outer a"
print([a for a in [[a for a in range(2)]]], a)

# Lambda in a comprehension captures the comprehension variable's final value.
print([f() for f in [lambda: q for q in range(3)]])
