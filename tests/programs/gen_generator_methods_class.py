# Generators as methods and __iter__ implementations; independent iterators; closures in generators.
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def rows(self):
        for y in range(self.h):
            yield [(x, y) for x in range(self.w)]


r = Range2D(2, 2)
print(list(r), list(r.rows()))
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))


def counter_gen():
    count = 0

    def inc():
        nonlocal count
        count += 1
    while count < 3:
        inc()
        yield count


print(list(counter_gen()))


def make_gens():
    return [(lambda n: (i * n for i in range(3)))(n) for n in (1, 10)]


print([list(g) for g in make_gens()])


class Stateful:
    def __init__(self):
        self.log = []

    def gen(self):
        self.log.append("start")
        try:
            yield 1
            self.log.append("resumed")
            yield 2
        finally:
            self.log.append("finally")


s = Stateful()
g = s.gen()
print(s.log)
next(g)
print(s.log)
next(g)
g.close()
print(s.log)


def gen_with_default(values=[]):
    values.append(len(values))
    yield from values


print(list(gen_with_default()), list(gen_with_default()))


def generator_returning_generator():
    yield (c for c in "xy")


inner = next(generator_returning_generator())
print(list(inner))
