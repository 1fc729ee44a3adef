# Uncaught error inside a generator expression consumed by sum(): a <genexpr> frame.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def total_length(items):
    return sum(len(x) for x in items)


print(total_length(["ab", "cde"]))
try:
    total_length([1])
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
gen = (len(x) for x in ["a", 5])
print(next(gen))
try:
    next(gen)
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(total_length(["ab", None, "x"]))
