# Uncaught ZeroDivisionError three calls deep; carets under the binary operator.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def ratio(a, b):
    return a / b


def average(items):
    total = sum(items)
    return ratio(total, len(items))


def report(groups):
    for name, items in groups:
        print(name, average(items))


try:
    average([])
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
report([("first", [1, 2, 3]), ("empty", [])])
