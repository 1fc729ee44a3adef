# Builtin types all have a `__doc__` their instances show; `del obj.__dict__`; `type()` leaves
# the namespace it is given alone; a comparison method whose descriptor fails counts as none.

# Types CPython 3.12 gives no docstring: their instances' `__doc__` is None, not an error.
for value in [None, NotImplemented, Ellipsis, iter([]), iter(range(3)), {}.keys(), (x for x in ())]:
    print(type(value).__name__, value.__doc__, "__doc__" in type(value).__dict__)
print("__doc__" in dir(1), "__doc__" in dir(property), "__doc__" in dir(None))
print(staticmethod(None).__dict__, classmethod(None).__dict__)


class Plain:
    pass


class Sub(int):
    pass


print(Plain.__doc__, Plain().__doc__, Sub.__doc__, Sub(2).__doc__)

# Deleting an instance's __dict__ leaves it an empty one.
a = Plain()
a.x = 1
del a.__dict__
print(a.__dict__, hasattr(a, "x"))
a.y = 2
print(a.__dict__)
try:
    a.__dict__ = None
except TypeError as e:
    print("TypeError", e)

# type(name, bases, ns) takes __qualname__ out of the class's dict, not out of ns.
ns = {"__qualname__": "some.name", "attr": 1}
cls = type("Foo", (), ns)
print(cls.__qualname__, "__qualname__" in cls.__dict__, ns)
try:
    type("Foo", (), {"__qualname__": 1})
except TypeError as e:
    print("TypeError", e)


# A comparison method whose __get__ fails is no method: NotImplemented, then identity.
def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)
    __lt__ = property(booh)


e = E()
print(E() == E(), e == e, e != e, E() != E())
try:
    E() < E()
except TypeError as x:
    print("TypeError", x)


class F:
    @property
    def __eq__(self):
        raise ValueError("any error")


print(F() == 1, 1 == F())


class G:
    @property
    def __eq__(self):
        return lambda other: ("eq from a property", other)


print(G() == 1)
