# The __class__ cell: zero-argument super() and explicit __class__ references.
class Base:
    def who(self):
        return "Base"


class Child(Base):
    def who(self):
        return "Child>" + super().who()

    def cls(self):
        return __class__

    @classmethod
    def from_cm(cls):
        return __class__.__name__, cls.__name__

    @staticmethod
    def from_static():
        return __class__.__name__


class GrandChild(Child):
    def who(self):
        return "GrandChild>" + super().who()


print(GrandChild().who())
print(GrandChild().cls().__name__)
print(GrandChild.from_cm(), Child.from_static())
print(Child.cls.__code__.co_freevars)


# A method defined outside and attached later has no __class__ cell.
def outside(self):
    return super().who()


Child.outside = outside
try:
    Child().outside()
except RuntimeError as e:
    print(type(e).__name__, e)


class UsesSuperNoArgsInNested(Base):
    def who(self):
        def inner():
            return __class__.__name__
        return inner()


print(UsesSuperNoArgsInNested().who())


# super() in a comprehension works in 3.12 (inlined comprehension).
class Comp(Base):
    def who(self):
        return [super().who() for _ in range(2)]


print(Comp().who())


# The class body's __classcell__ is consumed; the cell points to the final class.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("  __classcell__ in namespace:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)


class WithCell(metaclass=Meta):
    def f(self):
        return __class__


print(WithCell().f() is WithCell)
