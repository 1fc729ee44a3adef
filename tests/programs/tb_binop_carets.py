# Carets for a failing binary operation inside a larger expression.
def compute(a, b, c):
    return a * 2 + (b - c) * 3


print(compute(1, 5, 2))
x = {"k": "text"}
print(compute(1, x["k"], 4))
