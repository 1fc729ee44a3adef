# classmethod and staticmethod: binding, alternative constructors, inheritance.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"), MyDate.from_string("2000-01-01"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.count, MyDate.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
bound = Date.from_string
print(type(bound).__name__, bound.__self__ is Date, bound.__func__.__name__)
print(MyDate.from_string.__self__.__name__)
print(Date.is_leap is Date.__dict__["is_leap"].__func__)
sm = staticmethod(len)
print(sm("abc"), callable(sm))
cm = classmethod(lambda cls: cls.__name__)


class Holder:
    name_of = cm


print(Holder.name_of(), Holder().name_of())


class Counter:
    _instances = []

    @classmethod
    def create(cls):
        obj = cls()
        cls._instances.append(obj)
        return obj

    @classmethod
    def total(cls):
        return len(cls._instances)


Counter.create()
Counter.create()
print(Counter.total())
print(Date.is_leap.__name__, Date.from_string.__qualname__)
