# pickle's API around the protocols: Pickler/Unpickler classes, files, persistent ids,
# dispatch tables, copyreg registrations and extension codes, errors and their messages,
# and copy going through copyreg and __reduce_ex__.
import copy
import copyreg
import io
import pickle
import sys
import types

module = types.ModuleType("pickle_api_things")
sys.modules["pickle_api_things"] = module


def public(cls):
    cls.__module__ = "pickle_api_things"
    setattr(module, cls.__name__, cls)
    return cls


@public
class Box:
    def __init__(self, value):
        self.value = value


@public
class Ref:
    def __init__(self, key):
        self.key = key


print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
buffer = io.BytesIO()
pickle.dump({"a": [1, 2]}, buffer)
pickle.dump("second", buffer, protocol=0)
buffer.seek(0)
print(pickle.load(buffer), pickle.load(buffer))
try:
    pickle.load(buffer)
except EOFError as e:
    print("EOFError", e)

out = io.BytesIO()
p = pickle.Pickler(out, 2)
p.dump([1])
p.dump([1])
print(out.getvalue())
p.clear_memo()


class Persisting(pickle.Pickler):
    def persistent_id(self, obj):
        return "ref:" + obj.key if isinstance(obj, Ref) else None


class Resolving(pickle.Unpickler):
    def persistent_load(self, pid):
        return "resolved " + pid


for proto in (0, 2, 4):
    out = io.BytesIO()
    Persisting(out, proto).dump([Ref("x"), 5])
    print(proto, out.getvalue())
    print(Resolving(io.BytesIO(out.getvalue())).load())
try:
    pickle.loads(b"Pabc\n.")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)

out = io.BytesIO()
p = pickle.Pickler(out, 3)
p.dispatch_table = {Box: lambda b: (Box, ("via table",))}
p.dump(Box(1))
print(pickle.loads(out.getvalue()).value)

copyreg.pickle(Box, lambda b: (Box, (b.value * 2,)))
print(pickle.loads(pickle.dumps(Box(21))).value, copy.copy(Box(4)).value, copy.deepcopy(Box(5)).value)
del copyreg.dispatch_table[Box]

copyreg.add_extension("pickle_api_things", "Box", 240)
print(pickle.dumps(Box, 2), pickle.loads(pickle.dumps(Box, 2)) is Box)
try:
    copyreg.add_extension("pickle_api_things", "Ref", 240)
except ValueError as e:
    print("ValueError", e)
copyreg.remove_extension("pickle_api_things", "Box", 240)
print(pickle.dumps(Box, 2))

for bad in [b"", b"xyz", b"(.", b"h\x05.", b"\x80\x09N.", b"]\x94q", b"0.", b"K"]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad_protocol in (6, 10):
    try:
        pickle.dumps(1, bad_protocol)
    except ValueError as e:
        print("ValueError", e)
print(pickle.dumps(1, -1)[:2])
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.Pickler(object())
except TypeError as e:
    print("TypeError", e)


@public
class Weird:
    def __reduce__(self):
        return 42


try:
    pickle.dumps(Weird())
except pickle.PicklingError as e:
    print("PicklingError", str(e).split(" must")[1])


@public
class Named:
    def __reduce__(self):
        return "named_instance"


module.named_instance = Named()
print(pickle.loads(pickle.dumps(module.named_instance)) is module.named_instance)

print(copy.copy([1, [2]]), copy.deepcopy({"k": (1, [2])}))


@public
class Slots:
    __slots__ = ("a", "b")


s = Slots()
s.a = 1
c = copy.copy(s)
print(c.a, hasattr(c, "b"), s.__reduce_ex__(4)[2], copy.deepcopy(s).a)
print(object().__reduce_ex__(2)[0] is copyreg.__newobj__, type(copyreg.__newobj__(Box, 3)).__name__)
print(copyreg._slotnames(Slots), Slots.__slotnames__)
print(pickle.loads(pickle.dumps(Box(1), 0)).value, pickle.loads(pickle.dumps(Box(1), 1)).value)
print(pickle.loads(b"\x80\x02c__builtin__\nxrange\nq\x00K\x03\x85q\x01Rq\x02."))
print(pickle.loads(b"S'abc'\np0\n.", encoding="latin1"), pickle.loads(b"U\x03abcq\x00.", encoding="bytes"))
