# An uncaught ExceptionGroup with a nested group.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def gather():
    errors = []
    for i, value in enumerate(["1", "x", "3", None]):
        try:
            int(value)
        except (ValueError, TypeError) as e:
            errors.append(e)
    nested = ExceptionGroup("nested", [KeyError("k")])
    raise ExceptionGroup("conversion failed", errors + [nested])


try:
    gather()
except ExceptionGroup as eg:
    print("caught:", type(eg).__name__, eg, frames(eg))
    print("  leaves:", [type(e).__name__ for e in eg.exceptions], frames(eg.exceptions[0]))
print("gathering")
gather()
