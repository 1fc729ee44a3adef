# dict views: dynamic updates, set operations, mapping attribute, reversed, len, equality.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), len(v), len(it))
print(k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(it & {("b", 2), ("c", 99)}, sorted(it - {("b", 2)}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], v == v, it <= {("b", 2), ("c", 3), ("d", 4), ("e", 5)})
print(k.mapping == d, type(k.mapping).__name__, k.isdisjoint(["x"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print("b" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for key in list(d):
    del d[key]
print(d, list(k), list(v))
