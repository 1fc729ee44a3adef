# NamedTuple, TypedDict, NewType, get_type_hints and the small helpers.
import sys
import typing
from typing import (Annotated, ClassVar, Final, ForwardRef, Generic, List, NamedTuple,
                    NewType, NotRequired, Optional, Required, TypedDict, TypeVar, cast,
                    get_args, get_origin, get_type_hints, overload, get_overloads)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__)
print(isinstance(p, tuple), p._replace(y=1), p._asdict(), Point.__mro__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp.__orig_bases__[0] is NamedTuple)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'x'))
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print(e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float
    title: Required[str]


class Sub(Movie):
    extra: NotRequired[bool]


m = Movie(title="x", year=1)
print(m, type(m), Movie.__total__, sorted(Movie.__required_keys__), Movie.__mro__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__), list(Sub.__annotations__))
Func = TypedDict('Func', {'a': int, 'b': str}, total=False)
print(Func.__annotations__, sorted(Func.__optional_keys__), typing.is_typeddict(Func),
      typing.is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class X(UserId):
        pass
except TypeError as e:
    print(e)

T = TypeVar('T')


class Node(Generic[T]):
    value: T
    children: 'List[Node[T]]'
    count: ClassVar[int] = 0
    limit: Final = 3


def f(a: int, b: 'Optional[str]' = None, *args: 'int', c: Annotated[int, 'meta'] = 1) -> 'Node[int]':
    pass


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)['c'])
print(get_type_hints(Node, globals()))
print(get_type_hints(Point), get_type_hints(Movie))
print(get_type_hints(len) if False else get_type_hints(print))
A = Annotated[int, 'a', 'b']
print(A, A.__metadata__, A.__origin__, get_origin(A), get_args(A), Annotated[A, 'c'])
print(ForwardRef('int'), ForwardRef('int') == ForwardRef('int'), cast(int, 'x'), cast('int', 3))


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(2), len(get_overloads(g)), [o.__annotations__ for o in get_overloads(g)])
typing.clear_overloads()
print(get_overloads(g))


@typing.final
class Leaf:
    @typing.final
    def m(self):
        pass

    @typing.override
    def __repr__(self):
        return 'Leaf'


print(Leaf.__final__, Leaf.m.__final__, Leaf.__repr__.__override__)
try:
    typing.assert_never(3)
except AssertionError as e:
    print(e)
print(typing.reveal_type(5))
print(typing.assert_type(3, int), typing.TYPE_CHECKING)


@typing.no_type_check
def h(x: 'undefined name') -> 'nothing':
    pass


print(h.__no_type_check__, get_type_hints(h))


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.IO[str], typing.TextIO.__mro__, typing.BinaryIO.__parameters__, typing.IO.__parameters__)
for name in ['Self', 'Never', 'NoReturn', 'LiteralString', 'TypeAlias', 'Unpack', 'Required',
             'TypeGuard', 'Concatenate', 'Literal', 'Final', 'ClassVar']:
    form = getattr(typing, name)
    print(form, form._name if hasattr(form, '_name') else '')
print(typing.TypeGuard[int], typing.Self.__name__)
try:
    typing.Self[int]
except TypeError as e:
    print(e)
