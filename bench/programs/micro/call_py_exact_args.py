# Calling a Python function with exactly its positional parameters (CPython's
# CALL_PY_EXACT_ARGS).


def add3(a, b, c):
    return a + b - c


def run(n):
    total = 0
    for i in range(n):
        total = add3(total, i, 5)
    return total


print(run(5000000))
