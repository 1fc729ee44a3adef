# A TypeError raised inside a builtin (sorted) has no extra frame for the builtin.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def order(values):
    return sorted(values)


print(order([3, 1, 2]))
for values in ([None, 1], [[1], (1,)], [1.5, 2j]):
    try:
        order(values)
    except TypeError as e:
        print("caught:", type(e).__name__, e, frames(e))
print(order([3, "one", 2]))
