# The class body's __class__ cell: type.__new__ fills it from __classcell__ before the MRO is
# computed, and __build_class__ checks that a metaclass passed it on to the right class.
test_class = None


class Meta(type):
    def mro(cls):
        cls.__dict__["f"]()
        return super().mro()


class A(metaclass=Meta):
    def f():
        global test_class
        test_class = __class__


print(test_class is A)


class Dropping(type):
    def __new__(mcs, name, bases, namespace):
        namespace.pop("__classcell__", None)
        return super().__new__(mcs, name, bases, namespace)


class Fine(metaclass=Dropping):
    pass


try:
    class Broken(metaclass=Dropping):
        def f(self):
            return __class__
except RuntimeError as err:
    print("RuntimeError:", str(err).replace(__name__, "M"))


class Elsewhere(type):
    def __new__(mcs, name, bases, namespace):
        made = super().__new__(mcs, name, bases, namespace)
        type("B", (), namespace)
        return made


try:
    class Wrong(metaclass=Elsewhere):
        def f(self):
            return __class__
except TypeError as err:
    print("TypeError:", str(err).replace(__name__, "M"))


class NotAType(type):
    def __new__(mcs, name, bases, namespace):
        namespace.pop("__classcell__", None)
        return 42


class Odd(metaclass=NotAType):
    def f(self):
        return __class__


print(Odd)


class Normal:
    def where(self):
        return __class__


print(Normal().where() is Normal, "__classcell__" in Normal.__dict__)
