# Fast paths of builtins against their general behaviour: max/min over machine ints (ties keep
# the first item), mixed numbers and keys; str() of one argument of many kinds; integer
# formats in every radix.


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Named(" + self.name + ")"


class S(str):
    pass


print(max([3, 9, -2, 9, 4]), min([3, 9, -2, 9, 4]), max(5, 2), min(5, 2, -7))
a, b = 10**20, 10**20
print(max([1, True, 1.0]), min([1, True, 1.0]), max([2, 2.5, 2]), min([-1, -1.0]))
print(max([1, 2**70, -(2**70)]), min([1, 2**70, -(2**70)]), max([a, b]) is a)
print(max([], default="none"), min([7], key=lambda x: -x), max(["b", "abc", "ab"]), min("hello"))
print(max([(1, "b"), (1, "a")]), min(range(5, 0, -1)), max([False, 0]), min([0, False]))
try:
    max([1, "a"])
except TypeError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)

for value in [0, -5, 12345678901234567890, 1.5, -0.0, "text", S("sub"), b"by", None, True, [1, "2"], Named("n"), (1,)]:
    result = str(value)
    print(type(result).__name__, result)
print(repr(str()), str(b"abc", "ascii"), str(object="kw"), str(b"\xff", "latin-1"))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    str(b"x", encoding=5)
except TypeError as e:
    print(e)

for n in [0, 7, -7, 255, -256, 2**63 - 1, -(2**63), 2**64 + 3]:
    print(f"{n:b}|{n:o}|{n:x}|{n:X}|{n:#x}|{n:#o}|{n:d}|{n:,}|{n:_x}|{n:>8}|{n:+}|{n:010}", "%x %o %d" % (n, n, n))
