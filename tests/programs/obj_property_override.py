# Overriding parts of a property in subclasses: getter, setter and deleter built from the base one.
class Base:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("  Base setter", value)
        self._v = value


class Clamped(Base):
    @Base.v.setter
    def v(self, value):
        print("  Clamped setter", value)
        Base.v.fset(self, max(0, min(10, value)))


class Doubled(Base):
    @property
    def v(self):
        return super().v * 2


class WithDeleter(Base):
    @Base.v.deleter
    def v(self):
        print("  deleter")
        self._v = None


c = Clamped()
c.v = 50
print(c.v)
c.v = -5
print(c.v, Clamped.v.fget is Base.v.fget, Clamped.v is not Base.v)
d = Doubled()
d._v = 4
print(d.v)
try:
    d.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
w = WithDeleter()
w.v = 3
del w.v
print(w.v)
try:
    del Base().v
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Base.__dict__["v"]).__name__, Base.v.fdel, WithDeleter.v.fdel.__name__)
p = property()
try:
    p.__get__(object())
except AttributeError as e:
    print(type(e).__name__, e)
