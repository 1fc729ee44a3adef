# __slots__: no __dict__, AttributeError messages, inheritance, __dict__ in slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__)


class Child(P):
    pass


c = Child(5)
c.extra = "child has a __dict__"
print(c.extra, c.__dict__)


class SlotChild(P):
    __slots__ = ("z",)


sc = SlotChild(1)
sc.z = 9
print(sc.x, sc.z, hasattr(sc, "__dict__"))
try:
    sc.w = 0
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class ClassAttrConflict:
    __slots__ = ("v",)
    other = "class attribute"


ca = ClassAttrConflict()
try:
    ca.other = "x"
except AttributeError as e:
    print(type(e).__name__, e)

try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)


class StrSlot:
    __slots__ = "single"


s = StrSlot()
s.single = "one"
print(s.single, StrSlot.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
