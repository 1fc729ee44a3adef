# raise ... from None hides the context in the report.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None


print(lookup({1: "one"}, 1))
try:
    lookup({}, 3)
except LookupError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  suppress:", e.__suppress_context__, "context:", repr(e.__context__), "cause:", e.__cause__)
lookup({1: "one"}, 2)
