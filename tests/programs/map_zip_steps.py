# map and zip: one and several iterables, strict zip, reduce and pickle, errors from the iterables.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2], [5])), list(map(str, "")))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("abc", strict=False)))
try:
    list(zip("ab", [1], strict=True))
except ValueError as err:
    print("ValueError:", err)
m = map(lambda x, y: x * y, [1, 2, 3], (4, 5, 6))
print(next(m), m.__reduce__()[0].__name__, list(m))
z = zip([1, 2], [3, 4])
print(next(z), type(z.__reduce__()[1]).__name__, list(z))
def gen():
    yield 1
    raise ValueError("inside")
try:
    list(map(str, gen()))
except ValueError as err:
    print("ValueError:", err)
import copy, pickle
m = map(str.upper, ["a", "b"])
print(list(pickle.loads(pickle.dumps(m))))
