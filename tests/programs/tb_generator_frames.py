# Uncaught error raised inside a generator consumed by a for loop.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key, int(value)


try:
    dict(parse(["x=1", "y"]))
except ValueError as e:
    print("caught:", type(e).__name__, e, frames(e))
config = {}
for k, v in parse(["a=1", "b=2", "c=three"]):
    config[k] = v
    print(k, v)
