# `yield from` over builtin iterators (lists, tuples, ranges, strs, dicts, sets, zip, map):
# each item passes through, the delegation returns None, gi_yieldfrom shows the iterator while
# suspended, and sending a value in fails as CPython says.


def delegate(iterable):
    result = yield from iterable
    yield ("returned", result)


for iterable in ([1, 2], (3, 4), range(5, 8), "ab", {"k": 1, "j": 2}, {9}, zip("xy", [1, 2]), map(abs, [-1, -2])):
    print(type(iterable).__name__, list(delegate(iterable)))

gen = delegate([10, 20, 30])
print(next(gen), type(gen.gi_yieldfrom).__name__)
print(next(gen))
try:
    gen.send("value")
except AttributeError as err:
    print("AttributeError:", err)
print(gen.gi_frame is None)

gen = delegate(iter([1, 2, 3]))
print(next(gen))
try:
    gen.throw(ValueError("thrown"))
except ValueError as err:
    print("ValueError:", err)

# An exhausted iterator delegates nothing.
it = iter([1])
next(it)
print(list(delegate(it)))


def nested():
    yield from (x * x for x in range(3))
    yield from [7, 8]
    yield from iter(range(2))


print(list(nested()), sum(nested()))
