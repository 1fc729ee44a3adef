import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def name(self): ...

    @abstractmethod
    def make(self): ...

    def describe(self):
        return f'{self.name()} of area {self.area()}'


print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))


class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def name(self):
        return 'square'
    def make(self):
        return Square(2)


print(Square.__abstractmethods__, Square(1).make().describe())


class Partial(Shape):
    def area(self):
        return 0

print(sorted(Partial.__abstractmethods__))
print(getattr(Shape.area, '__isabstractmethod__', False), Square.area.__dict__.get('__isabstractmethod__'))


# register: virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...


class Canvas:
    def draw(self):
        return 'drawn'


print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable))
returned = Drawable.register(Canvas)
print(returned is Canvas, issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable))
print(Drawable in Canvas.__mro__)


class SubCanvas(Canvas):
    pass


print(issubclass(SubCanvas, Drawable))


@Drawable.register
class Decorated:
    pass


print(issubclass(Decorated, Drawable), issubclass(int, Drawable))
try:
    Drawable.register(1)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, Drawable)
except TypeError as e:
    print('TypeError', e)


class Child(Drawable):
    def draw(self):
        pass


try:
    Child.register(Drawable)
except RuntimeError as e:
    print('RuntimeError', e)
print(Drawable.register(Child) is Child)


# __subclasshook__
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance('s', Sized2), isinstance(3, Sized2))


class Vetoed(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Inheritor(Vetoed):
    pass


print(issubclass(Inheritor, Vetoed), isinstance(Inheritor(), Vetoed))

# cache token changes with registrations
token = abc.get_cache_token()
class Fresh(ABC):
    pass
print(abc.get_cache_token() == token)
Fresh.register(dict)
print(abc.get_cache_token() != token, issubclass(dict, Fresh), isinstance({}, Fresh))

# negative results are cached, then invalidated by a registration
class Lazy(ABC):
    pass
class Later:
    pass
print(issubclass(Later, Lazy))
Lazy.register(Later)
print(issubclass(Later, Lazy))

# the __subclasshook__ is consulted once per class: answers are cached
calls = []
class Counting(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        return True
for _ in range(3):
    isinstance(1, Counting)
    issubclass(str, Counting)
print(calls)

# metaclass=ABCMeta directly
class Old(metaclass=ABCMeta):
    @abstractmethod
    def p(self): ...
print(sorted(Old.__abstractmethods__))

# update_abstractmethods
class Later2(ABC):
    @abstractmethod
    def f(self): ...
class Impl(Later2):
    pass
print(sorted(Impl.__abstractmethods__))
Impl.f = lambda self: 1
print(sorted(abc.update_abstractmethods(Impl).__abstractmethods__))
Impl.g = abstractmethod(lambda self: 2)
print(sorted(abc.update_abstractmethods(Impl).__abstractmethods__))
class NotAbc:
    pass
print(abc.update_abstractmethods(NotAbc) is NotAbc)

print(ABC.__slots__, Shape.__mro__[-2:])
