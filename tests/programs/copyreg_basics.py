# copyreg: the dispatch table, reconstructors, slot names and extension codes.
import copy
import copyreg

print(copy.copy(3 + 4j), copyreg.dispatch_table[complex](1 + 2j))
f, args = copyreg.pickle_union(int | str)
print(f(*args), f.__name__)
print(copyreg._slotnames(type('Q', (), {'__slots__': ('a', '__b', '__dict__')})))
copyreg.add_extension('m', 'n', 300)
copyreg.add_extension('m', 'n', 300)
for bad in [lambda: copyreg.add_extension('m', 'x', 300), lambda: copyreg.add_extension('m', 'n', 301),
            lambda: copyreg.add_extension('m', 'y', 0), lambda: copyreg.remove_extension('m', 'n', 5),
            lambda: copyreg.pickle(int, 3), lambda: copyreg.constructor(None)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
copyreg.remove_extension('m', 'n', 300)
print(copyreg._extension_registry, copyreg._inverted_registry)
print(copyreg._reconstructor(type('Z', (int,), {}), int, 5), copyreg.__newobj__(list))


class Pt:
    def __init__(self):
        self.x = 1


reduced = copyreg._reduce_ex(Pt(), 1)
print(reduced[0].__name__, reduced[1][0].__name__, reduced[1][1], reduced[2])


class Wrapped:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Wrapped, (self.v * 2,))


class Special:
    pass


copyreg.pickle(Special, lambda s: (Special, ()))
print(copy.copy(Wrapped(2)).v, type(copy.deepcopy(Special())).__name__)
