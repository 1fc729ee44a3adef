# Local, free and cell variables as the code objects describe them.
def outer(a, b=2, *args, c, **kw):
    d = a + b
    cell = [d]

    def inner(e):
        f = e + len(cell)
        return f + c

    return inner


print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
print(outer.__code__.co_freevars)
inner = outer(1, c=3)
print(inner.__code__.co_varnames, inner.__code__.co_freevars, inner.__code__.co_cellvars)
print(inner(10))
print([type(c).__name__ for c in inner.__closure__])
print(inner.__closure__[0].cell_contents, inner.__closure__[1].cell_contents)
print(outer.__closure__)


def param_cell(p):
    return lambda: p


print(param_cell.__code__.co_cellvars, param_cell.__code__.co_varnames)


def make_cell():
    x = 1

    def g():
        return x
    x = 2
    return g


print(make_cell()())
cell_fn = make_cell()
cell_fn.__closure__[0].cell_contents = 99
print(cell_fn())


def empty_cell():
    def g():
        return late
    c = g.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    late = 1
    return c.cell_contents


print(empty_cell())
