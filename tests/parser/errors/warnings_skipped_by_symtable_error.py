x = [1, 2]["a"]
y = 1[0]
assert (x, "a")
def f(a, a): pass
