# Unpacking in displays and calls: [*a, *b], {**d1, **d2}, (*a,), f(*a, **k).
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)])
print((*a,), [*a, 0, *a])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*a, *b))
print(f(0, *a, 5, *b, key=1, **d1))
print(f(**d1, **{"k": "v"}))
print(f(*"ab", *[], **{}))
try:
    f(**d1, **{"x": 9})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(x=1, **d1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

first, *rest = *a, *b
print(first, rest)
print(*a, *b, sep="-")
gen = (i * i for i in range(3))
print([*gen], [*gen])
print(dict(**d1, extra=True))
