# object.__dir__ takes the names of `__dict__` as attribute access gives it: a bound method
# lists its function's attributes; an AttributeError or a non-dict means none; another error
# propagates.
class F:
    def a(self):
        pass


F.a.known_attr = 7
print("known_attr" in dir(F().a), "known_attr" in dir(F.a))


class NoDict:
    @property
    def __dict__(self):
        raise AttributeError("none here")


print("__init__" in dir(NoDict()))


class NotADict:
    __dict__ = 5


print("__init__" in dir(NotADict()))


class Failing:
    @property
    def __dict__(self):
        raise RuntimeError("no")


try:
    dir(Failing())
except RuntimeError as e:
    print("RuntimeError:", e)
