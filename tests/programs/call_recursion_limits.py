# Deep but legal recursion, mutual recursion, and RecursionError caught.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(300), is_odd(301), is_odd(300))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)


# After catching, the stack is usable again.
print(depth(100))


def measure():
    def probe(n):
        try:
            return probe(n + 1)
        except RecursionError:
            return n
    return probe(0)


first = measure()
second = measure()
print(first == second, first > 500)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
