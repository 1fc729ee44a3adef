# An exception from __getattr__ other than AttributeError propagates with its frame.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Settings:
    def __init__(self, values):
        self._values = values

    def __getattr__(self, name):
        return self._values[name]


try:
    Settings({}).missing
except KeyError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(getattr(Settings({"a": 1}), "a"), hasattr(Settings({}), "_values"))
try:
    hasattr(Settings({}), "anything")
except KeyError as e:
    print("hasattr does not swallow KeyError:", repr(e))
s = Settings({"debug": True})
print(s.debug)
print(s.verbose)
