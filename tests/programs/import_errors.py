# Import errors: missing modules, missing names, broken and circular modules, relative imports.
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/import_helpers")


def attempt(code):
    try:
        exec(code, {"__name__": "__main__"})
        print(code, "-> ok")
    except Exception as e:
        text = str(e).replace(sys.path[0], "HELPERS")
        print(code, "->", type(e).__name__, text, getattr(e, "name", "-"))


attempt("import no_such_module")
attempt("import no_such_module.sub")
attempt("import imp_simple.sub")
attempt("import imp_pkg.no_such")
attempt("from imp_pkg import no_such")
attempt("from imp_simple import no_such")
attempt("from . import x")
attempt("from .m import y")
attempt("import imp_pkg.inner.beyond")
attempt("import imp_broken")
print("imp_broken" in sys.modules)
attempt("import imp_broken")
attempt("import imp_circ_a")
print("imp_circ_a" in sys.modules, "imp_circ_b" in sys.modules)
attempt("__import__('')")
attempt("__import__('x', level=-1)")
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__mro__[1].__name__, e.name, e.args)
try:
    from imp_star import not_there
except ImportError as e:
    print(e.name, e.path.replace(sys.path[0], "HELPERS"))
ns = {}
exec("from imp_star import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from imp_star2 import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from imp_pkg import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
import imp_getattr

print(imp_getattr.dynamic_value)
from imp_getattr import dynamic_name

print(dynamic_name)
attempt("from imp_getattr import other")
attempt("import imp_attr_a")
