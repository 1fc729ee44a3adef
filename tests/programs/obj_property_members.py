# property's fget, fset and fdel are read-only attributes that dir() lists;
# __isabstractmethod__ says whether an accessor is abstract.
import abc

p = property(lambda s: 1)
for name in ("fget", "fset", "fdel", "__isabstractmethod__"):
    try:
        setattr(p, name, 42)
    except AttributeError as e:
        print("set", name, "AttributeError", e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print("del", name, "AttributeError", e)
print(p.__isabstractmethod__, p.fset, p.fdel, p.fget(None))
print([a for a in dir(p) if not a.startswith("__")], "__doc__" in dir(p))
print(property(abc.abstractmethod(lambda s: 1)).__isabstractmethod__)
print(property(None, abc.abstractmethod(lambda s, v: 1)).__isabstractmethod__)


class Sub(property):
    pass


r = Sub(lambda s: 2)
print(r.fget(None), r.__isabstractmethod__, [a for a in dir(r) if a.startswith("f")])
p.__doc__ = 42
print(p.__doc__)


class Abstract(abc.ABC):
    @property
    @abc.abstractmethod
    def x(self):
        pass


try:
    Abstract()
except TypeError as e:
    print("TypeError", e)


class D:
    __getitem__ = property(lambda s: 1 / 0)


try:
    for i in D():
        pass
except ZeroDivisionError:
    print("ZeroDivisionError")
