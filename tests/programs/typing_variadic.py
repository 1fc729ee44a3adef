# TypeVarTuple substitution, unpacked tuples, and iterating native aliases (*tuple[int]).
from typing import Annotated, Callable, Generic, Tuple, TypeVar, TypeVarTuple, Unpack

Ts = TypeVarTuple('Ts')
T = TypeVar('T')
T2 = TypeVar('T2')


class C(Generic[T, *Ts]):
    pass


A = Annotated[tuple[*Ts], 'd']
print(A[int], A[str, int], tuple[*Ts][int, str], tuple[T, *Ts][int], tuple[T, *Ts][int, str, bool])
print(list[Callable[[T], int]][str], C[int], C[int, str, bytes], C.__parameters__)
print(C[*Tuple[int, str]], Tuple[*Ts][*Tuple[int]], C[*Ts][*tuple[str, bool]])
print(C[*tuple[int, ...]] == C[int, *tuple[int, ...]], Tuple[T, *Ts][*Tuple[int, ...]])
print(len(list(tuple[int])))
for bad in [lambda: C[()], lambda: C[*tuple[int, ...], *tuple[str, ...]], lambda: iter(int | str)]:
    try:
        bad()
    except TypeError as e:
        print(e)
