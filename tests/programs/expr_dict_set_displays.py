# Dict and set displays: duplicate keys (last wins, first key kept), mixing, evaluation.
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {True: "bool", 1: "int"}
print(d)
s = {1, 1.0, True}
print(s, type(next(iter(s))).__name__)
s = {True, 1}
print(s)
print({0: "zero", False: "false", 0.0: "float"})
print({(1, 2): "tuple key", frozenset({1}): "frozenset key", None: "none key", "": "empty"})
print({**{"x": 1}, "x": 2}, {"x": 2, **{"x": 1}})
print({*range(3), *"ab"} == {0, 1, 2, "a", "b"})
print(dict.fromkeys("hello"), list(dict.fromkeys([3, 1, 3, 2, 1])))
print({k: v for k, v in [("a", 1), ("a", 2)]})
print({i % 3: i for i in range(10)})
print(type({}).__name__, type({1}).__name__, type({1: 1}).__name__, {} == set())
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
nested = {"level1": {"level2": {"level3": [1, {"deep": True}]}}}
print(nested["level1"]["level2"]["level3"][1]["deep"])
