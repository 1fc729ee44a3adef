# dir() of user classes and instances (sorted), vars() of classes and instances.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

    def child_method(self):
        pass


def public(names):
    return [n for n in names if not n.startswith("__")]


print(public(dir(Child)))
print(public(dir(Child())))
print(dir(Child()) == sorted(dir(Child())))
print(sorted(vars(Child())))
print(public(sorted(vars(Child))))
print("__init__" in dir(Child), "__dict__" in dir(Child()), "__class__" in dir(Child()))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


print(dir(Custom()))


class Slotted:
    __slots__ = ("a", "b")


print(public(dir(Slotted())))
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)


def fn():
    local_a = 1
    local_b = 2
    return dir()


print(fn())


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    pass


print("meta_method" in dir(WithMeta), hasattr(WithMeta, "meta_method"), hasattr(WithMeta(), "meta_method"))
print(public(dir(Base)))
