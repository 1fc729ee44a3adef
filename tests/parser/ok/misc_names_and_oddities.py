# Valid code that looks odd: Python 2 leftovers, keywords-adjacent names, unusual spacing.
print >> f, x
print >>f
exec("code")
print
print()
x = __debug__
nonlocal_ = global_ = 1
True_, None_, False_ = 1, 2, 3
a = [
]
b = (

)
c = {
    # only a comment
}
d = [1, 2, 3,]
e = x . y . z
f = x [0] (1)
g = 1 if x else(2)
h = not x in y
i = x is -1
j = - - - 1
k = ((((((((((x))))))))))
l = [[[[[[[[[[x]]]]]]]]]]
m = {1: {2: {3: {4: {5: {}}}}}}
n = lambda: (yield)
o = "" if "" else ""
if x:
    pass
elif y:
    pass
p = x if y else z if w else v
q = (x
     .y
     .z())
