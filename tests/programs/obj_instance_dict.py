# Instance and class attributes, __dict__, vars(), shadowing and dynamic attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, 2)
print(p.__dict__, vars(p) is p.__dict__)
p.z = 3
print(p.__dict__)
p.__dict__["w"] = 4
print(p.w)
print(p.dims, Point.dims, "dims" in p.__dict__)
p.dims = 3
print(p.dims, Point.dims, p.__dict__["dims"])
del p.dims
print(p.dims)
Point.dims = 5
print(Point(0, 0).dims)
print(type(Point.__dict__).__name__, "dims" in Point.__dict__, "__init__" in Point.__dict__)
try:
    Point.__dict__["dims"] = 1
except TypeError as e:
    print(type(e).__name__, e)
p.__dict__ = {"x": 10, "y": 20}
print(p)
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
setattr(p, "name with space", 1)
print(getattr(p, "name with space"), sorted(vars(p)))
print(getattr(p, "missing", "default"), hasattr(p, "x"), hasattr(p, "nope"))
delattr(p, "x")
print(hasattr(p, "x"))
try:
    getattr(p, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)


class Shared:
    items = []

    def add(self, v):
        self.items.append(v)


s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
