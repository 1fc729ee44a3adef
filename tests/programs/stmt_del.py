# del of names, attributes, subscripts, slices and tuples of targets.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)


class Obj:
    pass


o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(sorted(vars(o)))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del a, (b, c)
try:
    print(b)
except NameError as e:
    print(type(e).__name__, e)

m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)


def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "%s: %s" % (type(e).__name__, e)


print(local_del())


def del_unbound():
    del z
    z = 1


try:
    del_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

try:
    del nothing_here
except NameError as e:
    print(type(e).__name__, e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
