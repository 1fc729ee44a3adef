# Argument unpacking at call sites with iterators, generators, dict subclasses and mappings.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())


def gen():
    yield "g1"
    yield "g2"


print(show(*gen()))
print(show(*iter([1, 2]), *map(str, range(2))))
print(show(*{"k1": 1, "k2": 2}.values()))


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, key):
        return key.upper()


print(show(**Mapping()))


class OrderedDict(dict):
    pass


print(show(**OrderedDict(z=1, y=2)))

# Evaluation order: positional then keyword, left to right.
log = []


def val(tag):
    log.append(tag)
    return tag


show(val("p1"), *[val("star")], val("p2"), k=val("kw"), **{val("dictkey"): val("dictval")})
print(log)


def consume(a, b, c):
    return a + b + c


print(consume(*"ab", c="c"), consume(*range(3)), consume(1, *[2], **{"c": 3}))
print(consume(**dict(zip("abc", [1, 10, 100]))))


class NotAMapping:
    pass


try:
    show(**NotAMapping())
except TypeError as e:
    print(type(e).__name__, e)


class NotIterable:
    pass


try:
    show(*NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
