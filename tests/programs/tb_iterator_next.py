# An error raised in __next__ while a for loop iterates.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return 10 // self.n


try:
    list(Countdown(2))
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(list(Countdown(0)))
for value in Countdown(3):
    print(value)
