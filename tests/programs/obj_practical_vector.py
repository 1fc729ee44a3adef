# A practical value class: Vector with operators, equality, hashing, iteration and formatting.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

    def __iter__(self):
        yield self.x
        yield self.y

    def __eq__(self, other):
        return isinstance(other, Vector) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __lt__(self, other):
        return abs(self) < abs(other)


v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * w, v * w, -v, abs(v), bool(Vector()), bool(w))
print(f"{v:.2f}", f"{w:>4}", format(v, "+"))
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}), sorted([v, w, Vector(0, 1)]))
x, y = v
print(x, y, list(w), max(v, w), min([v, w]))
total = sum([v, w], Vector())
print(total)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
