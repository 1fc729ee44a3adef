# Lambdas with every kind of parameter.
a = lambda: 0
b = lambda x: x
c = lambda x, y: x + y
d = lambda x=1, y=2: x
e = lambda *args: args
f = lambda **kw: kw
g = lambda *args, **kw: 0
h = lambda x, /: x
i = lambda x, /, y: x
j = lambda x=1, /, y=2: x
k = lambda *, x: x
l = lambda *, x=1, y: x
m = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
n = lambda x, *, y=1, **z: 0
o = lambda: (yield)
p = lambda: lambda: lambda: 0
q = lambda x: (lambda y: x + y)
r = lambda x,: x
s = lambda *a,: a
t = lambda **k,: k
u = lambda x=lambda: 0: x
v = lambda: x if y else z
w = (lambda: 1)()
x_ = lambda a, b, /, *, c: 0
y_ = lambda x=(1, 2), *y, z={}: 0
