# A bare raise that re-raises out of a handler: the original traceback plus the re-raise line.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        raise


print(parse("12"))
try:
    parse("1.5")
except ValueError as e:
    print("caught:", type(e).__name__, e, frames(e))
parse("twelve")
