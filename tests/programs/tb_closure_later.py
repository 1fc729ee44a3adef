# An error in a closure called after its enclosing function returned.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def make_divider(d):
    def divide(n):
        return n // d
    return divide


halve = make_divider(2)
print(halve(10))
try:
    make_divider(0)(1)
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(halve.__closure__[0].cell_contents, halve.__code__.co_freevars)
broken = make_divider(0)
print(list(map(broken, [1, 2])))
