# PEP 695: generic functions, classes and type aliases with .__type_params__.
def first[T](items: list[T]) -> T:
    return items[0]


print(first([3, 4]), first.__type_params__)
T = first.__type_params__[0]
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__)


class Box[V]:
    def __init__(self, value: V):
        self.value = value

    def get(self) -> V:
        return self.value


print(Box.__type_params__, Box(5).get())
print(Box[int].__name__ if hasattr(Box[int], "__name__") else "alias", Box[int].__origin__ is Box)


def bounded[N: int, S: (str, bytes)](n: N, s: S) -> tuple[N, S]:
    return n, s


N, S = bounded.__type_params__
print(N.__bound__, S.__constraints__, bounded(1, "a"))


type Pair = tuple[int, int]
print(type(Pair).__name__, Pair.__name__, Pair.__value__, Pair.__type_params__)

type Lazy = UndefinedName  # evaluated lazily
try:
    Lazy.__value__
except NameError as e:
    print(type(e).__name__, e)

type ListOf[X] = list[X]
print(ListOf.__type_params__, ListOf[int].__origin__ is ListOf)


def variadic[*Ts, **P]():
    return Ts, P


Ts, P = variadic.__type_params__
print(type(Ts).__name__, Ts.__name__, type(P).__name__, P.__name__)


class Outer[A]:
    class Inner[B]:
        pass

    def method[C](self):
        return C


print(Outer.__type_params__, Outer.Inner.__type_params__, Outer().method())
print(Box.__mro__[-2].__name__)
print(first.__annotations__)
