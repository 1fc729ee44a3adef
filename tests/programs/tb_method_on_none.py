# Calling a method on None returned by a function: AttributeError on NoneType with carets.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def find(items, name):
    for item in items:
        if item == name:
            return item


names = ["x", "y"]
print(find(names, "x").upper())
try:
    find([], "a").lower()
except AttributeError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(find(names, "z").upper())
