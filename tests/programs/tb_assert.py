# An uncaught AssertionError with a message.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f"{a} > {b} in {items}"
    return True


print(check_sorted([1, 2, 3]))
try:
    check_sorted([2, 1])
except AssertionError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  args:", e.args)
print(check_sorted([1, 3, 2]))
