# Exceptions raised inside comprehensions, generator expressions and lambdas, caught outside.
def safe(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(safe(lambda: [1 // x for x in [1, 0]]))
print(safe(lambda: {k: v for k, v in [(1, 2), (3,)]}))
print(safe(lambda: {x.upper() for x in ["a", 1]}))
print(safe(lambda: list(int(s) for s in ["1", "x"])))
print(safe(lambda: sorted([3, 1], key=lambda v: v.missing)))
print(safe(lambda: max([], key=lambda v: v)))
print(safe(lambda: next(x for x in [])))
print(safe(lambda: [y for x in [1] for y in x]))


def gen_partial():
    results = []
    try:
        for v in (10 // x for x in [5, 2, 0, 1]):
            results.append(v)
    except ZeroDivisionError:
        results.append("stopped")
    return results


print(gen_partial())
nested = lambda: (lambda: (lambda: 1 / 0)())()
print(safe(nested))
print(safe(lambda: [[1, 2][i] for i in range(3)]))


def comprehension_variable_after_error():
    i = "outer"
    try:
        [i for i in range(3) if 1 / (i - 1)]
    except ZeroDivisionError:
        pass
    return i


print(comprehension_variable_after_error())
