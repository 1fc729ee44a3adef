# Uncaught ZeroDivisionError three calls deep; carets under the binary operator.
def ratio(a, b):
    return a / b


def average(items):
    total = sum(items)
    return ratio(total, len(items))


def report(groups):
    for name, items in groups:
        print(name, average(items))


report([("first", [1, 2, 3]), ("empty", [])])
