# class statement forms: base expressions, keywords, decorators, nested classes, class body execution.
def pick_base(flag):
    return dict if flag else list


class FromExpr(pick_base(True)):
    pass


print(FromExpr.__bases__, FromExpr(a=1))
bases = (int,)


class Unpacked(*bases):
    pass


print(Unpacked(5) + 1, Unpacked.__mro__[1].__name__)


class Body:
    print("class body runs at definition time")
    total = 0
    for i in range(4):
        total += i
    del i
    if total > 5:
        big = True
    else:
        big = False

    def method(self):
        return self.total


print(Body.total, Body.big, Body().method(), hasattr(Body, "i"))


def deco(cls):
    cls.decorated = True
    return cls


@deco
class Decorated:
    class Nested:
        class Deeper:
            value = "deep"


print(Decorated.decorated, Decorated.Nested.Deeper.value, Decorated.Nested.Deeper.__qualname__)


def factory(n):
    class Made:
        size = n

        def get(self):
            return self.size
    return Made


m1, m2 = factory(1), factory(2)
print(m1().get(), m2().get(), m1 is m2, m1.__qualname__)


class WithKw(object, metaclass=type):
    pass


print(type(WithKw).__name__)


class Empty():
    pass


print(Empty.__bases__, Empty.__name__)


class ClassReturnsInBody:
    x = [n for n in range(3)]
    y = {k: k * 2 for k in x}


print(ClassReturnsInBody.x, ClassReturnsInBody.y)
