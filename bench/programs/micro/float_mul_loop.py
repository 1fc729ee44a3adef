# Float multiplication, addition and subtraction in a loop
# (CPython's BINARY_OP_MULTIPLY_FLOAT, BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT).


def run(n):
    x = 1.0
    y = 0.5
    acc = 0.0
    for _ in range(n):
        x = x * 0.999999 + 0.000001
        y = y * 1.000001 - 0.0000005
        acc = acc + x * y
    return x, y, acc


x, y, acc = run(5000000)
print(f"{x:.9f} {y:.9f} {acc:.6f}")
