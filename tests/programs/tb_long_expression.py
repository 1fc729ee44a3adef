# Carets for a call inside a long line and for an index error in a nested call.
def get(seq, i):
    return seq[i]


data = [[1, 2], [3, 4]]
print(get(data, 1)[0] + get(data, 0)[1])
print(get(data, 1)[0] + get(get(data, 0), 5) + get(data, 0)[0])
