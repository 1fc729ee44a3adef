# __builtins__ is the builtins module in __main__, and the builtins dict in an imported module and
# in the globals exec() and eval() fill in, as in CPython; functions keep their module's.
import builtins
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/import_helpers")
import imp_builtins_view

print(type(__builtins__).__name__, __builtins__ is builtins)
print(imp_builtins_view.kind, imp_builtins_view.same_as_function)
print(imp_builtins_view.__dict__["__builtins__"] is builtins.__dict__)
namespace = {}
exec("x = len('abc')", namespace)
print(namespace["x"], namespace["__builtins__"] is builtins.__dict__)
namespace = {}
print(eval("abs(-2)", namespace), type(namespace["__builtins__"]).__name__)
own = {"__builtins__": {"len": lambda s: 42}}
exec("y = len('abc')", own)
print(own["y"])
print(type(imp_builtins_view.function.__builtins__).__name__, (lambda: 0).__builtins__ is builtins.__dict__)

# A function made with globals that have no __builtins__ takes the running code's (bpo-42990).
def func(s):
    return len(s)


made = type(func)(func.__code__, {})
print(made.__builtins__ is builtins.__dict__, made("abcd"))
safe = {"None": None}
scope = {"type": type, "__builtins__": safe}
exec("def inner(s): pass\nmade = type(inner)(inner.__code__, {})", scope)
print(scope["inner"].__builtins__ is safe, scope["made"].__builtins__ is safe, "__builtins__" in scope["made"].__globals__)
