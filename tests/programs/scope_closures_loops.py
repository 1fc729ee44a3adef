# Closures capturing loop variables: late binding, default-argument capture, cell sharing.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])


def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs


print([f() for f in make()])


def make_separate():
    def factory(k):
        return lambda: k
    return [factory(k) for k in range(3)]


print([f() for f in make_separate()])


def shared_cell():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = shared_cell()
inc()
inc()
print(get())
inc2, get2 = shared_cell()
print(get2(), get())

# Comprehension variables are fresh cells per comprehension, not per iteration.
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
print([f() for f in [(lambda n=n: n * 10) for n in range(3)]])


def counter_generator():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total
    return add


acc = counter_generator()
print([acc(v) for v in (1, 2, 3)])
print(acc.__code__.co_freevars, counter_generator.__code__.co_cellvars)
print([c.cell_contents for c in acc.__closure__])
