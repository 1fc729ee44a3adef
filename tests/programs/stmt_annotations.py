# Annotated assignments: module and class __annotations__, annotations without values, evaluation.
x: int = 5
y: "forward ref"
z: list[int] = [1]
print(x, z, __annotations__)
try:
    y
except NameError as e:
    print(type(e).__name__, e)


class C:
    a: int
    b: str = "default"
    c: "C"

    def __init__(self):
        self.d: float = 1.5  # not recorded anywhere


print(C.__annotations__, C.b, hasattr(C, "a"), C().d)


def f():
    local: int = 1
    unassigned: str
    return local, f.__annotations__


print(f())


def annotated(a: int, b: "B" = 2, *args: str, c: bool, **kw: float) -> list:
    return a


print(annotated.__annotations__)
calls = []


def mark(v):
    calls.append(v)
    return v


value: mark("module annotation is evaluated") = 1
print(calls)


class D:
    attr: mark("class annotation evaluated") = 2


print(calls)


def g():
    inner: mark("function-local annotation is not evaluated") = 3
    return inner


g()
print(calls)
obj = C()
obj.x: int = 9
print(obj.x, "x" in C.__annotations__)
lst = [0]
lst[0]: int = 7
print(lst)
(paren): int = 4
print(paren, __annotations__.get("paren"))
