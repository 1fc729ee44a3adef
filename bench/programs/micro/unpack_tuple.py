# Building and unpacking two- and three-element tuples (CPython's UNPACK_SEQUENCE_TWO_TUPLE and
# UNPACK_SEQUENCE_TUPLE).


def run(n):
    a, b = 0, 1
    x, y, z = 1, 2, 3
    for _ in range(n):
        a, b = b, (a + b) & 0xFFFF
        pair = (a, b)
        c, d = pair
        x, y, z = y, z, x + c - d
    return a, b, x, y, z


print(*run(4000000))
