# Simple statements: pass, del, return, raise, global, nonlocal, assert, break, continue, semicolons.
pass
pass; pass
pass;
x = 1; y = 2; z = 3;
del x
del x, y
del x,
del (x)
del (x, y)
del [x, y]
del (x), [y], (z,)
del x.a, x[0], x[1:2], x.b.c
del (x.a)
del []
del ()
def f():
    return
    return 1
    return 1, 2
    return (1, 2)
    return *a, b
    global g
    global g1, g2
    def inner():
        nonlocal x
        nonlocal x, y
raise
raise E
raise E()
raise E from e
raise E("msg") from None
assert x
assert x, "message"
assert (x, "a tuple")
for i in x:
    break
    continue
while 1:
    if x: break
    else: continue
if x: pass; y = 1; z = 2
class C: pass; x = 1
