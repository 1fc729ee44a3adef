# __contains__ and __index__: membership tests and integer conversion in many places.
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0


e = Evens()
print(4 in e, 5 in e, "x" in e, 3 not in e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__ ->", self.v)
        return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], "abcdef"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print("ab" * Idx(2), [0] * Idx(3))
print(int(Idx(9)))
print((10).__pow__(Idx(2)))
print(round(2.567, Idx(2)))
print(hash(Idx(1)) is not None)
print(chr(Idx(65)))
print(format(Idx(3).__index__(), "b"))


class BadIdx:
    def __index__(self):
        return "no"


try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][Evens()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(BadIdx())
except TypeError as e:
    print(type(e).__name__, e)
