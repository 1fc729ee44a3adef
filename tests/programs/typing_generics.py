# Generic classes, TypeVar/ParamSpec/TypeVarTuple, substitution.
from typing import (Callable, Concatenate, Dict, Generic, List, Optional, ParamSpec, Tuple,
                    TypeVar, TypeVarTuple, Unpack, get_args, get_origin)

T = TypeVar('T')
S = TypeVar('S', bound=int)
U = TypeVar('U', int, str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
Inf = TypeVar('Inf', infer_variance=True)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')

print(T, S, U, Co, Contra, Inf, P, Ts, P.args, P.kwargs)
print(T.__name__, S.__bound__, U.__constraints__, Co.__covariant__, Contra.__contravariant__)
print(T.__module__, T.__bound__, T.__constraints__, Inf.__infer_variance__)
print(T | int, int | T, Optional[T])


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


class Pair(Generic[T, S]):
    pass


class IntBox(Box[int]):
    pass


class Sub(Box[T], Generic[T]):
    pass


print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, Sub.__parameters__)
print(Box[int], Pair[str, int], Box[List[T]], Box[List[T]][str])
print(Box.__mro__)
print(IntBox.__orig_bases__, IntBox.__mro__)
b = Box[int](3)
print(b.item, b.__orig_class__)
print(get_origin(Box[int]), get_args(Box[int]), Box[int] == Box[int], Box[int] == Box[str])

D = Dict[str, T]
print(D, D[int], D.__parameters__, List[T][int], Tuple[T, S][int, bool])
print(Callable[[T], S][str, int], Callable[P, T][[int, str], bool], Callable[P, T][..., int])
print(Callable[Concatenate[int, P], T], get_args(Callable[Concatenate[int, P], T]))


class Gen2(Generic[P]):
    pass


print(Gen2[[int, str]], Gen2[int, str], Gen2[...])


class Var(Generic[*Ts]):
    pass


print(Var[int, str], Var[()], Tuple[*Ts], Tuple[Unpack[Ts]], list(Ts))

for bad in [lambda: Generic[int], lambda: Generic[T, T], lambda: Box[int, str],
            lambda: Generic[()], lambda: TypeVar('X', int), lambda: Box[int][str],
            lambda: TypeVar('X', covariant=True, contravariant=True), lambda: Generic()]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class Bad(Generic[T], Generic[S]):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(Box[T], Generic[S]):
        pass
except TypeError as e:
    print(e)
try:
    class Bad3(T):
        pass
except TypeError as e:
    print(e)


# PEP 695 syntax gives parameters that typing accepts as type variables.
class New[X, *Ys, **Q]:
    pass


X, Ys, Q = New.__type_params__
print(X, Ys, Q, isinstance(X, TypeVar), isinstance(Ys, TypeVarTuple), isinstance(Q, ParamSpec))
print(List[X], Optional[X], X | None)
