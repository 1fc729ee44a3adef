import types
d = {"a": 1}
p = types.MappingProxyType(d)
print(p, p["a"], len(p), "a" in p, list(p), p.get("b", 9), p.get("a"))
d["b"] = 2
print(p, list(p.keys()), list(p.values()), list(p.items()), p.copy(), type(p.copy()))
print(p == {"a": 1, "b": 2}, p != d, list(reversed(p)), p | {"c": 3}, {"z": 0} | p)
for bad in [lambda: types.MappingProxyType([1]), lambda: types.MappingProxyType(5), lambda: p["zz"]]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    p["x"] = 1
except TypeError as e:
    print(e)
try:
    del p["a"]
except TypeError as e:
    print(e)
try:
    p |= {}
except TypeError as e:
    print(e)
class C:
    x = 1
cd = C.__dict__
C.y = 2
print(type(cd) is types.MappingProxyType, "y" in cd, cd["x"], sorted(k for k in cd if not k.startswith("__")))
print(types.MappingProxyType is type(type.__dict__))
print(hash(types.MappingProxyType({}.keys().mapping)) if False else "skip")
k = {"q": 1}.keys()
print(k.mapping, type(k.mapping).__name__)
try:
    hash(p)
except TypeError as e:
    print(e)
print(str(p), repr(types.MappingProxyType({})))
