# Property getters and setters, and __init__ of a called class, run as frames of their own in
# the eval loop: results, errors, tracebacks and recursion must be as when they are called.
import sys


class Point:
    def __init__(self, x, y=0, *, scale=1):
        self.x = x * scale
        self.y = y * scale

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def x2(self):
        return self._x2

    @x2.setter
    def x2(self, value):
        self._x2 = value * 2
        return "ignored"


p = Point(3, -4)
print(p.x, p.y, p.norm1)
print(Point(1, scale=10).x, Point(x=2, y=3).y, Point(*[5, 6]).norm1, Point(**{"x": 7}).x)
p.x2 = 21
print(p.x2, p.__dict__)
try:
    Point(1).x2
except AttributeError as e:
    print("AttributeError:", e)


class WithGetattr:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback for " + name


print(WithGetattr().broken)


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Args:
    def __init__(self, a, b):
        pass


for call in (lambda: Args(1), lambda: Args(1, 2, 3), lambda: Args(1, c=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Deep:
    @property
    def down(self):
        return self.down


try:
    Deep().down
except RecursionError as e:
    print("RecursionError:", e)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


limit = sys.getrecursionlimit()
sys.setrecursionlimit(120)  # the WebAssembly oracle's C stack is small
try:
    Node(10**6)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(limit)
print(Node(50).child.child is not None)


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1
        self.n = Counted.made

    def __del__(self):
        print("del", self.n)


Counted()
c = Counted()
print("made", Counted.made)
del c


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class ViaMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(ViaMeta(5).v)


class WithNew:
    def __new__(cls, v):
        print("__new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(WithNew(6).v)


def gen_init(self):
    yield 1


class GenInit:
    __init__ = gen_init


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    @property
    def value(self):
        return 1 / 0

    @value.setter
    def value(self, v):
        raise ValueError(v)


try:
    Raises().value = 3
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
r = Raises()
r.value
