# Instance attributes: kept without a dict until one is needed (a shape shared by the class's
# instances), with exactly the behaviour of a dict either way.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


points = [Point(i, -i) for i in range(5)]
print([p.norm() for p in points], points[3].x, points[3].y)

# Another order than the shape's, an extra attribute, a missing one.
p = Point.__new__(Point)
p.y = 1
p.x = 2
print(vars(p), p.norm())
q = Point(1, 2)
q.z = 3
print(q.__dict__)
r = Point.__new__(Point)
print(r.__dict__, hasattr(r, "x"))
r.x = 5
print(r.__dict__)

# The dict, once asked for, is the instance's for good: the same object, changes show.
d = points[0].__dict__
print(d is points[0].__dict__)
d["x"] = 100
d["extra"] = "e"
print(points[0].x, points[0].extra, points[0].norm())
points[0].y = 7
print(d)

# Deleting: the attribute is gone, the others keep their order; deleting twice fails.
s = Point(1, 2)
del s.x
print(s.__dict__, hasattr(s, "x"))
try:
    del s.x
except AttributeError as e:
    print("AttributeError:", e)
t = Point(3, 4)
try:
    del t.w
except AttributeError as e:
    print("AttributeError:", e)
print(t.__dict__)

# An instance attribute shadows a method of the class, and stops shadowing when deleted.
u = Point(1, 1)
u.norm = lambda: "shadowed"
print(u.norm())
del u.norm
print(u.norm())

# Names made at run time (equal text, another object), and many attributes.
v = Point(0, 0)
setattr(v, "".join(["na", "me"]), 1)
print(v.name, getattr(v, "name"), v.__dict__)


class Wide:
    pass


w = Wide()
for i in range(40):
    setattr(w, "a%d" % i, i)
print(len(vars(w)), w.a0, w.a39, list(vars(w))[:3])
w2 = Wide()
for i in range(40):
    setattr(w2, "a%d" % i, i * 2)
print(w2.a5, w2.a35)

# __slots__ beside a __dict__, subclasses, and __class__ assignment.
class Slotted:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


sl = Slotted()
print(sl.a, sl.b, sl.__dict__)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p3 = Point3(1, 2, 3)
print(p3.__dict__, p3.norm())
p3.__class__ = Point
print(type(p3).__name__, p3.__dict__)

# copy and __reduce_ex__ see the same attributes.
c = copy.copy(Point(5, 6))
print(c.__dict__, copy.deepcopy(Point([1], 2)).x)
state = Point(7, 8).__reduce_ex__(2)
print(state[0].__name__, state[2])

# __dict__ assignment replaces the attributes.
a = Point(1, 2)
a.__dict__ = {"k": 1}
print(a.__dict__, hasattr(a, "x"))
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

# An instance's attributes in dir(), and equality of objects with equal attributes.
print([n for n in dir(Point(1, 2)) if not n.startswith("__")])


# A method looked up through instances while the class's instances gain an attribute of the
# same name: each instance answers for itself.
class Greeter:
    def __init__(self, n):
        self.n = n

    def hello(self):
        return "method %d" % self.n


people = [Greeter(i) for i in range(4)]
out = []
for round_ in range(3):
    for p in people:
        out.append(p.hello())
    people[round_].hello = lambda r=round_: "own %d" % r
print(out)
print([p.hello() for p in people])
