# Uncaught error in a call whose arguments span several lines.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def build(name, size, *, color, weight):
    return "%s:%d:%s:%.1f" % (name, size, color, weight)


print(build("a", 1, color="red", weight=1.5))
try:
    build("c", 3, color="green")
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    build(
        "d",
        None,
        color="red",
        weight=0.0,
    )
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
result = build(
    "b",
    "not a number",
    color="blue",
    weight=2.0,
)
print(result)
