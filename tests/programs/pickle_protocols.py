# pickle: the bytes of protocols 0 to 5 for common objects (CPython's exactly), round trips,
# shared and recursive objects, classes with __reduce__, __getstate__/__setstate__, slots and
# __getnewargs_ex__.
import pickle, copyreg, collections, io, sys, types

# The classes live in a module of their own: pickle finds classes by module and name.
module = types.ModuleType("pickled_things")
sys.modules["pickled_things"] = module


def public(cls):
    cls.__module__ = "pickled_things"
    setattr(module, cls.__name__, cls)
    return cls


@public
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

@public
class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1
        self.__b = 2

@public
class WithState:
    def __init__(self): self.v = 5
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, state): self.v = state["v"] + 1

@public
class Reduced:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Reduced, (self.n,))

@public
class NewArgs(int):
    def __new__(cls, value, tag="t"):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
    def __getnewargs_ex__(self): return ((int(self),), {"tag": self.tag})

@public
class MyList(list): pass
@public
class MyDict(dict): pass

shared = [1, 2]
rec = []
rec.append(rec)
values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**64, -2**64, 2**1000, 0.0, 1.5, -2.25e300, float("inf"),
    "", "abc", "héllo", "a\\b\nc\x00\u1234\r\x1a", "x" * 300,
    b"", b"abc", b"\x00\xff" * 200, bytearray(b"ba"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, "three"], list(range(1500)),
    {}, {"a": 1}, {"a": 1, "b": [2]}, set(), {1, 2, 3}, frozenset(), frozenset({4}),
    [shared, shared], (shared, shared), complex(1, 2), len, collections.OrderedDict,
    Point(1, "two"), type(None), type(NotImplemented), NotImplemented, Ellipsis, int, object,
    MyList([1, 2]), MyDict(a=1), range(1, 10, 2), slice(1, 2), collections.OrderedDict(a=1),
]
for proto in range(6):
    for value in values:
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value or (value != value) or repr(back) == repr(value)
        print(proto, repr(value)[:40] if ' at 0x' not in repr(value) else type(value).__name__, data[:80].hex(), len(data), same)
    for obj in [rec, WithState(), Reduced(7)] + ([Slotted()] if proto >= 2 else []) + ([NewArgs(3, "z")] if proto >= 4 else []):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, type(obj).__name__, data.hex(), type(back).__name__)
    r = pickle.loads(pickle.dumps(rec, proto)); print(r[0] is r)
    try:
        s = pickle.loads(pickle.dumps(Slotted(), proto)); print(s.a, s._Slotted__b)
    except TypeError as e:
        print("TypeError", e)
    print(pickle.loads(pickle.dumps(WithState(), proto)).v)
    t = pickle.loads(pickle.dumps([shared, shared], proto)); print(t[0] is t[1])
