# Class objects: __name__, __qualname__, __module__, __bases__, __doc__, __dict__ keys, type().
class Outer:
    """Outer doc."""

    class Inner:
        pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer().method().__qualname__)
print(Outer.__bases__, Outer.__base__, object.__bases__, object.__base__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print(sorted(k for k in Outer.__dict__ if k.startswith("__")))
print(type(Outer), type(Outer()), type(type), type(object))
print(type(Outer()).__name__, Outer().__class__ is Outer)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = "Q"
print(Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

Dyn = type("Dyn", (Outer.Inner,), {"x": 1, "hello": lambda self: "hi from Dyn"})
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn().hello(), Dyn.x, Dyn.__bases__[0].__name__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)


class Changed:
    pass


class Other:
    pass


obj = Changed()
obj.__class__ = Other
print(type(obj).__name__, isinstance(obj, Other))
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(int.__name__, int.__qualname__, int.__module__, type(None).__name__)
print(Outer.Inner.__doc__, Outer.__dict__["__doc__"])
print(Outer.__subclasses__(), len(Outer.Inner.__subclasses__()))
