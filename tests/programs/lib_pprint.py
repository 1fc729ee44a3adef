import pprint, collections, types
data = {"name": "x" * 30, "list": list(range(40)), "nested": {"a": [1, {"b": (1, 2, 3)}], "c": {1, 2, 3}},
        "tuple1": ("only",), "text": "The quick brown fox jumps over the lazy dog. " * 4, "bytes": bytes(range(60)),
        "ba": bytearray(b"abcdefghij" * 8), "empty": [], "et": (), "ed": {}, "es": set(), "fs": frozenset({3, 1, 2}),
        "multi": "line one\nline two is here\n" * 3, 10: None, 2.5: True}
for w in (80, 40, 20, 5):
    print(pprint.pformat(data, width=w))
    print(pprint.pformat(data, width=w, sort_dicts=False))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, compact=True, width=50))
print(pprint.pformat(data, depth=1), pprint.pformat(data, depth=2, width=200))
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat([list(range(10))] * 5, compact=True, width=40))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([10**12], underscore_numbers=True))
r = [1, 2]; r.append(r); d = {"self": None}; d["self"] = d
print(pprint.saferepr(r).split(" with id")[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
od = collections.OrderedDict((str(i) * 10, i) for i in range(8))
print(pprint.pformat(od)); print(pprint.pformat(collections.OrderedDict()))
dd = collections.defaultdict(list, {("k" * 15 + str(i)): [i] * 5 for i in range(5)})
print(pprint.pformat(dd))
c = collections.Counter("abracadabra" * 10 + "xyz" * 7 + "qwertyuiop")
print(pprint.pformat(c, width=40))
cm = collections.ChainMap({"a" * 20: 1, "b" * 20: 2}, {"c" * 30: 3, "d": [1] * 20})
print(pprint.pformat(cm))
dq = collections.deque(range(40)); print(pprint.pformat(dq)); print(pprint.pformat(collections.deque(range(40), maxlen=50)))
ns = types.SimpleNamespace(alpha=list(range(30)), beta="b" * 50, gamma={"x": 1})
print(pprint.pformat(ns))
print(pprint.pformat(types.MappingProxyType({"k" * 30: 1, "j" * 40: 2})))
print(pprint.pformat(collections.UserList(range(40))), pprint.pformat(collections.UserDict({"a": 1})))
mixed = {1: "a", "b": 2, (1,): 3, None: 4, 2.5: 5}
print(pprint.pformat(mixed, width=10))
print(pprint.pformat({3, "a", (1,), None, 1.5}, width=10))
print(pprint.pformat("short"), pprint.pformat(""), pprint.pformat(b""), pprint.pformat(b"abcdefgh" * 20, width=30))
print(pprint.pformat(["x" * 100]))
print(pprint.pformat({"k": "word " * 40}))
print(pprint.pformat(("a" * 70, "b" * 70)))
class L(list): pass
class R(list):
    def __repr__(self): return "R!"
print(pprint.pformat(L(range(40))), pprint.pformat(R(range(40))))
pprint.pprint({"z": 1, "a": [2] * 30}, width=30)
pprint.pp({"z": 1, "a": 2})
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print(e)
pp = pprint.PrettyPrinter(width=30)
print(pp.isreadable([1]), pp.isrecursive(r), pp.pformat(list(range(12))))
print(pprint.saferepr({"b": 1, "a": [2, (3,)]}))
print(pprint.pformat([[[[1, 2]]]], depth=2), pprint.pformat(((1,),), depth=1))
