# AttributeError report with a suggestion, raised on a builtin type.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


items = [3, 1, 2]
items.sort()
print(items)
for name in ("append", "apend", "sortt", "__len__"):
    try:
        print(name, type(getattr(items, name)).__name__)
    except AttributeError as e:
        print("caught:", type(e).__name__, e, frames(e))
try:
    items.apend(0)
except AttributeError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("name:", e.name, "obj is items:", e.obj is items)
items.apend(4)
