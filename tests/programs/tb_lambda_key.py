# Uncaught error inside a lambda used as a sort key.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


records = [{"name": "b", "age": 3}, {"name": "a"}, {"name": "c", "age": 1}]
print(len(records))
print(sorted(records, key=lambda r: r["name"]))
print(sorted(records, key=lambda r: r.get("age", 0)))
try:
    sorted(records, key=lambda r: r["age"])
except KeyError as e:
    print("caught:", type(e).__name__, e, frames(e))
ordered = sorted(records, key=lambda r: r["age"])
print(ordered)
