# Unary operator dunders and numeric conversion dunders.
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(+self.v * 10)

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __repr__(self):
        return "N(%r)" % (self.v,)


n = N(-7)
print(-n, +n, abs(n), ~n, - - n)
print(int(n), float(n), complex(n))
print(round(n), round(n, 2))
print(int(N(3.9)), float(N(2)))


class OnlyIndex:
    def __index__(self):
        return 42


print(int(OnlyIndex()), float(OnlyIndex()) if hasattr(OnlyIndex, "__float__") else "no __float__")
try:
    float(OnlyIndex())
    print("float() accepted __index__")
except TypeError as e:
    print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "x"


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)


class Empty:
    pass


for op in ("-x", "+x", "~x", "abs(x)", "int(x)", "float(x)", "complex(x)", "round(x)"):
    try:
        eval(op, {"x": Empty()})
    except TypeError as e:
        print(op, "->", type(e).__name__, e)
print(-True, +False, abs(-0.0), ~0, abs(-2 ** 70))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(1250, -2))
print(int(-3.9), int(3.9), int("  42\n"), int("-0x1f", 16), int("0b101", 0), int("1_000"))
