# Cooperative __init__ with super() and **kwargs through a diamond of mixins.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError("unused arguments: %s" % sorted(kwargs))
        print("  Base.__init__")


class Named(Base):
    def __init__(self, name, **kwargs):
        print("  Named.__init__", name)
        self.name = name
        super().__init__(**kwargs)


class Sized(Base):
    def __init__(self, size=0, **kwargs):
        print("  Sized.__init__", size)
        self.size = size
        super().__init__(**kwargs)


class Item(Named, Sized):
    def __init__(self, **kwargs):
        print("  Item.__init__")
        super().__init__(**kwargs)

    def __repr__(self):
        return "Item(%r, %r)" % (self.name, self.size)


print([c.__name__ for c in Item.__mro__])
print(Item(name="box", size=3))
print(Item(name="bag"))
try:
    Item(name="x", colour="red")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item(size=1)
except TypeError as e:
    print(type(e).__name__, e)


class LoggingMixin:
    def log(self, msg):
        return "[%s] %s" % (type(self).__name__, msg)


class Service(LoggingMixin, Named):
    pass


s = Service(name="svc")
print(s.log("started"), s.name)
