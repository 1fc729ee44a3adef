# Carets for a failing subscript in a chain of subscripts.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


settings = {"server": {"host": "localhost", "ports": [80, 443]}}
print(settings["server"]["ports"][1])
for path in (["server", "host"], ["server", "ports", 5], ["client"]):
    try:
        value = settings
        for key in path:
            value = value[key]
        print(path, "->", value)
    except (KeyError, IndexError) as e:
        print("caught:", type(e).__name__, e, frames(e))
print(settings["server"]["timeout"]["seconds"])
