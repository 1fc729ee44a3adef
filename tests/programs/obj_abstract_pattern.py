# Abstract-method pattern without modules: NotImplementedError, template methods, registries.
class Shape:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Broken(Shape):
    pass


print(Shape.registry)
for s in (Square(2), Circle(1), Broken()):
    try:
        print(s.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(isinstance(NotImplementedError(), RuntimeError), NotImplemented is not NotImplementedError)
print(sorted((s.area(), type(s).__name__) for s in (Square(3), Circle(2), Square(1))))
