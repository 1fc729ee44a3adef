# List slice assignment and deletion with steps, negative indices, and growing/shrinking.
base = list(range(10))


def fresh():
    return list(base)


a = fresh(); a[2:5] = ["x"]; print(a)
a = fresh(); a[2:2] = ["in", "serted"]; print(a)
a = fresh(); a[-3:] = []; print(a)
a = fresh(); a[::3] = "ABCD"; print(a)
a = fresh(); a[::-2] = range(5); print(a)
a = fresh(); a[7:2:-1] = "vwxyz"; print(a)
a = fresh(); a[:] = "abc"; print(a)
a = fresh(); a[20:] = [99]; print(a)
a = fresh(); a[-20:1] = ["start"]; print(a)
a = fresh(); del a[1::2]; print(a)
a = fresh(); del a[::-3]; print(a)
a = fresh(); del a[5:1]; print(a)
a = fresh(); a[3:6] = a; print(a)
a = fresh(); a[1:3] = (i * i for i in range(4)); print(a)
try:
    a = fresh(); a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a = fresh(); a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b[len(b):] = [4]
b[:0] = [0]
print(b, b[-1:-4:-1], b[10:], b[:-10])
