# __import__ and relative names: __package__, __spec__.parent or __name__, their errors; None in
# sys.modules; a module that replaces itself in sys.modules.
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/import_helpers")
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
import imp_selfrep
print(type(imp_selfrep).__name__, imp_selfrep.value)
ns = {"__name__": "imp_rep.mod"}
exec("from . import x\nprint(x.X)", ns)
ns = {"__name__": "zzz", "__package__": "imp_rep"}
exec("from .x import X\nprint(X)", ns)
class Spec:
    parent = "imp_rep"
ns = {"__name__": "zzz", "__spec__": Spec()}
exec("from .x import X as Y\nprint(Y)", ns)
for g in [{}, {"__name__": 5}, {"__package__": 5}, {"__name__": "a", "__package__": ""}]:
    try:
        exec("from . import x", g)
    except Exception as e:
        print(type(e).__name__, e)
print(__import__("imp_rep.x", {"__name__": "q"}, None, [], 0).__name__)
print(__import__("x", {"__name__": "imp_rep.q"}, None, ["X"], 1).__name__)
print(__import__("", {"__name__": "imp_rep.q"}, None, [], 1).__name__)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__("imp_rep", fromlist=[5])
except TypeError as e:
    print(e)
