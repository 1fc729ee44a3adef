# Integer addition and subtraction on small ints in a while loop with an int comparison
# (CPython's BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT, COMPARE_OP_INT).


def run(n):
    total = 0
    other = 7
    i = 0
    while i < n:
        total = total + i
        other = other + 3 - (i & 7)
        total -= other
        i += 1
    return total, other


print(*run(4000000))
