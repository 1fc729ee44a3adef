# Uncaught error inside a list comprehension: inlined in 3.12, so no extra frame.
def inverses(values):
    return [1 / v for v in values]


print(inverses([1, 2, 4]))
print(inverses([1, 0]))
