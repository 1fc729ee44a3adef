# Uncaught exception at module level, after some output.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


print("start")
values = [1, 2, 3]
print(sum(values))
try:
    raise ValueError("caught at module level")
except ValueError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    values[10]
except IndexError as e:
    print("caught:", type(e).__name__, e, frames(e))
raise ValueError("bad value at module level")
