# Calls the eval loop takes without the general call path: type(x), super() and methods found
# through it, and `for` over list and range iterators.


class Meta(type):
    pass


class A(metaclass=Meta):
    pass


print(type(1), type(1.5), type(True), type(None), type(A), type(A()), type(2**70))
print(Meta("X", (), {}).__name__)
for args in [(), (1, 2)]:
    try:
        type(*args)
    except TypeError as e:
        print(e)


class B:
    def m(self):
        return "B.m"

    @classmethod
    def c(cls):
        return "B.c " + cls.__name__

    @staticmethod
    def s():
        return "B.s"

    @property
    def p(self):
        return "B.p"


class C(B):
    def m(self):
        return "C>" + super().m()

    @classmethod
    def c(cls):
        return "C>" + super().c()

    def s2(self):
        return super().s()

    def p2(self):
        return super().p

    def bound(self):
        return super().m

    def cls_attr(self):
        return super().__class__

    def shadowed(self):
        self.m = lambda: "instance"
        return super().m()


print(C().m(), C.c(), C().c(), C().s2(), C().p2(), C().bound()(), C().cls_attr(), C().shadowed())
print(type(C().bound()).__name__)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class MySuper(super):
    def __getattribute__(self, name):
        return "intercepted " + name


class D(B):
    def m(self):
        return MySuper(D, self).m


print(D().m())

items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    if x == 2:
        del items[0]
    print(x, end=" ")
print()
print(list(range(2**63 - 3, 2**63 - 1)), list(range(3, 0)), list(range(-2, 2)))
it = iter(range(2))
print(next(it), next(it), next(it, "done"), list(it))
