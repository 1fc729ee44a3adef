# pickling methods and method descriptors: rebuilt with getattr from their object or class.
import pickle, sys, types
mod = types.ModuleType("pm"); sys.modules["pm"] = mod
class A:
    def m(self): return 5
A.__module__ = "pm"; mod.A = A
for obj in [A().m, list.append, list.__len__, [1, 2].__len__, [3].append, str.upper, dict.fromkeys]:
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print(proto, data.hex()[:120])
    back = pickle.loads(data)
    print(type(back).__name__)
print(pickle.loads(pickle.dumps(A().m))())
