# __init_subclass__: hooks with keyword arguments, registries, and errors for unknown kwargs.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "for", cls.__name__)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.registry))
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Strict:
    pass


try:
    class Bad(Strict, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Counted:
    subclasses = 0

    def __init_subclass__(cls, **kwargs):
        Counted.subclasses += 1
        cls.depth = len(cls.__mro__) - 2


class L1(Counted):
    pass


class L2(L1):
    pass


print(Counted.subclasses, L1.depth, L2.depth)


class RequiresAttr:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " must define 'required'")


class Good(RequiresAttr):
    required = True


try:
    class Missing(RequiresAttr):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.required)
