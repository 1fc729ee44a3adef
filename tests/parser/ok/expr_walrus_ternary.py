# Assignment expressions and conditional expressions wherever they may appear.
if (n := len(a)) > 10:
    pass
while chunk := f.read():
    pass
if x := 1:
    pass
elif y := 2:
    pass
print(x := 1, y := 2)
[y := 1, y ** 2]
{(y := 1): 2}
{y := 1}
a = (b := 0)
(c := 1)
f(x=(y := 1))
g = [z for w in v if (z := w)]
h = x if (x := 1) else 0
i = a if b else c
j = (a if b else c) if d else (e if f else g)
k = a if (b if c else d) else e
assert (x := 1), (y := 2)
del_ = (x := lambda: 0)
with (x := f()) as y:
    pass
for z in (w := [1]):
    pass
l = x[y := 1]
m = f"{(x := 1)}"
def fn(a=(b := 1)):
    return (c := 2)
n = [d := 0, e := 1]
o = (p := 1, q := 2)
r = lambda: (s := 1)
