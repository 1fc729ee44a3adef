# __getattr__ is a fallback; __getattribute__ intercepts everything.
class Fallback:
    existing = "class attribute"

    def __init__(self):
        self.real = "instance attribute"

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return "dynamic " + name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


f = Fallback()
print(f.real, f.existing, f.dyn_value)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "missing", "default used"), hasattr(f, "dyn_x"), hasattr(f, "nope"))


class Intercept:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        print("  __getattribute__", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback " + name


i = Intercept()
print(i.value)
print(i.secret)
print(i.missing)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    def __init__(self):
        self.a = 1

    def method(self):
        return "target method a=%d" % self.a


t = Target()
p = Proxy(t)
p.a = 5
print(p.a, p.method(), "a" in vars(p))


# Implicit special method lookup bypasses __getattr__ and __getattribute__.
class NoLen:
    def __getattr__(self, name):
        return lambda: 3


n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as e:
    print(type(e).__name__, e)


class GetattrRaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    hasattr(GetattrRaisesOther(), "x")
except KeyError as e:
    print("hasattr propagates non-AttributeError:", repr(e))
