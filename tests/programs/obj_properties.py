# property: getter, setter, deleter, read-only errors, docstrings, property in subclasses.
class Celsius:
    def __init__(self, t):
        self._t = t

    @property
    def temp(self):
        "The temperature."
        print("  get")
        return self._t

    @temp.setter
    def temp(self, value):
        print("  set", value)
        if value < -273.15:
            raise ValueError("too cold")
        self._t = value

    @temp.deleter
    def temp(self):
        print("  delete")
        del self._t

    @property
    def fahrenheit(self):
        return self._t * 9 / 5 + 32


c = Celsius(20)
print(c.temp)
c.temp = 25
print(c.temp, c.fahrenheit)
try:
    c.temp = -300
except ValueError as e:
    print(type(e).__name__, e)
del c.temp
try:
    c.temp
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Celsius.temp.__doc__, type(Celsius.temp).__name__)
print(Celsius.temp.fget.__name__, Celsius.fahrenheit.fset)


class Legacy:
    def _get(self):
        return "legacy value"

    def _set(self, v):
        self.stored = v

    value = property(_get, _set, None, "legacy doc")


l = Legacy()
l.value = 3
print(l.value, l.stored, Legacy.value.__doc__)


class Base:
    @property
    def name(self):
        return "base"


class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived from " + super().name


print(Derived().name, Base().name)


class InstanceShadow:
    @property
    def p(self):
        return "property wins"


s = InstanceShadow()
s.__dict__["p"] = "instance dict"
print(s.p)


class Raises:
    @property
    def broken(self):
        raise AttributeError("inner attribute error")

    def __getattr__(self, name):
        return "__getattr__ fallback for " + name


print(Raises().broken)
