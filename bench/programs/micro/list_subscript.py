# Indexing a list with small ints, reading and writing (CPython's BINARY_SUBSCR_LIST_INT and
# STORE_SUBSCR_LIST_INT).


def run(n):
    data = list(range(64))
    total = 0
    for i in range(n):
        j = i & 63
        total += data[j]
        data[j] = data[63 - j] + 1
    return total, sum(data)


print(*run(5000000))
