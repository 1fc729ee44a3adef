# Classes defined in functions: closures over function locals in methods and class bodies.
def make_class(prefix, count):
    items = [prefix + str(i) for i in range(count)]

    class Generated:
        size = count
        first = items[0] if items else None

        def describe(self):
            return "%s: %s" % (prefix, items)

        @classmethod
        def total(cls):
            return cls.size * len(prefix)

    return Generated


A = make_class("a", 2)
B = make_class("bb", 3)
print(A.size, A.first, A().describe(), A.total())
print(B.size, B.first, B().describe(), B.total())
print(A.__qualname__, A is not B)


def counter_class():
    count = 0

    class Counted:
        def __init__(self):
            nonlocal count
            count += 1
            self.n = count
    return Counted, lambda: count


Counted, get = counter_class()
Counted()
Counted()
print(get(), Counted().n, get())


def class_body_uses_param(value):
    class Holder:
        stored = value
        doubled = [value * 2 for _ in range(2)]
        lam = staticmethod(lambda: value)
    return Holder


H = class_body_uses_param(21)
print(H.stored, H.doubled, H.lam())
