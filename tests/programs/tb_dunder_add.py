# An error inside __add__ reached from a + expression.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


try:
    Money(1, "EUR") + 5
except AttributeError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    5 + Money(1, "EUR")
except TypeError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(Money(1, "EUR") + Money(2, "EUR"))
total = Money(1, "EUR") + Money(2, "USD")
