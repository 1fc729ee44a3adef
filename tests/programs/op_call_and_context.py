# __call__ on instances, callable(), and __enter__/__exit__ with exception suppression.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ is looked up on the type
nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if typ is None:
            print("  clean exit")
            return False
        handled = issubclass(typ, self.types)
        print("  __exit__ saw", typ.__name__, "handled" if handled else "re-raised")
        return handled


with Suppress(KeyError):
    {}["x"]
print("continued after suppressed KeyError")
with Suppress(KeyError):
    pass
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)


class TruthyExit:
    def __enter__(self):
        return "entered value"

    def __exit__(self, *args):
        return "non-empty string is true"


with TruthyExit() as v:
    print(v)
    raise RuntimeError("suppressed by truthy return")
print("after truthy exit")


def func_with():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("  result", 10 // (1 - i))
    return "loop finished"


print(func_with())
