# Comprehensions and generator expressions: nested for/if, async, walrus, unpacking targets.
a = [x for x in y]
b = {x for x in y}
c = {k: v for k, v in y.items()}
d = (x for x in y)
e = [x for x in y if x if not x]
f = [x * y for x in a for y in b if x != y]
g = [[y for y in x] for x in z]
h = [(x, y) for x, y in pairs]
i = [x for (x, y) in pairs]
j = [x for [x, *rest] in pairs]
k = sum(x for x in y)
l = f(x for x in y)
m = [y := f(x) for x in z]
n = [x for x in z if (w := x) > 0]
o = [x for x in (y if z else w)]
q = [lambda: x for x in y]
s = [x async for x in ait]
t = [await x for x in y]
u = {x: y async for x, y in ait if await x}
v = (x async for x in ait)
w = [x for x in y for y in z for z in w]
x_ = {k: [v for v in k] for k in ks}
y_ = [x for x in [1, 2, 3] if x > 1 if x < 3]
z = [x.y for x.y in z]
aa = [x[0] for x[0] in z]
bb = ((x, y) for x in a for y in b)
cc = [x for x in not_(y)]
dd = [x for x, in z]
