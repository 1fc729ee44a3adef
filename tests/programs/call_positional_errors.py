# TypeError messages for missing and surplus positional arguments.
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)


def one(a):
    return a


def three(a, b, c):
    return a, b, c


def defaults(a, b=2, c=3):
    return a, b, c


def none():
    return "none"


show(lambda: one())
show(lambda: three())
show(lambda: three(1))
show(lambda: three(1, 2))
show(lambda: three(1, 2, 3, 4))
show(lambda: one(1, 2))
show(lambda: none(1))
show(lambda: none(1, 2))
show(lambda: defaults())
show(lambda: defaults(1, 2, 3, 4))
show(lambda: defaults(1, 2, 3, 4, 5))
show(lambda: three(1, c=3))
show(lambda: three(a=1, b=2, c=3, d=4))
show(lambda: one(b=1))
show(lambda: one(1, a=2))
show(lambda: defaults(1, 2, b=3))


class C:
    def m(self, x):
        return x

    @staticmethod
    def s(x):
        return x

    @classmethod
    def c(cls, x):
        return x


show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: C.s())
show(lambda: C.c())
show(lambda: C(1))


class Init:
    def __init__(self, a, b):
        pass


show(lambda: Init(1))
show(lambda: Init(1, 2, 3))
show(lambda: (lambda x, y: x)(1))
