# Reading and writing dict entries with str and int keys (CPython's BINARY_SUBSCR_DICT and
# STORE_SUBSCR_DICT).


def run(n):
    table = {"alpha": 1, "beta": 2, "gamma": 3}
    counts = {}
    for i in range(16):
        counts[i] = 0
    for i in range(n):
        k = i & 15
        counts[k] = counts[k] + table["alpha"] + table["gamma"]
    return sum(counts.values())


print(run(4000000))
