# match: class patterns with __match_args__, keyword patterns, builtins' self-matching.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return "3d on plane at %r,%r" % (x, y)
        case Point(0, y):
            return "on y axis at %r" % (y,)
        case Point(x=0):
            return "x is zero (keyword)"
        case Point(x, y=0):
            return "on x axis at %r" % (x,)
        case Point(x=xx, y=yy) if xx == yy:
            return "diagonal %r" % (xx,)
        case Point():
            return "some point %r" % (p,)
        case int(n) | float(n):
            return "number %r" % (n,)
        case str(s):
            return "string %r" % (s,)
        case list([int(), *_]) as lst:
            return "int list %r" % (lst,)
        case dict(a=1):
            return "dict with attribute a?"
        case bool(b):
            return "bool %r" % (b,)
    return "unknown"


for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(0, 2, 3), 5, 2.5, True, "s", [1, 2], ["a"], {"a": 1}, None]:
    print(repr(v), "->", where(v))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)


class TooFew:
    __match_args__ = ("a",)
    a = 1


try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)


class BadArgs:
    __match_args__ = ["a"]


try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match 1:
        case int(x, y):
            pass
except TypeError as e:
    print(type(e).__name__, e)

notaclass = len
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print(type(e).__name__, e)


class Dup:
    __match_args__ = ("a",)
    a = 1


try:
    match Dup():
        case Dup(x, a=y):
            pass
except TypeError as e:
    print(type(e).__name__, e)

