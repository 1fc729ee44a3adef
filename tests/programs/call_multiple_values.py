# "got multiple values for argument" and other keyword clashes.
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)


def f(a, b):
    return a, b


show(lambda: f(1, a=2))
show(lambda: f(1, 2, b=3))
show(lambda: f(*[1, 2], a=3))
show(lambda: f(1, **{"a": 2}))
show(lambda: f(a=1, **{"a": 2}))
show(lambda: f(**{"a": 1}, **{"a": 2}))
show(lambda: f(b=1, **{"a": 2}))


class C:
    def m(self, x):
        return x


show(lambda: C().m(self=1, x=2))
show(lambda: C.m(C(), 1, x=2))
show(lambda: dict(1, 2))
show(lambda: dict({"a": 1}, a=2))
show(lambda: int("5", base=10))
show(lambda: int(x="5"))
show(lambda: print("a", sepp="-"))
show(lambda: sorted([1], reversed=True))
