import types, sys
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"), ns != types.SimpleNamespace(a=2))
ns.self = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=3), Sub(z=3) == types.SimpleNamespace(z=3))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)
print(type(sys.implementation) is types.SimpleNamespace, type(sys.implementation.name).__name__)
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__name__, repr(types.SimpleNamespace()))
print(ns.__reduce__()[0] is types.SimpleNamespace, ns.__reduce__()[1])
del ns.self
print(vars(ns))
# The builtin __repr__ methods called on plain numbers.
print(int.__repr__(5), float.__repr__(1.5), bool.__repr__(True), int.__repr__(True), float.__repr__(2.0))
