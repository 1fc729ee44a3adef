# Function attributes: __name__, __qualname__, __defaults__, __kwdefaults__, __annotations__,
# __module__, __dict__, __doc__, __wrapped__-free decorators.
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> None:
    "Docstring of f."


print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
f.custom = 5
print(f.__dict__, f.custom)


class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local

    def meth(self):
        pass


print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
print(Outer.meth.__qualname__, Outer().meth.__func__ is Outer.meth)
print(type(Outer().meth).__name__, Outer().meth.__self__.__class__.__name__)


def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@deco
def decorated():
    "decorated doc"
    return 1


print(decorated.__name__, decorated.__qualname__, decorated.__doc__, decorated())
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)


def no_annotations(x):
    pass


print(no_annotations.__annotations__, no_annotations.__defaults__, no_annotations.__kwdefaults__)
print(callable(f), callable(5), callable(Outer), callable(Outer()))
