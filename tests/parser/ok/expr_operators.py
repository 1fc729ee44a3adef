# Every operator, with precedence and associativity visible in the tree.
a = x + y - z * w / v // u % t @ s
b = x ** y ** z
c = -x ** 2
d = (-x) ** 2
e = x ** -y
f = - + ~ x
g = not not x
h = x << 1 >> 2 & 3 | 4 ^ 5
i = x | y ^ z & w
j = x < y <= z > w >= v == u != t
k = x in y not in z is w is not v
l = x and y and z or w or v
m = x or y and z
n = not x and y or not z
o = (x or y) and z
p = x if y else z if w else v
q = x + y * z ** w
r = (x + y) * z
s = x @ y @ z
t = a < b < c
u = 1 + 2 + 3 + 4
v = 1 - (2 - 3)
w = ~x + -y - +z
x_ = not x == y
y_ = x == (not y)
z = a if b else (lambda: c)
aa = x if not y else z
bb = -1 ** -1
cc = await_ if x else y
ee = x.y.z + x[0][1] ** x(1)(2)
ff = await_ ** 2
