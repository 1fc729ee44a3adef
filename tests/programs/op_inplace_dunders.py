# In-place operators: __iadd__ and friends, fallback to __add__ and to reflected methods.
class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))

    def __isub__(self, other):
        print("  __isub__ returns NotImplemented")
        return NotImplemented

    def __sub__(self, other):
        print("  __sub__")
        return Acc(x for x in self.items if x not in other)

    def __imul__(self, n):
        print("  __imul__ returns a new object")
        return "replaced by imul"

    def __repr__(self):
        return "Acc(%r)" % self.items


a = Acc([1, 2])
alias = a
a += [3]
print(a, a is alias)
a = a + [4]
print(a, a is alias)
a -= [1]
print(a)
a *= 2
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)

    def __repr__(self):
        return "OnlyAdd(%r)" % self.v


x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)


class Reflected:
    def __radd__(self, other):
        return "radd with %r" % (other,)


z = 10
z += Reflected()
print(z)

names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift",
         "irshift", "iand", "ixor", "ior"]


class All:
    pass


for n in names:
    setattr(All, "__%s__" % n, (lambda n: lambda self, other: "%s(%r)" % (n, other))(n))
results = []
for stmt in ["v += 1", "v -= 1", "v *= 1", "v @= 1", "v /= 1", "v //= 1", "v %= 1", "v **= 1",
             "v <<= 1", "v >>= 1", "v &= 1", "v ^= 1", "v |= 1"]:
    ns = {"v": All()}
    exec(stmt, ns)
    results.append(ns["v"])
print(results)

try:
    q = object()
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "str"
    s -= "s"
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
lst += (2, 3)
print(lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
