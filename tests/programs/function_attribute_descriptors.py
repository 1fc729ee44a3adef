# The function type holds its instances' attributes as descriptors, as CPython's does: getset
# descriptors for the checked ones, member descriptors for fields; reading and writing through
# them, through the function, and through the type's own attributes.
import types

F = types.FunctionType


def f(a, b=2, *, c=3):
    "doc of f"
    return a + b + c


def outer():
    x = 1

    def inner():
        return x

    return inner


names = sorted(n for n in vars(F) if n.startswith("__") and n not in ("__new__", "__call__", "__get__", "__repr__"))
for name in names:
    d = vars(F)[name]
    print(name, type(d).__name__, repr(d) if not isinstance(d, type(None)) else d)
print(F.__name__, F.__qualname__, F.__module__, F.__doc__ is None or F.__doc__.startswith("Create"))
print(vars(F)["__name__"].__get__(f), vars(F)["__code__"].__get__(f) is f.__code__)
print(vars(F)["__defaults__"].__get__(f, F), vars(F)["__kwdefaults__"].__get__(f))
print(vars(F)["__name__"].__get__(None, F) is vars(F)["__name__"])
print(vars(F)["__closure__"].__get__(outer())[0].cell_contents, vars(F)["__globals__"].__get__(f) is globals())
print(vars(F)["__doc__"].__get__(f), vars(F)["__module__"].__get__(f))
print(vars(F)["__name__"].__objclass__ is F, vars(F)["__doc__"].__name__, vars(F)["__globals__"].__qualname__)

# Writing through the descriptors and through the function.
vars(F)["__name__"].__set__(f, "g")
vars(F)["__defaults__"].__set__(f, (10,))
vars(F)["__doc__"].__set__(f, "new doc")
vars(F)["__module__"].__set__(f, "elsewhere")
print(f.__name__, f.__defaults__, f.__doc__, f.__module__, f(1))
vars(F)["__kwdefaults__"].__delete__(f)
vars(F)["__doc__"].__delete__(f)
print(f.__kwdefaults__, f.__doc__)
f.__kwdefaults__ = {"c": 100}
print(f(1))
for name, value in [("__name__", 3), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 5),
                    ("__annotations__", 1), ("__code__", 1)]:
    try:
        vars(F)[name].__set__(f, value)
    except TypeError as e:
        print(name, "TypeError:", e)
for name in ("__closure__", "__globals__", "__builtins__"):
    try:
        vars(F)[name].__set__(f, None)
    except AttributeError as e:
        print(name, "AttributeError:", e)
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print(name, "AttributeError:", e)
try:
    vars(F)["__name__"].__get__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(F)["__doc__"].__set__(len, "x")
except TypeError as e:
    print("TypeError:", e)

# The function's __dict__.
f.extra = 5
print(vars(F)["__dict__"].__get__(f), f.__dict__ == {"extra": 5})
f.__dict__ = {"other": 6}
print(f.__dict__, hasattr(f, "extra"))
try:
    f.__dict__ = 1
except TypeError as e:
    print("TypeError:", e)

# The function type's own __repr__ slot.
print(type(vars(F)["__repr__"]).__name__, repr(vars(F)["__repr__"]))
print(F.__repr__(f) == repr(f), f.__repr__() == repr(f), repr(outer).startswith("<function outer at 0x"))
try:
    F.__repr__(1)
except TypeError as e:
    print("TypeError:", e)
