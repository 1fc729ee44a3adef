# Rich comparisons: reflection, __ne__ derived from __eq__, ordering errors, sorting custom objects.
class Ver:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        print("  %r.__eq__(%r)" % (self, other))
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        print("  %r.__lt__(%r)" % (self, other))
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b = Ver(1, 2), Ver(1, 3)
print(a == b)
print(a != b)
print(a < b)
print(a > b)   # reflected to b.__lt__(a)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
print(a == "1.2")
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))


class Sub(Ver):
    def __eq__(self, other):
        print("  Sub.__eq__ first")
        return "sub result"


print(Ver(1) == Sub(1))  # the subclass's reflected method is tried first


class Always:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom ne"

    __hash__ = None


print(Always() == 3, 3 == Always(), Always() != 3, 3 != Always())
print([1, 2] < [1, 2, 0], (2,) > (1, 99), "abc" < "abd", [3] == [3.0])
print({1: 2} == {1: 2}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, frozenset({1}) == {1})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)


class OnlyGe:
    def __ge__(self, other):
        return "ge called"


print(OnlyGe() >= 1, 1 <= OnlyGe())
try:
    OnlyGe() > 1
except TypeError as e:
    print(type(e).__name__, e)
