# Class variables versus instance variables: shadowing, mutation, inheritance of class attributes.
class Base:
    count = 0
    shared = []
    label = "base"

    def __init__(self):
        Base.count += 1
        self.own = []

    def rename(self, new):
        self.label = new


class Child(Base):
    label = "child"


a, b = Base(), Base()
a.shared.append("a")
b.shared.append("b")
a.own.append("a")
print(Base.count, Base.shared, a.own, b.own)
a.rename("renamed a")
print(a.label, b.label, Base.label, Child.label, Child().label)
Base.label = "changed base"
print(b.label, Child.label, Base().label)
del Child.label
print(Child.label)
a.count = 100
print(a.count, Base.count, b.count)
Child.count = 50
print(Child.count, Base.count, Child().count, Base.count)


class Config:
    defaults = {"color": "red"}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults, **overrides)


print(Config().settings, Config(color="blue").settings, Config.defaults)
print(vars(a), "count" in vars(Base), "count" in vars(Child))
