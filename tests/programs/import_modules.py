# Importing modules and packages from a folder put on sys.path.
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/import_helpers")
print("main is", __name__)

import imp_simple

print(imp_simple.VALUE, imp_simple.twice(4), imp_simple.__name__)
print(imp_simple.__file__)
print(repr(imp_simple.__package__), imp_simple.__spec__.name, repr(imp_simple.__spec__.parent))
print(imp_simple.__spec__.origin)
print(imp_simple.__spec__.submodule_search_locations)
print(hasattr(imp_simple, "__path__"), "imp_simple" in sys.modules)
print(sys.modules["imp_simple"] is imp_simple)

import imp_simple as again

print("same module:", again is imp_simple)
from imp_simple import VALUE, twice as t

print(VALUE, t(5))

import imp_pkg

print(imp_pkg.PKG_VALUE, imp_pkg.__name__, imp_pkg.__package__)
print(imp_pkg.__file__)
print(imp_pkg.__path__)
print(imp_pkg.__spec__.submodule_search_locations == imp_pkg.__path__)
print("sibling before:", hasattr(imp_pkg, "sibling"))

import imp_pkg.sub

print(imp_pkg.sub.helper(), imp_pkg.sub.__package__)
print("sibling after:", hasattr(imp_pkg, "sibling"), imp_pkg.sibling.SIB)

import imp_pkg.inner.deep as deep

print(deep.__name__, deep.INNER_SIB, deep.DEEP_PKG_VALUE, deep.__package__)
print(imp_pkg.inner.deep is deep, imp_pkg.inner.parent_sibling is imp_pkg.sibling)
from imp_pkg.inner import deep as deep2

print(deep2 is deep)
from imp_pkg import inner, sub

print(inner.__name__, sub.__name__)
m = __import__("imp_pkg.inner.deep")
print(m.__name__)
m = __import__("imp_pkg.inner.deep", fromlist=["x"])
print(m.__name__)
print(sorted(k for k in sys.modules if k.startswith("imp_")))
from imp_cycle_x import get

print("cycle:", get())
