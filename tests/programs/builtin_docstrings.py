# The docstrings and text signatures of builtins (recorded from CPython 3.12 into the VM's table),
# and inspect.signature built from them.
import inspect
import itertools
import math

for obj in [len, print, sorted, list.append, [].append, dict.fromkeys, str.maketrans, int.__add__,
            (1).__add__, object.__init__, math.sqrt, itertools.chain.from_iterable, ValueError, int,
            str.join, bytes.hex, float.fromhex, divmod, iter]:
    name = getattr(obj, "__qualname__", type(obj).__name__)
    print(name, repr(getattr(obj, "__text_signature__", "-")))
    print("   ", repr((obj.__doc__ or "")[:80]))
for obj in [len, sorted, max, list.append, [].append, dict.get, {}.get, math.sqrt, int.__add__, (1).__add__,
            str.split, "x".split, int.to_bytes, list.sort, range, zip, open, map, getattr, bytes.hex]:
    try:
        print(getattr(obj, "__qualname__", obj), inspect.signature(obj))
    except ValueError as e:
        print(getattr(obj, "__qualname__", obj), "ValueError", str(e).split(" at 0x")[0])
print(sum(1 for name in dir(__builtins__) if callable(getattr(__builtins__, name)) and getattr(__builtins__, name).__doc__))
# Static methods of builtin types are functions of the type object; __new__ is bound to it.
for obj in [str.maketrans, object.__new__, int.__new__, bytes.fromhex, dict.fromkeys]:
    print(repr(obj).split(" at 0x")[0], getattr(obj, "__self__", "-"))
print(inspect.signature(object.__new__))
