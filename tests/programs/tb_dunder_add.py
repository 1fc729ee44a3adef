# An error inside __add__ reached from a + expression.
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


print(Money(1, "EUR") + Money(2, "EUR"))
total = Money(1, "EUR") + Money(2, "USD")
