# StopIteration outside generators: in __next__, in next() calls, with values, inside for loops.
class Three:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("exhausted with a value")
        return self.n


print(list(Three()))
t = Three()
for v in t:
    pass
try:
    next(t)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def manual_loop(it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


print(manual_loop(iter("abc")), manual_loop(Three()))
print(next(iter([]), "default"), next(Three(), None))


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("not StopIteration")


try:
    for _ in Bad():
        pass
except ValueError as e:
    print(type(e).__name__, e)

s = StopIteration(1, 2)
print(s.value, s.args, StopIteration().value)
try:
    raise StopIteration
except StopIteration as e:
    print("plain raise", repr(e))
print(isinstance(StopIteration(), Exception), issubclass(StopAsyncIteration, Exception))
