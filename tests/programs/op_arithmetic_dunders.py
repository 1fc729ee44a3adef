# Every binary arithmetic dunder and its reflected form, called through operators.
class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%r)" % (self.n,)


def binop(name, fn):
    def method(self, other):
        o = other.n if isinstance(other, V) else other
        return V(fn(self.n, o))
    method.__name__ = name
    return method


def rbinop(name, fn):
    def method(self, other):
        return V(fn(other, self.n))
    method.__name__ = name
    return method


ops = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
    "pow": lambda a, b: a ** b, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
}
for name, fn in ops.items():
    setattr(V, "__%s__" % name, binop(name, fn))
    setattr(V, "__r%s__" % name, rbinop(name, fn))
V.__divmod__ = lambda self, o: ("divmod", self.n, o)
V.__rdivmod__ = lambda self, o: ("rdivmod", o, self.n)
V.__matmul__ = lambda self, o: ("matmul", self.n, o)
V.__rmatmul__ = lambda self, o: ("rmatmul", o, self.n)

a, b = V(12), V(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** V(2))
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(1 + a, 100 - a, 2 * a, 24 / a, 25 // a, 25 % a, 2 ** V(3))
print(1 << V(3), 64 >> V(2), 7 & V(3), 8 | V(1), 6 ^ V(3))
print(divmod(a, 5), divmod(5, a), a @ 3, 3 @ a)
print(pow(V(2), 10), pow(3, V(2)))


class Three:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


print(pow(Three(), 2, 7), pow(Three(), 2), 5 ** Three())
try:
    pow(5, Three(), 7)
except TypeError as e:
    print(type(e).__name__, e)
