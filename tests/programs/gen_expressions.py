# Generator expressions: laziness, single use, early binding of the first iterable.
log = []


def src(n):
    for i in range(n):
        log.append("produce %d" % i)
        yield i


g = (x * 10 for x in src(3))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))

items = [1, 2, 3]
g = (i for i in items)
items = [100]
print(list(g))

lst = [1, 2, 3]
g = (i for i in lst)
lst.append(4)
print(list(g))

print(sum(i * i for i in range(10)), max(c for c in "hello"), any(x > 2 for x in [1, 5]))
print("-".join(str(n) for n in range(4)))
print(type(x for x in []).__name__)
gen = (x for x in [1])
print(iter(gen) is gen, gen.__name__, gen.__qualname__)
gen = (a + b for a in "xy" for b in "12" if b != "2")
print(list(gen))

# The first iterable is evaluated at creation; an error is raised immediately.
try:
    (x for x in 5)
except TypeError as e:
    print("immediate:", type(e).__name__, e)

# Later iterables are evaluated lazily.
g = (x for x in [1] for y in 5)
print("created")
try:
    next(g)
except TypeError as e:
    print("lazy:", type(e).__name__, e)

# Generator expression in a class body sees only the first iterable from the class.
class C:
    data = [1, 2]
    doubled = list(d * 2 for d in data)


print(C.doubled)
