# Functions of native modules name their module (`__module__`) and are bound to it
# (`__self__`); those of builtins name 'builtins'; methods of builtin types have no module.
import _thread
import gc
import math
import sys
import time
import zlib

for module, name in [(math, "sqrt"), (math, "gcd"), (time, "monotonic"), (gc, "collect"),
                     (_thread, "get_ident"), (zlib, "crc32"), (sys, "getrecursionlimit"),
                     (sys, "intern")]:
    f = getattr(module, name)
    print(module.__name__, name, f.__module__, f.__self__ is module, repr(f), f.__qualname__)

print(len.__module__, len.__self__.__name__, repr(len))
print(sys.__excepthook__.__module__, sys.displayhook is sys.__displayhook__)
print(sys.monitoring.get_tool.__module__, sys.monitoring.get_tool.__self__ is sys.monitoring)
print([].append.__module__, dict.fromkeys.__module__)
print(math.sqrt == math.sqrt, hash(math.sqrt) == hash(math.sqrt), math.sqrt != math.floor)
print(math.sqrt(16.0), math.gcd(12, 18), _thread.get_ident() == _thread.get_ident())

import pickle
print(pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt, pickle.loads(pickle.dumps(len)) is len)
from math import sqrt
print(sqrt is math.sqrt)
