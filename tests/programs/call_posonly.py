# Positional-only parameters: passing them by keyword, mixing with **kwargs.
def f(a, b, /, c, *, d):
    return a, b, c, d


def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: f(1, 2, 3, d=4))
show(lambda: f(1, 2, c=3, d=4))
show(lambda: f(1, b=2, c=3, d=4))
show(lambda: f(a=1, b=2, c=3, d=4))
show(lambda: f(1, 2, 3, 4))


def g(x, /, **kwargs):
    return x, sorted(kwargs.items())


show(lambda: g(1, x=2))
show(lambda: g(1, y=2))


def defaults(a=1, b=2, /, c=3):
    return a, b, c


show(lambda: defaults())
show(lambda: defaults(10))
show(lambda: defaults(10, 20, 30))
show(lambda: defaults(c=0))
show(lambda: defaults(b=0))

print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(len.__name__)
show(lambda: len(obj=[]))
show(lambda: divmod(7, b=2))
show(lambda: sorted([3, 1], None))


def only(a, /):
    return a


show(lambda: only())
show(lambda: only(a=1))
