# An error raised inside a match guard, uncaught.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def classify(value):
    match value:
        case {"limit": limit} if value["count"] > limit:
            return "over"
        case {"limit": _}:
            return "within"
        case _:
            return "unknown"


print(classify({"limit": 9, "count": 5}), classify([]))
try:
    classify({"limit": "3", "count": 5})
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(classify({"limit": 3, "count": 5}))
print(classify({"limit": 3}))
