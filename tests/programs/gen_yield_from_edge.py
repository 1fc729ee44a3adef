# yield from edge cases: send to non-generator iterators, StopIteration values, exceptions in the delegate.
def delegate_list():
    result = yield from [1, 2]
    print("  list delegation returns", result)


g = delegate_list()
print(next(g))
try:
    g.send("ignored?")
except AttributeError as e:
    print(type(e).__name__, e)


def raises_in_middle():
    yield 1
    raise ValueError("delegate failed")


def outer():
    try:
        yield from raises_in_middle()
    except ValueError as e:
        yield "outer caught " + str(e)


print(list(outer()))


def returns_early():
    return "early"
    yield


def uses_early():
    v = yield from returns_early()
    yield v


print(list(uses_early()))


class ReturnsValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("custom iterator value")


def uses_custom():
    v = yield from ReturnsValue()
    yield v


print(list(uses_custom()))


def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def wrapper():
    final = yield from counter()
    yield "final %d" % final


w = wrapper()
print(next(w), w.send(5), w.send(6), w.send(None))


def throw_to_list():
    yield from [1, 2, 3]


t = throw_to_list()
next(t)
try:
    t.throw(KeyError("into list iterator"))
except KeyError as e:
    print("list iterator has no throw; raised at the yield from:", repr(e))
print(list(t))
