# Calls with every kind of argument.
f()
f(1)
f(1, 2,)
f(a=1)
f(a=1, b=2,)
f(*a)
f(**k)
f(1, *a, 2, *b, c=3, **k, d=4, **m)
f(a=1, *b)
f(*a, b=1, *c)
f(**k, a=1)
f(x for x in y)
f((x for x in y), z)
f(a := 1)
f(x, y := 2, z)
f(*a, *b, **c, **d)
f(1)(2)(3)
f.g.h(i).j(k=l)
f[0](1)[2]
f(lambda x: x, lambda: 0)
f(*a or b)
f(**a or b)
f(x if y else z, *(a if b else c))
f(
    1,
    # comment
    a=2,
)
print(*args, sep='', end="\n", file=sys.stderr)
f(a)(b=c)(*d)(**e)
f(not x)
f(yield_)
