# Sourceless bytecode: a NAME.pyc written by py_compile where the source was, with the source
# gone, imports through SourcelessFileLoader (for modules and package __init__ files).
import os
import sys
import py_compile
import importlib.machinery

sys.dont_write_bytecode = True
base = '/tmp/ferrython_import_sourceless'


def remove_tree(top):
    if not os.path.exists(top):
        return
    for folder, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(folder, name))
        for name in dirs:
            os.rmdir(os.path.join(folder, name))
    os.rmdir(top)


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


remove_tree(base)
os.makedirs(base + '/compiled_pkg')
write(base + '/compiled_mod.py', 'VALUE = 41\ndef bump():\n    return VALUE + 1\n')
write(base + '/compiled_pkg/__init__.py', 'print("package body runs")\nNAME = __name__\n')
write(base + '/compiled_pkg/plain.py', 'from . import NAME\nWHO = NAME + ".plain"\n')
write(base + '/broken.py', 'def f(:\n    pass\n')

print(importlib.machinery.BYTECODE_SUFFIXES, '.pyc' in importlib.machinery.all_suffixes())
target = py_compile.compile(base + '/compiled_mod.py', cfile=base + '/compiled_mod.pyc', doraise=True)
print(target == base + '/compiled_mod.pyc')
py_compile.compile(base + '/compiled_pkg/__init__.py', cfile=base + '/compiled_pkg/__init__.pyc')
try:
    py_compile.compile(base + '/broken.py', cfile=base + '/broken.pyc', doraise=True)
except py_compile.PyCompileError as e:
    print(type(e).__name__, e.exc_type_name, e.file == base + '/broken.py')
print(py_compile.compile(base + '/broken.py', cfile=base + '/broken.pyc', quiet=2))
print(os.path.exists(base + '/broken.pyc'))
try:
    py_compile.compile(base + '/absent.py', doraise=True)
except FileNotFoundError as e:
    print(type(e).__name__)
os.remove(base + '/compiled_mod.py')
os.remove(base + '/compiled_pkg/__init__.py')

sys.path.insert(0, base)
import compiled_mod

print(compiled_mod.bump(), compiled_mod.__file__ == base + '/compiled_mod.pyc')
print(compiled_mod.__cached__ == compiled_mod.__file__, type(compiled_mod.__loader__).__name__)
spec = compiled_mod.__spec__
print(spec.origin == base + '/compiled_mod.pyc', spec.has_location, spec.submodule_search_locations)
print(compiled_mod.__loader__.get_source('compiled_mod'), compiled_mod.__loader__.is_package('compiled_mod'))
import compiled_pkg.plain

print(compiled_pkg.NAME, compiled_pkg.plain.WHO, compiled_pkg.__path__ == [base + '/compiled_pkg'])
print(compiled_pkg.__spec__.loader.is_package('compiled_pkg'), type(compiled_pkg.__loader__).__name__)

# A .py beside a .pyc wins.
write(base + '/both.py', 'WHERE = "source"\n')
os.rename(base + '/compiled_mod.pyc', base + '/both.pyc')
import both

print(both.WHERE, both.__file__ == base + '/both.py')

# A file that is not bytecode of this implementation.
with open(base + '/garbage.pyc', 'wb') as f:
    f.write(b'\x00\x01\x02\x03 this is not bytecode at all')
try:
    import garbage
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path == base + '/garbage.pyc')
sys.path.remove(base)
remove_tree(base)
print(os.path.exists(base))
