# Calls that fill parameters from defaults (the eval loop's fast path) and keyword calls (the
# binding path): values, changed __defaults__, methods, and the errors of missing arguments.


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 20), f(1, 20, 30), f(a=1), f(1, c=9), f(*[7]), f(**{"a": 5, "b": 6}))
f.__defaults__ = (200, 300)
print(f(1), f(1, 2))
f.__defaults__ = (300,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)


class C:
    def m(self, x, y=10):
        return (x, y)


c = C()
print(c.m(1), c.m(1, 2), C.m(c, 3), c.m(x=4), c.m(5, y=6))
for bad in (lambda: c.m(), lambda: c.m(1, 2, 3), lambda: f(), lambda: c.m(1, z=2), lambda: c.m(1, x=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def g(a, /, b=1, *, c=2):
    return (a, b, c)


print(g(1), g(1, 5), g(1, c=7))
try:
    g(a=1)
except TypeError as e:
    print("TypeError:", e)
name = "".join(["c"])
print(g(1, **{name: 8}))


def counter():
    n = 0

    def tick(step=1):
        nonlocal n
        n += step
        return n

    return tick


t = counter()
print([t() for _ in range(3)], t(10))
