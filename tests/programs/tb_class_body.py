# An error raised while a class body executes: the frame is named after the class.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


print("defining")


try:
    class Probe:
        value = 1 / 0
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
print("Probe" in globals())
class Settings:
    defaults = {"debug": False}
    level = defaults["verbosity"]


print("never")
