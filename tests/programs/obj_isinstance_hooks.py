# isinstance/issubclass with tuples, nested tuples, and __instancecheck__/__subclasscheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(5, Duck))
print(issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))  # exact type match short-circuits the hook
print(isinstance(3, (str, (list, int))), isinstance("s", ()), issubclass(bool, (int,)))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 5))
    print("first match wins before the bad entry")
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, str | int), type(int | None).__name__)


class FakeClass:
    def __init__(self):
        self.__class__ = Robot if False else type(self)


class Proxy:
    @property
    def __class__(self):
        return Robot


p = Proxy()
print(type(p).__name__, p.__class__.__name__, isinstance(p, Robot), isinstance(p, Proxy))
