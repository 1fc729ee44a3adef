# Generators as iterators: iter() identity, StopIteration from exhausted, reuse.
def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1


g = count_to(3)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
print(g.__next__(), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)
print(list(count_to(0)), list(count_to(4)), tuple(count_to(2)))
print(dict(zip(count_to(3), "abc")))
print(sorted(count_to(5), reverse=True))
a, b, *c = count_to(5)
print(a, b, c)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, sum(t))


def gen_with_args(*args, sep="-", **kw):
    yield sep.join(args)
    yield sorted(kw)


print(list(gen_with_args("a", "b", x=1, y=2)))


def method_generators():
    class Counter:
        def __init__(self):
            self.n = 0

        def values(self):
            while self.n < 3:
                self.n += 1
                yield self.n

    c = Counter()
    return list(c.values()), list(c.values())


print(method_generators())
