# Decorators: order of application, decorators with arguments, class decorators, any expression.
log = []


def tag(name):
    log.append("make " + name)

    def deco(fn):
        log.append("apply " + name)

        def wrapper(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(log)
print(text("hi"))


def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


@count_calls
def square(x):
    return x * x


square(2)
square(3)
print(square.calls)


def add_method(cls):
    cls.extra = lambda self: "extra on " + type(self).__name__
    return cls


@add_method
class Thing:
    pass


print(Thing().extra())

registry = {}
decorators = [lambda f: registry.setdefault(f.__name__, f)]


@decorators[0]
def registered():
    return "registered"


print(sorted(registry), registered())


@(lambda f: f())
def evaluated_immediately():
    return "value instead of function"


print(evaluated_immediately)


class Prop:
    @property
    @count_calls
    def value(self):
        return 42


p = Prop()
print(p.value, p.value, Prop.value.fget.calls)
