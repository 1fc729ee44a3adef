# Lambdas as closures: late binding, default capture, nested lambdas, lambdas in classes.
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
make_mul = lambda n: lambda x: x * n
double, triple = make_mul(2), make_mul(3)
print(double(5), triple(5), make_mul(4)(4))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("a")("b")("c"))


class K:
    factor = 10
    scale = lambda self, v: v * self.factor
    static_like = staticmethod(lambda v: v + 1)


print(K().scale(3), K.static_like(1))
counter = 0


def bump():
    global counter
    counter += 1
    return counter


calls = [lambda: bump() for _ in range(3)]
print([c() for c in calls], counter)
x = 5
get_x = lambda: x
x = 6
print(get_x())
recursive = lambda n: 1 if n == 0 else n * recursive(n - 1)
print(recursive(5))
print((lambda *a: a)(), (lambda **k: k)(a=1), (lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
