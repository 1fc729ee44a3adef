# An error on a source line holding non-ASCII text: carets count characters.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


prices = {"café": 3.5, "thé": 2.0}
print(prices["café"])
for name in ("thé", "crème", "Café"):
    try:
        print(name, prices[name], len(name), name.upper())
    except KeyError as e:
        print("caught:", type(e).__name__, e, frames(e))
total = prices["café"] + prices["chocolat chaud"]
