# Subclassing builtin types: overrides seen by operators and by other methods (or not).
class MyList(list):
    def append(self, v):
        super().append(v * 10)

    def __repr__(self):
        return "MyList" + super().__repr__()


m = MyList([1])
m.append(2)
m.extend([3])  # extend does not call append
m += [4]
print(m, len(m), type(m + [5]).__name__, type(m[:1]).__name__)


class CIDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


c = CIDict()
c["Key"] = 1
print(c["KEY"], c, c.get("KEY"), dict(c))
c2 = CIDict(Mixed=2)  # the constructor does not go through __setitem__
print(c2)


class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))

    def __str__(self):
        return "%.1f C" % self


t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, isinstance(t, float))


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Upper("hi")
print(u, u.shout(), type(u.lower()).__name__, u == "HI", len(u))


class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd: %d" % v)
        return super().__new__(cls, v)


print(Even(4) + 1, type(Even(4) + 1).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), hash(p) == hash((3, 4)))


class Flag(int):
    pass


print(Flag(5) == 5, Flag(True), repr(Flag(7)), str(Flag(3)))
