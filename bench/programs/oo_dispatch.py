# Object-oriented dispatch: a class hierarchy with overridden methods, super() calls, properties
# (with a setter), class attributes, small methods calling other small methods, and isinstance.


class Shape:
    sides = 0
    kind = "shape"

    def __init__(self, name):
        self.name = name
        self._scale = 1

    @property
    def scale(self):
        return self._scale

    @scale.setter
    def scale(self, value):
        self._scale = value

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def weight(self):
        return self.area() * 2 + self.perimeter() + self.sides

    def describe(self):
        return self.kind


class Rect(Shape):
    sides = 4
    kind = "rect"

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale

    def perimeter(self):
        return 2 * (self.w + self.h) * self.scale


class Square(Rect):
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name, side, side)

    @property
    def side(self):
        return self.w

    def perimeter(self):
        return 4 * self.side * self.scale


class Triangle(Shape):
    sides = 3
    kind = "triangle"

    def __init__(self, name, a, b, c):
        super().__init__(name)
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return (self.a + self.b + self.c) * self.scale

    def area(self):
        # An integer stand-in for the area, to keep everything exact.
        return (self.a * self.b) // 2 * self.scale


class Circle(Shape):
    kind = "circle"

    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return 3 * self.r * self.r * self.scale

    def perimeter(self):
        return 6 * self.r * self.scale

    def describe(self):
        return "round " + super().describe()


class Counter:
    def __init__(self):
        self.counts = {}
        self.total = 0

    def add(self, shape):
        key = shape.describe()
        self.counts[key] = self.counts.get(key, 0) + 1
        self.total += shape.weight()


def make_shapes(n):
    shapes = []
    for i in range(n):
        k = i % 4
        if k == 0:
            shapes.append(Rect("r", i % 7 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square("s", i % 9 + 1))
        elif k == 2:
            shapes.append(Triangle("t", i % 3 + 3, i % 4 + 4, i % 5 + 5))
        else:
            shapes.append(Circle("c", i % 6 + 1))
    return shapes


def main():
    shapes = make_shapes(1000)
    counter = Counter()
    rects = 0
    for round_ in range(1050):
        for shape in shapes:
            shape.scale = round_ % 3 + 1
            counter.add(shape)
            if isinstance(shape, Rect):
                rects += 1
    print(counter.total, rects, sorted(counter.counts.items()))


main()
