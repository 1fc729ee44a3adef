# Metaclasses: __prepare__, __new__, __init__, __call__, keyword arguments, inheritance.
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  namespace set", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", mcls.__name__, name, [b.__name__ for b in bases], kwargs)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("__new__", name, type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.tag = kwargs.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("__call__", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        instance.created_by_meta = True
        return instance


class Thing(metaclass=Meta, tag="special"):
    x = 1

    def method(self):
        return "method"

    def __init__(self, v):
        print("  Thing.__init__", v)
        self.v = v


print(type(Thing).__name__, Thing.tag)
t = Thing(5)
print(t.v, t.created_by_meta)


class SubThing(Thing):
    y = 2


print(type(SubThing).__name__, SubThing.tag)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("  Config created once")


print(Config() is Config())


# A function as metaclass
def func_meta(name, bases, ns):
    ns["added"] = "by function"
    return type(name, bases, ns)


class FromFunc(metaclass=func_meta):
    pass


print(FromFunc.added, type(FromFunc).__name__)


# __call__ returning something else skips __init__
class Factory(type):
    def __call__(cls, *a):
        return "not an instance"


class Product(metaclass=Factory):
    def __init__(self):
        print("never")


print(Product())
print(isinstance(Thing, Meta), isinstance(Thing, type), Meta.__mro__[1].__name__)
