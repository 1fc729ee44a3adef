# A replaced builtins.__import__ is what import statements call; native modules have specs.
import builtins
import sys
original = builtins.__import__


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    print("hook:", name, fromlist, level, type(globals).__name__, locals is globals)
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = hook
import sys
from sys import path as p


def f():
    import sys as s
    return s


f()
builtins.__import__ = original
import sys
del builtins.__import__
try:
    import sys
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original
print(__import__("sys").__name__)

print(sys.__spec__.name, sys.__spec__.origin, sys.__loader__.__name__, repr(sys.__package__), builtins.__spec__.origin)
print(sys, builtins, hasattr(sys, "no_such"), hasattr(builtins, "no_such"))
import _ast
print(_ast.__spec__.name, _ast)
