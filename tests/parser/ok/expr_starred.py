# Starred expressions everywhere they are allowed.
*a, b = c
a, *b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
*a, = b
[*a] = b
for *a, b in c: pass
for a, *b in c, d: pass
for x in *a, *b: pass
return_ = *a, *b
x = *a, b
x = [*a, *b]
x = {*a, *b}
x = (*a, *b)
f(*a, *b)
a[*b]
a[*b, *c] = d
def f(*args: *Ts): pass
def g():
    return *a, *b
    yield *a, *b
del_ = a, *b
x = *a, *(b, c), *[d]
print(*[1], *(2,), *{3})
(a, *b), [*c, d] = e
*a.b, c[0] = d
x, = *y,
