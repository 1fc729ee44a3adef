# collections.abc.Callable[[args], result]: its __args__ flattened, shown and pickled as written,
# substituted, compared and hashed; and subclasses of types.GenericAlias.
import collections.abc as cabc, typing, pickle
C = cabc.Callable
for a in (C[[int], str], C[..., str], C[[], int], C[[int, str], bool]):
    print(type(a).__name__, a, a.__args__, a.__origin__, a.__parameters__, repr(a.__reduce__()[1]))
    print(pickle.loads(pickle.dumps(a)) == a)
P = typing.ParamSpec("P")
T = typing.TypeVar("T")
g = C[P, T]
print(g, g.__args__, g.__parameters__)
print(C[[T], int][str], C[[int], T][str])
try: C[int, str]
except TypeError as e: print("TypeError", e)
try: C[int]
except TypeError as e: print("TypeError", e)
print(C[[int], str] == C[[int], str], hash(C[[int], str]) == hash(C[[int], str]))
print(isinstance(C[[int], str], type(list[int])))
print(int | C[[int], str])
def f(): pass
C = cabc.Callable
print(C[typing.Concatenate[int, P], int], C[[list[int], f], typing.List[int]], C[P, T][[int], str])
import types


class Sub(types.GenericAlias):
    pass


s = Sub(list, int)
print(type(s).__name__, s, s.__origin__, s.__args__, s == list[int], s | None)
import copy
print(copy.copy(s), type(copy.deepcopy(s)).__name__, list[int].__reduce__())
