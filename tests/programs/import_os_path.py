# `import os.path`: os puts its path module in sys.modules as 'os.path' while it runs, and the
# import system looks there again after importing the parent, before asking for a package.
import sys

import os.path

print(os.path is sys.modules['os.path'], os.path.__name__, hasattr(os, '__path__'))
from os.path import join, basename

print(join('a', 'b'), basename('/x/y.py'))
import os.path as p

print(p is os.path)

# A submodule the parent puts in sys.modules under its own name is found even though the
# parent is a plain module; any other name is still refused.
import importlib.util
from importlib.machinery import ModuleSpec

parent = importlib.util.module_from_spec(ModuleSpec('fake_parent', None))
child = importlib.util.module_from_spec(ModuleSpec('fake_parent.kid', None))
sys.modules['fake_parent'] = parent
sys.modules['fake_parent.kid'] = child
import fake_parent.kid

print(fake_parent.kid if hasattr(fake_parent, 'kid') else 'no attribute', sys.modules['fake_parent.kid'] is child)
try:
    import fake_parent.other
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import os.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(importlib.util.find_spec('os.path').name)
