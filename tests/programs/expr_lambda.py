# Lambdas: defaults, closures, varargs, immediately called, names and qualnames.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "called at once")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print(add.__name__, add.__qualname__)


def maker():
    return lambda: 0


print(maker().__qualname__)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield 1))().__class__.__name__)
print(list((lambda: (yield from [1, 2]))()))

try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
print(add.__defaults__, add.__code__.co_argcount)
