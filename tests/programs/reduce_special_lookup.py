import copy, pickle
class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        raise AttributeError(attr)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = Picky().__reduce_ex__(proto)
    print(proto, r[0].__name__, len(r))
print(type(copy.copy(Picky())).__name__)
class WithArgs:
    def __new__(cls, *a, **k):
        o = object.__new__(cls)
        o.a, o.k = a, k
        return o
    def __getnewargs_ex__(self):
        return (1, 2), {'x': 3}
c = copy.copy(WithArgs())
print(c.a, c.k)
