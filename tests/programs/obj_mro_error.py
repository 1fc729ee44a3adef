# Class creation errors: inconsistent MRO, duplicate bases, bad bases, final builtins.
class A:
    pass


class B(A):
    pass


def attempt(make):
    try:
        cls = make()
        print("created", cls.__name__)
    except TypeError as e:
        print(type(e).__name__, e)


def bad_order():
    class C(A, B):
        pass
    return C


attempt(bad_order)


def duplicate():
    class C(A, A):
        pass
    return C


attempt(duplicate)


class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass


def crossed():
    class Z(XY, YX):
        pass
    return Z


attempt(crossed)


def bool_base():
    class MyBool(bool):
        pass
    return MyBool


attempt(bool_base)


def not_a_class():
    class C(5):
        pass
    return C


attempt(not_a_class)


def layout_conflict():
    class C(int, str):
        pass
    return C


attempt(layout_conflict)
attempt(lambda: type("Dyn", (A, B), {}))
attempt(lambda: type("Ok", (B, A), {}))
