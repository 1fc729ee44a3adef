# super(): zero-argument and two-argument forms, in classmethods, with properties, errors.
class Base:
    greeting = "base greeting"

    def __init__(self):
        self.log = ["Base.__init__"]

    def hello(self):
        return "Base.hello"

    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__

    @property
    def prop(self):
        return "Base.prop"


class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid.__init__")

    def hello(self):
        return "Mid.hello>" + super().hello()

    @classmethod
    def make(cls):
        return "Mid.make>" + super().make()

    @property
    def prop(self):
        return "Mid.prop>" + super().prop


class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf.__init__")

    def hello(self):
        return "Leaf.hello>" + super(Mid, self).hello()  # skips Mid


leaf = Leaf()
print(leaf.log)
print(leaf.hello())
print(Leaf.make())
print(leaf.prop)
print(super(Leaf, leaf).greeting)
s = super(Mid, leaf)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is leaf)
print(super(Leaf, Leaf).make())
try:
    super(Leaf, Base())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(Base, leaf).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super().hello()
except RuntimeError as e:
    print(type(e).__name__, e)


def no_args_in_function():
    return super()


try:
    no_args_in_function()
except RuntimeError as e:
    print(type(e).__name__, e)


# Cooperative multiple inheritance
class Root:
    def chain(self):
        return ["Root"]


class Left(Root):
    def chain(self):
        return ["Left"] + super().chain()


class Right(Root):
    def chain(self):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def chain(self):
        return ["Bottom"] + super().chain()


print(Bottom().chain())
print(super(Left, Bottom()).chain())
