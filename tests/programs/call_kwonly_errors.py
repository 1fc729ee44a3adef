# CPython's exact TypeError messages for wrong calls to keyword-only parameters.
def f(a, *, key, other=2):
    return a, key, other


def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)


show(lambda: f(1, key=3))
show(lambda: f(1))
show(lambda: f(1, 2))
show(lambda: f(1, 2, key=3))
show(lambda: f(1, key=1, nope=2))
show(lambda: f(key=1))


def g(*, a, b, c=3):
    return a, b, c


show(lambda: g())
show(lambda: g(a=1))
show(lambda: g(1, 2))
show(lambda: g(a=1, b=2, d=4))


def h(x, *args, flag):
    return x, args, flag


show(lambda: h(1, 2, 3))
show(lambda: h(1, 2, 3, flag=True))


class K:
    def method(self, *, opt):
        return opt


show(lambda: K().method())
show(lambda: K().method(1))
show(lambda: K().method(opt="ok"))
