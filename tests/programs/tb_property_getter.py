# An error raised inside a property getter reached by attribute access.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


try:
    Temperature(None).fahrenheit
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    Temperature(1).fahrenheit = 5
except AttributeError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(Temperature(100).fahrenheit)
print(Temperature("hot").fahrenheit)
