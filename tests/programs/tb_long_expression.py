# Carets for a call inside a long line and for an index error in a nested call.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def get(seq, i):
    return seq[i]


data = [[1, 2], [3, 4]]
print(get(data, 1)[0] + get(data, 0)[1])
try:
    get(get(data, 5), 0)
except IndexError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    get(data, 0)[0] + get(data, "x")
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(get(data, 1)[0] + get(get(data, 0), 5) + get(data, 0)[0])
