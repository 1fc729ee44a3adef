# Protocol and runtime_checkable, the Supports* protocols.
from typing import (Iterable, Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt,
                    TypeVar, runtime_checkable)

T = TypeVar('T')


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class HasName(Protocol):
    name: str


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Resource:
    def close(self):
        print("closed")


class Person:
    def __init__(self):
        self.name = "Ann"

    def greet(self):
        return "hi"


print(isinstance(Resource(), Closable), isinstance(3, Closable), issubclass(Resource, Closable))
print(isinstance(Person(), Named), isinstance(Resource(), Named))
print(sorted(Named.__protocol_attrs__), sorted(Closable.__protocol_attrs__))
print(Closable._is_protocol, Closable._is_runtime_protocol, HasName._is_runtime_protocol)
for bad in [lambda: isinstance(Person(), HasName), lambda: issubclass(Person, Named),
            lambda: Closable(), lambda: runtime_checkable(Resource),
            lambda: issubclass(3, Closable)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class Impl(Closable):
    def __init__(self, x):
        self.x = x


i = Impl(4)
print(i.x, isinstance(i, Closable), Impl._is_protocol)


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


print(Box[int], Box.__parameters__, isinstance(IntBox(), Box))


class ExtendedIter(Iterable[T], Protocol):
    def extra(self): ...


print(ExtendedIter._is_protocol, sorted(ExtendedIter.__protocol_attrs__))
try:
    class Wrong(int, Protocol):
        pass
except TypeError as e:
    print(e)

print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.0, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex), isinstance(-1, SupportsAbs))
print(issubclass(float, SupportsInt), issubclass(str, SupportsAbs))


class NoClose:
    close = None


print(isinstance(NoClose(), Closable), issubclass(NoClose, Closable))
