# Calling builtins with one or two arguments (CPython's CALL_BUILTIN_O, CALL_BUILTIN_FAST and
# CALL_NO_KW_LEN).


def run(n):
    items = [1, 2, 3, 4, 5]
    total = 0
    for i in range(n):
        total += len(items) + abs(i - 1000) + min(i, 7)
    return total


print(run(2500000))
