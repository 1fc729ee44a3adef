# Class scopes: class body names are not visible from methods or nested functions,
# but are visible to the first iterable of comprehensions only.
x = "global"


class C:
    x = "class"
    y = x + " body sees class x"

    def method(self):
        return x  # the global, not the class attribute

    items = [1, 2, 3]
    doubled = [v * 2 for v in items]  # the first iterable is evaluated in class scope
    try:
        pairs = [(v, w) for v in items for w in items if w > factor]  # noqa
    except NameError as e:
        error = str(e)
    factor = 2
    try:
        scaled = [v * factor for v in items]
    except NameError as e:
        scaled_error = str(e)


print(C.y)
print(C().method())
print(C.doubled)
print(C.error)
print(getattr(C, "scaled", None), getattr(C, "scaled_error", None))


class D:
    a = 1
    b = a + 1
    a = 10
    lam = lambda self: a  # noqa: F821 - global lookup at call time


print(D.a, D.b)
try:
    D().lam()
except NameError as e:
    print(type(e).__name__, e)


def outer():
    v = "enclosing function"

    class Inner:
        v = "class attr"
        w = v

        def m(self):
            return v

    return Inner.w, Inner().m()


print(outer())


def outer2():
    v = "function value"

    class K:
        try:
            print("class body reads", v)
        except NameError as e:
            print("class body:", type(e).__name__, e)
        v = "class value"
        print("then", v)
    return K.v, v


print(outer2())


# Class body can see enclosing function locals via a free variable, locals() in class body
def make_class(n):
    class Made:
        size = n
        names = sorted(k for k in locals() if not k.startswith("__"))
    return Made


print(make_class(4).size, make_class(4).names)
