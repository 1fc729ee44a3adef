# sys.meta_path and sys.path_hooks with Python finders and loaders; ModuleSpec and module
# attributes; importlib.import_module, reload, util and machinery.
import sys
sys.dont_write_bytecode = True
helpers = sys.path[0] + "/import_helpers"
sys.path.insert(0, helpers)
import importlib
import importlib.util
import importlib.machinery
from importlib.machinery import ModuleSpec


def short(path):
    return None if path is None else path.replace(helpers, "<helpers>")


print([getattr(f, "__name__", "") for f in sys.meta_path if getattr(f, "__name__", "") in ("BuiltinImporter", "PathFinder")])
print(sys.__spec__.origin, sys.__loader__ is importlib.machinery.BuiltinImporter)
print(type(sys.__spec__) is ModuleSpec)


class Loader:
    def create_module(self, spec):
        print("create_module", spec.name)
        return None

    def exec_module(self, module):
        print("exec_module", module.__name__, module.__package__, module.__spec__.origin)
        module.answer = 42


class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual"):
            print("find_spec", name, path)
            is_package = name == "virtual"
            return importlib.util.spec_from_loader(name, Loader(), origin="somewhere", is_package=is_package)
        return None


sys.meta_path.insert(0, Finder())
import virtual.child
print(virtual.answer, virtual.child.answer, virtual.__path__, virtual.child.__package__)
print(virtual.__spec__.parent, virtual.child.__spec__.parent, virtual.__spec__.submodule_search_locations)
print(hasattr(virtual, "__file__"), virtual.__spec__.has_location)
del sys.meta_path[0]


class NoneFinder:
    def find_spec(self, name, path, target=None):
        return None


sys.meta_path.append(NoneFinder())
try:
    import surely_missing_module
except ModuleNotFoundError as e:
    print(e, e.name)
sys.meta_path.pop()

# A path hook for entries that are not folders.
class EntryFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, name, target=None):
        if name == "hooked":
            return importlib.util.spec_from_loader(name, Loader(), origin=self.entry)
        return None


def hook(entry):
    if entry.startswith("hook://"):
        return EntryFinder(entry)
    raise ImportError("not mine")


sys.path_hooks.insert(0, hook)
sys.path.append("hook://here")
import hooked
print(hooked.answer, type(sys.path_importer_cache["hook://here"]).__name__)
sys.path.remove("hook://here")
sys.path_hooks.remove(hook)

# Files found on sys.path: spec, loader and attributes.
import imp_simple
spec = imp_simple.__spec__
print(spec.name, short(spec.origin), spec.has_location, spec.parent == "", type(spec.loader).__name__)
print(short(imp_simple.__file__), imp_simple.__loader__ is spec.loader, imp_simple.__package__ == "")
print(importlib.util.find_spec("imp_simple") is spec)
import imp_pkg
print(short(imp_pkg.__spec__.submodule_search_locations[0]), imp_pkg.__spec__.parent, imp_pkg.__spec__.loader.is_package("imp_pkg"))
print(importlib.util.find_spec("imp_pkg.sub").name, importlib.util.find_spec("no_such_module_here"))
try:
    importlib.util.find_spec("imp_simple.x")
except ModuleNotFoundError as e:
    print(e)

# Loading a file by location.
spec = importlib.util.spec_from_file_location("loaded_by_path", helpers + "/imp_simple.py")
module = importlib.util.module_from_spec(spec)
print(module.__name__, "loaded_by_path" in sys.modules, short(module.__file__))
spec.loader.exec_module(module)
print(module.twice(21), module.__spec__ is spec)

# import_module and reload.
print(importlib.import_module(".sub", "imp_pkg").__name__)
print(importlib.import_module("imp_pkg.sibling").__name__)
for args in [(".x",), (".x", ""), ("",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
imp_simple.VALUE = 99
print(importlib.reload(imp_simple) is imp_simple, imp_simple.VALUE)
try:
    importlib.reload(5)
except TypeError as e:
    print(e)
importlib.invalidate_caches()

# importlib.util helpers.
print(importlib.util.resolve_name("..x", "a.b.c"), importlib.util.resolve_name("y", None))
for name, package in [(".x", None), ("...x", "a.b")]:
    try:
        importlib.util.resolve_name(name, package)
    except ImportError as e:
        print(e)
print(importlib.util.source_from_cache(importlib.util.cache_from_source("/a/b/c.py")))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
s1 = ModuleSpec("m", None, origin="o")
print(s1, s1 == ModuleSpec("m", None, origin="o"), s1.parent, ModuleSpec("p.q", None, is_package=True).parent)
