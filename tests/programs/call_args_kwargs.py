# *args and **kwargs collection, order preservation, and forwarding.
def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, z=26, a=1, m=13))
args, kwargs = collect(*range(3), **{"x": 1})
print(type(args).__name__, type(kwargs).__name__, args, kwargs)


def forward(*args, **kwargs):
    return collect(*args, extra=True, **kwargs)


print(forward(1, k="v"))


def mixed(a, b=2, *rest, c, d=4, **opts):
    return a, b, rest, c, d, opts


print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, 5, c=6, e=7))
print(mixed(*[1, 2], *(3,), c=0, **{"d": 9, "z": 0}))


def takes_kwargs(**kw):
    kw["added"] = 1
    return kw


d = {"orig": 0}
print(takes_kwargs(**d), d)


def first_of(*values):
    return values[0] if values else None


print(first_of(), first_of(*"xyz"), first_of(*{"k": 1}))

# Keyword names that are not identifiers are allowed through **.
print(collect(**{"not an identifier": 1, "1": 2}))


def pos_and_star(a, *args):
    return a, args


print(pos_and_star(*[1]), pos_and_star(*[1, 2], 3))
try:
    pos_and_star(*[])
except TypeError as e:
    print(type(e).__name__, e)

# Large call
print(len(collect(*range(1000))[0]), sum(collect(*range(1000))[0]))
