# Reading module globals and builtins inside a function (CPython's LOAD_GLOBAL_MODULE and
# LOAD_GLOBAL_BUILTIN).

STEP = 3
OFFSET = 11
LIMIT = 1000003


def run(n):
    total = 0
    for _ in range(n):
        total = (total + STEP + OFFSET) % LIMIT
        if total is None:
            total = int
    return total


print(run(6000000))
