# nonlocal across several levels, in loops, and closures created in a loop sharing a cell.
def level1():
    a = 1

    def level2():
        b = 2

        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a, b

        r = level3()
        return r, b

    r = level2()
    return r, a


print(level1())


def accumulate():
    total = 0
    adders = []
    for step in (1, 2, 3):
        def add():
            nonlocal total
            total += step
        adders.append(add)
    for f in adders:
        f()
    return total


print(accumulate())  # all closures see the final step (3)


def counter():
    n = 0

    def up():
        nonlocal n
        n += 1
        return n

    def down():
        nonlocal n
        n -= 1
        return n

    def peek():
        return n

    return up, down, peek


up, down, peek = counter()
up(); up(); up(); down()
print(peek())


def nonlocal_then_del():
    v = 1

    def drop():
        nonlocal v
        del v

    def read():
        return v

    drop()
    try:
        return read()
    except NameError as e:
        return "%s: %s" % (type(e).__name__, e)


print(nonlocal_then_del())


def parameter_as_cell(x):
    def change():
        nonlocal x
        x = x * 2
    change()
    change()
    return x


print(parameter_as_cell(5))
print(parameter_as_cell.__code__.co_cellvars, parameter_as_cell.__code__.co_varnames)
