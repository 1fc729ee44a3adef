# The typing aliases: reprs, subscription, origins and arguments, | interplay.
import collections.abc
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, List, Literal, Optional,
                    Set, Tuple, Type, Union, get_args, get_origin)

for alias in [List, Dict, Set, FrozenSet, Tuple, Type, Callable, typing.Iterable,
              typing.Iterator, typing.Sequence, typing.Mapping, typing.MutableMapping,
              typing.AbstractSet, typing.Hashable, typing.Sized, typing.Deque,
              typing.DefaultDict, typing.Counter, typing.ContextManager, typing.Generator,
              typing.Awaitable, typing.Coroutine, typing.Pattern]:
    print(repr(alias), get_origin(alias), get_args(alias))

cases = [
    List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str],
    Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int],
    Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int],
    Optional[Union[int, str]], Literal[1, 'a', None], Literal[True, 1], ClassVar[int],
    Final[List[int]], typing.Iterable[str], typing.Mapping[str, Any], Set['Foo'],
    list[int], dict[str, int] | None, int | str, typing.Pattern[str],
]
for c in cases:
    print(repr(c), get_origin(c), get_args(c))

print(Union[int, str] == Union[str, int], Union[int, str] == (int | str))
print(Optional[int] == Union[None, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(List[int] == List[int], List[int] == List[str], List[int] != list[int])
print(int | List[int], List[int] | None, None | Dict[str, int])
print(Any | int, Optional[int] | str)
print(isinstance([], List), issubclass(list, typing.Sequence), isinstance(3, Union[int, str]))
print(isinstance({}, typing.Mapping), issubclass(dict, typing.MutableMapping))

for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Union[()], lambda: Optional[int, str],
            lambda: isinstance([], List[int]), lambda: ClassVar[int, str], lambda: List(),
            lambda: isinstance(1, Any), lambda: Callable[int], lambda: Union[3]]:
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

print(List[int]([1, 2]) if False else typing.Deque[int]([1, 2]))
print(typing.Text is str, typing.AnyStr, typing.AnyStr.__constraints__)
print(Tuple[int, str].__args__, Callable[[int], str].__args__, Callable[..., str].__args__)
print(get_origin(Callable[[int], str]) is collections.abc.Callable)
