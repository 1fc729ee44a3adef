# Bound and unbound methods: __self__, __func__, equality, storing methods, calling through the class.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other="you"):
        return "%s greets %s" % (self.name, other)

    def __repr__(self):
        return "Greeter(%r)" % self.name


g = Greeter("ann")
m = g.greet
print(m(), m("bob"), Greeter.greet(g, "carl"), type(m).__name__, type(Greeter.greet).__name__)
print(m.__self__, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("ann").greet)
actions = [g.greet, Greeter("dan").greet]
print([a("eve") for a in actions])
Greeter.greet = lambda self, other="x": "patched " + self.name
print(m(), g.greet())


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self


c = Counter()
c.inc().inc().inc()
print(c.n)
unbound = Counter.inc
try:
    unbound()
except TypeError as e:
    print(type(e).__name__, e)
print(unbound(Counter()).n)


def external(self):
    return "external bound to %s" % type(self).__name__


Counter.ext = external
print(c.ext())
c.inst_func = external
try:
    c.inst_func()
except TypeError as e:
    print(type(e).__name__, e)
bound = external.__get__(c, Counter)
print(bound(), type(bound).__name__)
print(len.__self__.__name__ if hasattr(len, "__self__") else "no self", [].append.__self__ == [])
