# Recursive calls: a naive Fibonacci, plus a mutually recursive pair and a recursive sum over a
# tuple tree, so the benchmark is dominated by Python-to-Python calls and returns.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def build(depth, label):
    if depth == 0:
        return label
    return (build(depth - 1, label * 2), build(depth - 1, label * 2 + 1))


def tree_sum(node):
    if type(node) is int:
        return node
    left, right = node
    return tree_sum(left) + tree_sum(right)


def main():
    total = 0
    for n in range(22, 32):
        total += fib(n)
    evens = 0
    for n in range(300):
        for _ in range(60):
            if is_even(n):
                evens += 1
    tree = build(15, 1)
    sums = 0
    for _ in range(30):
        sums += tree_sum(tree)
    print("fib", total, "evens", evens, "tree", sums)


main()
