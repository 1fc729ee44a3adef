# KeyError shows the repr of the key; an error in a dict comprehension.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


prices = {"apple": 1.0, "pear": 2.0}
basket = ["apple", "pear", "plum"]
print({k: prices[k] for k in basket[:2]})
for key in ("plum", 42, (1, 2), "", None):
    try:
        prices[key]
    except KeyError as e:
        print("caught:", type(e).__name__, e, frames(e))
        print("  args:", e.args, "repr:", repr(e))
print({k: prices[k] for k in basket})
