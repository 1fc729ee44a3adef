# Metaclass conflicts and the most derived metaclass rule.
class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class MetaAB(MetaA, MetaB):
    pass


class C(A, B, metaclass=MetaAB):
    pass


print(type(C).__name__)


class MetaSub(MetaA):
    pass


class D(A, metaclass=MetaSub):
    pass


class E(D, A):
    pass


print(type(E).__name__)


class F(A, metaclass=type):  # the more derived metaclass MetaA wins
    pass


print(type(F).__name__)

try:
    class G(metaclass=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class H(A, metaclass=MetaB):
        pass
except TypeError as e:
    print(type(e).__name__, e)
