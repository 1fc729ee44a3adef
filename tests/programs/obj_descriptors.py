# Custom descriptors: __get__, __set__, __delete__, __set_name__, access through class and instance.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor %s on %s" % (self.name, objtype.__name__)
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("  deleting", self.name)
        delattr(obj, self.private)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
print(Person.name)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(hasattr(p, "_age"))


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value  # non-data descriptor: cached in the instance
        return value


class Data:
    @Lazy
    def expensive(self):
        print("  computing")
        return 42


d = Data()
print(d.expensive, d.expensive, type(Data.expensive).__name__)


class Late:
    pass


t = Typed(int)
Late.attr = t  # __set_name__ is not called when assigned after class creation
try:
    Late().attr
except AttributeError as e:
    print(type(e).__name__, e)
t.__set_name__(Late, "attr")
lt = Late()
lt.attr = 5
print(lt.attr)


class GetOnly:
    def __get__(self, obj, cls):
        return ("get", obj is None, cls.__name__)


class UsesGetOnly:
    g = GetOnly()


print(UsesGetOnly.g, UsesGetOnly().g)


# Descriptors on the metaclass
class MetaDesc(type):
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__


class WithMeta(metaclass=MetaDesc):
    pass


print(WithMeta.meta_prop, hasattr(WithMeta(), "meta_prop"))
