# Function definitions with every kind of parameter, annotation and default.
def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b,): pass
def f(a=1): pass
def f(a, b=1, c=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *, b): pass
def f(a, b=2, /, c=3, *d, e, f=4, **g): pass
def f(a: int, b: str = "", *c: tuple, d: list = [], **e: dict) -> None: pass
def f(*args: *Ts): pass
def f(*args: *tuple[int, ...]): pass
def f(a: "forward") -> "forward": pass
def f(a=lambda: 0): pass
def f(a,): pass
def f(*a,): pass
def f(**a,): pass
def f(*, a,): pass
def f(a, /,): pass
def f(a=1, /, *, b=2,): pass
def f(
    a,
    b: int = 1,
    *,
    c,
    **d,
) -> int:
    pass
def f() -> lambda: 0: pass
def f(a: (yield_)) -> (x := 1): pass
def f(a, b=(1, 2), *, c={}): pass
def f():
    """docstring"""
    def g():
        def h():
            return 0
        return h
    return g
def f(): return 1
def f(): x = 1; return x
