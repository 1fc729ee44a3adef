# dict: insertion order, methods, views, merging, comprehension, equality, errors.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 200
print(d)
print(d.get("a"), d.get("z"), d.get("z", "default"), d.setdefault("a", 0), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("zz", "missing"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print({**d, "a": "override"} | {"new": 1}, d | {"a": 0})
e = {"a": 1}
e |= {"b": 2}
print(e)
keys = d.keys()
d["late"] = True
print(keys, len(keys), "late" in keys, keys & {"a", "zzz"}, sorted(keys - {"a"}))
items = d.items()
print(("a", 1) in items, ("a", 2) in items, type(items).__name__)
print({1: "a"} == {1.0: "a"}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({1: "int", 1.0: "float", True: "bool"}.items()))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
print({k: v for k, v in zip(range(3), "xyz") if k != 1}, len({}), bool({}), {} == dict())
print(list(reversed({"p": 1, "q": 2})), list(reversed({"p": 1}.items())))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    for k in d:
        d["new key " + str(k)] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    dict([(1, 2), (3,)])
except ValueError as e:
    print(type(e).__name__, e)
d.clear()
print(d, d.get(None))
