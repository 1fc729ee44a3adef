# Keyword argument order is preserved through calls, **kwargs merging and dict(**).
def show(**kw):
    return list(kw)


print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
print(show(c=3, **{"b": 1, "a": 2}))
d1, d2 = {"x": 1, "y": 2}, {"q": 3}
print(show(**d1, **d2), show(**d2, **d1))


def forward(**kw):
    return show(first=0, **kw, last=9)


print(forward(mid=5, other=6))


def mixed(a, b=0, **rest):
    return a, b, list(rest.items())


print(mixed(b=2, a=1, z=26, y=25))
print(mixed(1, **{"z": 0, "b": 7}))


class Recorder:
    def __init__(self, **fields):
        self.fields = fields

    def __repr__(self):
        return "Recorder(%s)" % ", ".join("%s=%r" % kv for kv in self.fields.items())


print(Recorder(name="n", size=3, color="red"))
print(dict(b=1, a=2), dict({"z": 0}, y=1), {**dict(k=1), "j": 2})


def kwonly_order(*, c, a, b):
    return c, a, b


print(kwonly_order(a=1, b=2, c=3), kwonly_order.__code__.co_varnames)
