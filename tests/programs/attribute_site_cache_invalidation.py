# LOAD_ATTR's per-instruction cache (site_cache) must notice every change that makes its
# answer stale: class attributes replaced or deleted, base classes changed, instance
# attributes shadowing class ones, instances growing a dict, __class__ assignment, module
# attributes, and sites that see several classes in turn.
import sys
import types


class Base:
    kind = "base"

    def method(self):
        return "Base.method"


class Child(Base):
    def __init__(self, x):
        self.x = x
        self.y = x * 2


def read_x(obj):
    return obj.x


def read_kind(obj):
    return obj.kind


def call_method(obj):
    return obj.method()


def run(fn, obj, times=3):
    return [fn(obj) for _ in range(times)]


c = Child(1)
print(run(read_x, c), run(read_kind, c), run(call_method, c))

# A class attribute replaced on the base, then on the class itself, then deleted.
Base.kind = "base2"
print(run(read_kind, c))
Child.kind = "child"
print(run(read_kind, c))
del Child.kind
print(run(read_kind, c))

# A method replaced on the base and on the class; then shadowed by an instance attribute.
Base.method = lambda self: "new Base.method"
print(run(call_method, c))
Child.method = lambda self: "Child.method"
print(run(call_method, c))
c.method = lambda: "instance attribute"
print(run(call_method, c))
d = Child(2)
print(run(call_method, d))

# A plain class attribute shadowed by an instance attribute set later.
e = Child(3)
print(run(read_kind, e))
e.kind = "own"
print(run(read_kind, e))

# An instance that moves to a dict of its own, and one that loses the attribute.
f = Child(4)
print(run(read_x, f))
f.__dict__["x"] = 40
print(run(read_x, f))
del f.x
try:
    read_x(f)
except AttributeError as exc:
    print("AttributeError:", exc)
g = Child(5)
print(run(read_x, g))
del g.y
print(run(read_x, g))

# A data descriptor added to the class after the site cached an instance attribute.
h = Child(6)
print(run(read_x, h))
Child.x = property(lambda self: "property wins")
print(run(read_x, h))
del Child.x
print(run(read_x, h))


# __class__ assignment between classes whose shapes differ.
class Other:
    def __init__(self):
        self.y = "other y"
        self.x = "other x"

    def method(self):
        return "Other.method"


k = Child(7)
print(run(read_x, k), run(call_method, k))
k.__class__ = Other
print(run(read_x, k), run(call_method, k))

# One site, several classes in turn.
objs = [Child(8), Other(), Child(9), types.SimpleNamespace(x="namespace x")]
print([read_x(o) for o in objs * 2])
print([call_method(o) for o in objs[:3] * 2])

# Classes made in a loop: more than a code object's records.
results = []
for i in range(100):
    cls = type("C%d" % i, (), {"method": lambda self, i=i: i, "kind": i * 2})
    obj = cls()
    results.append(call_method(obj) + read_kind(obj))
print(sum(results), results[:5], results[-3:])

# Module attributes: replaced, deleted, and a module __getattr__.
mod = types.ModuleType("mod")
mod.value = 1


def read_value(m):
    return m.value


print(run(read_value, mod))
mod.value = 2
print(run(read_value, mod))
del mod.value
mod.__getattr__ = lambda name: "from __getattr__ " + name
print(run(read_value, mod))
sys.value = "sys value"
print(run(read_value, sys))
del sys.value
print(hasattr(sys, "value"))


# Methods of builtin types through one site, and a list subclass.
def append_to(seq):
    seq.append(1)
    return len(seq)


class MyList(list):
    def append(self, item):
        super().append(item)
        super().append(item)


print([append_to([]), append_to(MyList()), append_to([]), append_to(MyList())])
