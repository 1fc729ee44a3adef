# C3 method resolution order for diamonds and deeper hierarchies; method lookup follows it.
class O:
    def who(self):
        return "O"


class A(O):
    def who(self):
        return "A>" + super().who()


class B(O):
    def who(self):
        return "B>" + super().who()


class C(O):
    def who(self):
        return "C>" + super().who()


class D(A, B):
    def who(self):
        return "D>" + super().who()


class E(B, C):
    pass


class F(D, E):
    pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


for cls in (A, D, E, F):
    print(cls.__name__, names(cls))
print(F().who())
print(E().who())
print(F.mro() == list(F.__mro__), type(F.__mro__).__name__)
print([b.__name__ for b in F.__bases__], F.__base__.__name__)


# The classic example: five independent bases and three merges.
class A0: pass
class B0: pass
class C0: pass
class D0: pass
class E0: pass
class K1(A0, B0, C0): pass
class K2(D0, B0, E0): pass
class K3(D0, A0): pass
class Z(K1, K2, K3): pass


print(names(Z))
print(names(bool), names(object))
print(issubclass(Z, A0), issubclass(A0, Z), issubclass(Z, (int, K3)), issubclass(F, O))
