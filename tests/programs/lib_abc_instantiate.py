from abc import ABC, abstractmethod


class Base(ABC):
    @abstractmethod
    def f(self): ...

    @abstractmethod
    def g(self): ...


class One(Base):
    def f(self):
        return 1


class Both(One):
    def g(self):
        return 2


for cls in (Base, One, Both):
    try:
        obj = cls()
        print(cls.__name__, 'created', obj.f(), obj.g())
    except TypeError as e:
        print(cls.__name__, 'TypeError', e)


class Manual:
    pass

Manual.__abstractmethods__ = frozenset({'x'})
try:
    Manual()
except TypeError as e:
    print('TypeError', e)
Manual.__abstractmethods__ = frozenset()
print(type(Manual()).__name__)


# Abstract members behind descriptors: property, classmethod and staticmethod report the
# __isabstractmethod__ of the functions they wrap.
import abc


class Described(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...

    @abc.abstractproperty
    def old_style(self): ...


print(sorted(Described.__abstractmethods__))
print(property(abstractmethod(lambda self: 1)).__isabstractmethod__,
      classmethod(abstractmethod(lambda cls: 1)).__isabstractmethod__,
      property(lambda self: 1).__isabstractmethod__)
