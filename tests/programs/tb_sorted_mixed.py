# A TypeError raised inside a builtin (sorted) has no extra frame for the builtin.
def order(values):
    return sorted(values)


print(order([3, 1, 2]))
print(order([3, "one", 2]))
