# Chained comparisons: evaluation order, single evaluation of middle operands, short-circuit.
log = []


def v(x):
    log.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)  # stops after the first false comparison
log.clear()
print(v(1) == v(1) != v(2) is not None, log)

x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]], 1 < x not in (1, 2))
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 2, 0))
print(1 == 1.0 == True, 0 == False is False)


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("  lt", self.n, other.n)
        return Result(self.n < other.n)

    def __repr__(self):
        return "Loud(%d)" % self.n


class Result:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("  bool", self.b)
        return self.b

    def __repr__(self):
        return "Result(%s)" % self.b


a, b, c = Loud(1), Loud(2), Loud(3)
print("chain:", a < b < c)  # the last result is returned as is, not converted
print("chain:", c < b < a)

try:
    1 < "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] <= {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
print(None == 0, None != 0, "1" == 1)
