# __hash__ and __eq__: defining __eq__ sets __hash__ to None; hashable user types in dicts and sets.
class OnlyEq:
    def __eq__(self, other):
        return True


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([OnlyEq()])
except TypeError as e:
    print(type(e).__name__, e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return "Key(%r)" % self.k


d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
print(d, Key("alpha") in d, len({Key("a"), Key("A"), Key("b")}))


class Inherits(Key):
    pass


print(hash(Inherits("x")) == hash(Key("X")))


class EqInSub(Key):
    def __eq__(self, other):
        return False


print(EqInSub.__hash__)


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("ab" + "c"), hash(None) == hash(None))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
