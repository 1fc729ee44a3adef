# Substituting type variables in native aliases (list[T][int]); class attributes named like type attributes.
from typing import TypeVar, List, Callable, ParamSpec
import collections.abc
T = TypeVar('T'); S = TypeVar('S')
print(list[T].__parameters__, dict[T, list[S]].__parameters__, list[T][int], dict[T, list[S]][str, int])
print((T | None).__parameters__, (T | None)[int], list[List[T]][str], (int | list[T])[str])
try: list[int][str]
except TypeError as e: print(e)
try: list[T][int, str]
except TypeError as e: print(e)
class C[X]: pass
X = C.__type_params__[0]
print(collections.abc.Iterable[T][int], Callable[[T], S][int, str], dict[str, T] | None)


class Named:
    @property
    def __name__(self):
        return 'instance name'

    __qualname__ = 'not the class qualname'


print(Named.__name__, Named().__name__, Named.__qualname__, Named.__mro__, Named.__bases__)
